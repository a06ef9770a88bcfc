<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About LeadVault</source>
      <translation>关于本系统</translation>
    </message>
    <message>
      <source>Licence text:</source>
      <translation>许可证文本：</translation>
    </message>
    <message>
      <source>LeadVault — Reporting centre confidential workstation</source>
      <translation>举报线索保密工作站</translation>
    </message>
    <message>
      <source>Version %1</source>
      <translation>版本 %1</translation>
    </message>
    <message>
      <source>Unlock to see the vault's id and the chief procurator's key fingerprints.</source>
      <translation>解锁后可查看保险库标识和检察长密钥指纹。</translation>
    </message>
    <message>
      <source>Vault id: %1</source>
      <translation>保险库标识：%1</translation>
    </message>
    <message>
      <source>Roster version %1; the chief procurator's keys:</source>
      <translation>名册第 %1 版；检察长密钥：</translation>
    </message>
    <message>
      <source>%1, card %2: %3</source>
      <translation>%1，卡 %2：%3</translation>
    </message>
    <message>
      <source>(backup card, kept sealed)</source>
      <translation>（备用卡，封存保管）</translation>
    </message>
  </context>
  <context>
    <name>AppController</name>
    <message>
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
  </context>
  <context>
    <name>Approvals</name>
    <message>
      <source>No.</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>申请</translation>
    </message>
    <message>
      <source>Leads / subject</source>
      <translation>线索／对象</translation>
    </message>
    <message>
      <source>Scope</source>
      <translation>范围</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>小时</translation>
    </message>
    <message>
      <source>Requested by</source>
      <translation>申请人</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>View a lead</source>
      <translation>查阅线索</translation>
    </message>
    <message>
      <source>See an informant's identity</source>
      <translation>查看举报人身份</translation>
    </message>
    <message>
      <source>Export a document naming an informant</source>
      <translation>导出载有举报人信息的文书</translation>
    </message>
    <message>
      <source>Handwriting examination</source>
      <translation>笔迹鉴定</translation>
    </message>
    <message>
      <source>Clarification</source>
      <translation>澄清</translation>
    </message>
    <message>
      <source>Reward</source>
      <translation>奖励</translation>
    </message>
    <message>
      <source>Change a setting</source>
      <translation>更改设置</translation>
    </message>
    <message>
      <source>Enrol a user</source>
      <translation>登记用户</translation>
    </message>
    <message>
      <source>Remove a user</source>
      <translation>删除用户</translation>
    </message>
    <message>
      <source>case card</source>
      <translation>线索卡</translation>
    </message>
    <message>
      <source>report texts</source>
      <translation>举报内容</translation>
    </message>
    <message>
      <source>attachments</source>
      <translation>附件</translation>
    </message>
    <message>
      <source>identity</source>
      <translation>举报人身份</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>待审批</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>已批准</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>已驳回</translation>
    </message>
    <message>
      <source>Used</source>
      <translation>已使用</translation>
    </message>
    <message>
      <source>Revoked</source>
      <translation>已撤销</translation>
    </message>
    <message>
      <source>Lead numbers, e.g. 2026-00012, 2026-00015</source>
      <translation>线索编号，例如 2026-00012, 2026-00015</translation>
    </message>
    <message>
      <source>Request:</source>
      <translation>申请事项：</translation>
    </message>
    <message>
      <source>Leads:</source>
      <translation>线索：</translation>
    </message>
    <message>
      <source>Parts:</source>
      <translation>范围：</translation>
    </message>
    <message>
      <source>Reason:</source>
      <translation>原因：</translation>
    </message>
    <message>
      <source>For (hours):</source>
      <translation>期限（小时）：</translation>
    </message>
  </context>
  <context>
    <name>AssistanceDialog</name>
    <message>
      <source>Assistance request, lead %1</source>
      <translation>援助申请（线索 %1）</translation>
    </message>
    <message>
      <source>Urgent: the informant or a relative is in immediate danger</source>
      <translation>紧急：举报人或其近亲属面临现实危险</translation>
    </message>
    <message>
      <source>What is asked</source>
      <translation>申请事项</translation>
    </message>
    <message>
      <source>Received at</source>
      <translation>受理时间</translation>
    </message>
  </context>
  <context>
    <name>AttachmentViewer</name>
    <message>
      <source>Choose an attachment to show it here.</source>
      <translation>请选择一个附件，在此处显示。</translation>
    </message>
    <message>
      <source>This picture cannot be shown.</source>
      <translation>无法显示此图片。</translation>
    </message>
    <message>
      <source>Files of this type cannot be shown in LeadVault; they are never opened by another program on this computer.</source>
      <translation>此类文件无法在本系统内显示；本机不会用其他程序打开它们。</translation>
    </message>
  </context>
  <context>
    <name>AuditActions</name>
    <message>
      <source>vault created</source>
      <translation>创建保险库</translation>
    </message>
    <message>
      <source>unlocked</source>
      <translation>解锁</translation>
    </message>
    <message>
      <source>failed unlocks</source>
      <translation>解锁失败</translation>
    </message>
    <message>
      <source>unlock refused</source>
      <translation>拒绝解锁</translation>
    </message>
    <message>
      <source>locked</source>
      <translation>锁定</translation>
    </message>
    <message>
      <source>recovered with the recovery code</source>
      <translation>用恢复码恢复</translation>
    </message>
    <message>
      <source>keys renewed</source>
      <translation>更换密钥</translation>
    </message>
    <message>
      <source>key renewal completed</source>
      <translation>更换密钥完成</translation>
    </message>
    <message>
      <source>key slot renewed</source>
      <translation>更新密钥槽</translation>
    </message>
    <message>
      <source>old key slot removed</source>
      <translation>删除旧密钥槽</translation>
    </message>
    <message>
      <source>key file backup used</source>
      <translation>使用密钥文件备份</translation>
    </message>
    <message>
      <source>recovery code issued</source>
      <translation>签发恢复码</translation>
    </message>
    <message>
      <source>backup made</source>
      <translation>已备份</translation>
    </message>
    <message>
      <source>backup failed</source>
      <translation>备份失败</translation>
    </message>
    <message>
      <source>backup checked</source>
      <translation>已校验备份</translation>
    </message>
    <message>
      <source>vault restored from a backup</source>
      <translation>已从备份恢复保险库</translation>
    </message>
    <message>
      <source>older backup accepted by the chief procurator</source>
      <translation>检察长已确认启用较早的备份</translation>
    </message>
    <message>
      <source>recovery sheet printed</source>
      <translation>已打印恢复码单</translation>
    </message>
    <message>
      <source>user enrolled</source>
      <translation>登记用户</translation>
    </message>
    <message>
      <source>user removed</source>
      <translation>删除用户</translation>
    </message>
    <message>
      <source>password changed</source>
      <translation>更改密码</translation>
    </message>
    <message>
      <source>card replaced</source>
      <translation>更换智能卡</translation>
    </message>
    <message>
      <source>card PIN unblocked with the admin PIN</source>
      <translation>已用管理员 PIN 码解锁智能卡 PIN 码</translation>
    </message>
    <message>
      <source>setting changed</source>
      <translation>更改设置</translation>
    </message>
    <message>
      <source>draft saved at lock</source>
      <translation>锁定时保存草稿</translation>
    </message>
    <message>
      <source>draft restored</source>
      <translation>恢复草稿</translation>
    </message>
    <message>
      <source>audit chain verified</source>
      <translation>校验审计链</translation>
    </message>
    <message>
      <source>checkpoint signed by the chief</source>
      <translation>检察长签署检查点</translation>
    </message>
    <message>
      <source>audit extract printed</source>
      <translation>打印审计日志摘录</translation>
    </message>
    <message>
      <source>audit extract exported</source>
      <translation>导出审计日志摘录</translation>
    </message>
    <message>
      <source>roster signed by the chief</source>
      <translation>检察长签署人员名册</translation>
    </message>
    <message>
      <source>user list differs from the roster</source>
      <translation>用户表与签名名册不一致</translation>
    </message>
    <message>
      <source>key slot not on the roster</source>
      <translation>密钥槽不在签名名册上</translation>
    </message>
    <message>
      <source>clock date confirmed by the chief</source>
      <translation>检察长确认时钟日期</translation>
    </message>
    <message>
      <source>vault refounded</source>
      <translation>重新建立保险库</translation>
    </message>
    <message>
      <source>request filed</source>
      <translation>提交申请</translation>
    </message>
    <message>
      <source>request decided by the chief</source>
      <translation>检察长作出决定</translation>
    </message>
    <message>
      <source>approval revoked</source>
      <translation>撤销批准</translation>
    </message>
    <message>
      <source>approval used</source>
      <translation>使用批准</translation>
    </message>
    <message>
      <source>refused for want of approval</source>
      <translation>因未获批准而拒绝</translation>
    </message>
    <message>
      <source>grant sealed to a viewer</source>
      <translation>授权包已加密交付查阅人</translation>
    </message>
    <message>
      <source>grant opened by the viewer</source>
      <translation>查阅人打开授权</translation>
    </message>
    <message>
      <source>identity in a grant viewed</source>
      <translation>查阅人查看授权中的身份信息</translation>
    </message>
    <message>
      <source>grant printed by the viewer</source>
      <translation>查阅人打印授权内容</translation>
    </message>
    <message>
      <source>grant deleted</source>
      <translation>授权包已删除</translation>
    </message>
    <message>
      <source>gap in a viewer's outbox</source>
      <translation>查阅人发件记录缺号</translation>
    </message>
    <message>
      <source>viewer's outbox entry refused</source>
      <translation>查阅人发件记录被拒收</translation>
    </message>
    <message>
      <source>viewer's request not accepted</source>
      <translation>查阅人的申请未受理</translation>
    </message>
    <message>
      <source>viewer's card signed elsewhere</source>
      <translation>查阅人的智能卡另有签名</translation>
    </message>
    <message>
      <source>handwriting examination recorded</source>
      <translation>登记笔迹鉴定</translation>
    </message>
    <message>
      <source>clarification recorded</source>
      <translation>登记澄清</translation>
    </message>
    <message>
      <source>reward recorded</source>
      <translation>登记奖励</translation>
    </message>
    <message>
      <source>print refused</source>
      <translation>拒绝打印</translation>
    </message>
    <message>
      <source>card's checkpoint record wiped</source>
      <translation>智能卡中的检查点记录被清除</translation>
    </message>
    <message>
      <source>chief's card signed elsewhere</source>
      <translation>检察长智能卡在本系统外签过名</translation>
    </message>
    <message>
      <source>recovery key not on the roster</source>
      <translation>恢复密钥不在签名名册上</translation>
    </message>
    <message>
      <source>screen locked</source>
      <translation>锁屏</translation>
    </message>
    <message>
      <source>network connection detected</source>
      <translation>发现网络连接</translation>
    </message>
    <message>
      <source>lead recorded</source>
      <translation>登记线索</translation>
    </message>
    <message>
      <source>lead edited</source>
      <translation>修改线索</translation>
    </message>
    <message>
      <source>lead viewed</source>
      <translation>查阅线索</translation>
    </message>
    <message>
      <source>register listed</source>
      <translation>列出登记簿</translation>
    </message>
    <message>
      <source>register searched</source>
      <translation>检索登记簿</translation>
    </message>
    <message>
      <source>lead disposed</source>
      <translation>线索分流处理</translation>
    </message>
    <message>
      <source>leads imported</source>
      <translation>导入线索</translation>
    </message>
    <message>
      <source>informant identity viewed</source>
      <translation>查看举报人身份</translation>
    </message>
    <message>
      <source>informant identity refused</source>
      <translation>拒绝查看举报人身份</translation>
    </message>
    <message>
      <source>report added</source>
      <translation>追加举报</translation>
    </message>
    <message>
      <source>attachment added</source>
      <translation>添加附件</translation>
    </message>
    <message>
      <source>attachment opened</source>
      <translation>打开附件</translation>
    </message>
    <message>
      <source>reply recorded</source>
      <translation>登记答复</translation>
    </message>
    <message>
      <source>risk assessed</source>
      <translation>风险评估</translation>
    </message>
    <message>
      <source>protection recorded</source>
      <translation>登记保护措施</translation>
    </message>
    <message>
      <source>assistance requested</source>
      <translation>申请协助</translation>
    </message>
    <message>
      <source>assistance step</source>
      <translation>协助进展</translation>
    </message>
    <message>
      <source>supplement requested</source>
      <translation>要求补充材料</translation>
    </message>
    <message>
      <source>supplement received</source>
      <translation>收到补充材料</translation>
    </message>
    <message>
      <source>repeat-report notice</source>
      <translation>重复举报通知</translation>
    </message>
    <message>
      <source>lead voided</source>
      <translation>作废线索</translation>
    </message>
    <message>
      <source>lead document printed</source>
      <translation>打印线索文书</translation>
    </message>
    <message>
      <source>copies sent to the printer</source>
      <translation>送交打印</translation>
    </message>
    <message>
      <source>printing failed</source>
      <translation>打印失败</translation>
    </message>
    <message>
      <source>unused copy discarded</source>
      <translation>作废未用份号</translation>
    </message>
    <message>
      <source>exported to a file</source>
      <translation>导出为文件</translation>
    </message>
    <message>
      <source>export refused</source>
      <translation>拒绝导出</translation>
    </message>
    <message>
      <source>forged label scanned</source>
      <translation>扫描到伪造标签</translation>
    </message>
    <message>
      <source>bag created</source>
      <translation>新建机要袋</translation>
    </message>
    <message>
      <source>lead put in bag</source>
      <translation>线索装袋</translation>
    </message>
    <message>
      <source>materials put in bag</source>
      <translation>材料装袋</translation>
    </message>
    <message>
      <source>bag sealed</source>
      <translation>机要袋封装</translation>
    </message>
    <message>
      <source>bag handed over</source>
      <translation>机要袋交接</translation>
    </message>
    <message>
      <source>bag unsealed</source>
      <translation>机要袋启封</translation>
    </message>
    <message>
      <source>unsealing refused</source>
      <translation>启封被拒绝</translation>
    </message>
    <message>
      <source>bag resealed</source>
      <translation>机要袋重新封装</translation>
    </message>
    <message>
      <source>bag returned</source>
      <translation>机要袋退回</translation>
    </message>
    <message>
      <source>bag voided</source>
      <translation>机要袋作废</translation>
    </message>
    <message>
      <source>printed</source>
      <translation>打印</translation>
    </message>
    <message>
      <source>label scanned</source>
      <translation>扫描标签</translation>
    </message>
  </context>
  <context>
    <name>AuditDetails</name>
    <message>
      <source>lead</source>
      <translation>线索</translation>
    </message>
    <message>
      <source>version</source>
      <translation>版本</translation>
    </message>
    <message>
      <source>fields changed</source>
      <translation>更正内容</translation>
    </message>
    <message>
      <source>reported persons</source>
      <translation>被举报人数</translation>
    </message>
    <message>
      <source>report</source>
      <translation>举报</translation>
    </message>
    <message>
      <source>reports</source>
      <translation>举报</translation>
    </message>
    <message>
      <source>channel</source>
      <translation>举报方式</translation>
    </message>
    <message>
      <source>kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>anonymous</source>
      <translation>匿名</translation>
    </message>
    <message>
      <source>identity fields sealed</source>
      <translation>加密身份项</translation>
    </message>
    <message>
      <source>possible repeats</source>
      <translation>疑似重复</translation>
    </message>
    <message>
      <source>brings new content</source>
      <translation>有新内容</translation>
    </message>
    <message>
      <source>reports in all</source>
      <translation>累计举报次数</translation>
    </message>
    <message>
      <source>disposition</source>
      <translation>处理决定</translation>
    </message>
    <message>
      <source>to</source>
      <translation>交至</translation>
    </message>
    <message>
      <source>filing level</source>
      <translation>报备层级</translation>
    </message>
    <message>
      <source>form</source>
      <translation>方式</translation>
    </message>
    <message>
      <source>deadlines met</source>
      <translation>已办结时限</translation>
    </message>
    <message>
      <source>deadlines closed</source>
      <translation>已终止时限</translation>
    </message>
    <message>
      <source>level</source>
      <translation>等级</translation>
    </message>
    <message>
      <source>factors</source>
      <translation>风险因素数</translation>
    </message>
    <message>
      <source>measures</source>
      <translation>措施数</translation>
    </message>
    <message>
      <source>review on</source>
      <translation>复查日期</translation>
    </message>
    <message>
      <source>request</source>
      <translation>申请编号</translation>
    </message>
    <message>
      <source>urgent</source>
      <translation>紧急</translation>
    </message>
    <message>
      <source>step</source>
      <translation>步骤</translation>
    </message>
    <message>
      <source>document</source>
      <translation>文书</translation>
    </message>
    <message>
      <source>copy No.</source>
      <translation>份号</translation>
    </message>
    <message>
      <source>printer</source>
      <translation>打印机</translation>
    </message>
    <message>
      <source>reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <source>rows</source>
      <translation>条数</translation>
    </message>
    <message>
      <source>classification</source>
      <translation>密级</translation>
    </message>
    <message>
      <source>to a file</source>
      <translation>导出文件</translation>
    </message>
    <message>
      <source>overdue only</source>
      <translation>仅超期</translation>
    </message>
    <message>
      <source>status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>received from</source>
      <translation>受理起日</translation>
    </message>
    <message>
      <source>received to</source>
      <translation>受理止日</translation>
    </message>
    <message>
      <source>query length</source>
      <translation>检索词长度</translation>
    </message>
    <message>
      <source>terms</source>
      <translation>检索词数</translation>
    </message>
    <message>
      <source>results</source>
      <translation>结果数</translation>
    </message>
    <message>
      <source>year</source>
      <translation>年份</translation>
    </message>
    <message>
      <source>month</source>
      <translation>月份</translation>
    </message>
    <message>
      <source>attachment</source>
      <translation>附件</translation>
    </message>
    <message>
      <source>size (bytes)</source>
      <translation>大小（字节）</translation>
    </message>
    <message>
      <source>file type</source>
      <translation>文件类型</translation>
    </message>
    <message>
      <source>SHA-256 fingerprint</source>
      <translation>SHA-256 指纹</translation>
    </message>
    <message>
      <source>same file in other leads</source>
      <translation>其他线索中的相同文件</translation>
    </message>
    <message>
      <source>source</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>count</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>user</source>
      <translation>用户</translation>
    </message>
    <message>
      <source>role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>network interfaces</source>
      <translation>网络接口</translation>
    </message>
    <message>
      <source>records checked</source>
      <translation>已校验记录数</translation>
    </message>
    <message>
      <source>intact</source>
      <translation>完整</translation>
    </message>
    <message>
      <source>first break</source>
      <translation>首个断点</translation>
    </message>
    <message>
      <source>recipient</source>
      <translation>收件单位</translation>
    </message>
    <message>
      <source>state</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>bag</source>
      <translation>机要袋</translation>
    </message>
    <message>
      <source>unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>unit code</source>
      <translation>单位代码</translation>
    </message>
    <message>
      <source>at</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>card</source>
      <translation>智能卡</translation>
    </message>
    <message>
      <source>key file backup used</source>
      <translation>使用了密钥文件备份</translation>
    </message>
    <message>
      <source>signed record</source>
      <translation>签名记录</translation>
    </message>
    <message>
      <source>signature</source>
      <translation>签名</translation>
    </message>
    <message>
      <source>signed by card</source>
      <translation>签名智能卡</translation>
    </message>
    <message>
      <source>roster</source>
      <translation>名册</translation>
    </message>
    <message>
      <source>roster version</source>
      <translation>名册版本</translation>
    </message>
    <message>
      <source>approved by card</source>
      <translation>批准智能卡</translation>
    </message>
    <message>
      <source>role in the user table</source>
      <translation>用户表中的角色</translation>
    </message>
    <message>
      <source>role on the roster</source>
      <translation>名册上的角色</translation>
    </message>
    <message>
      <source>role the key slot claims</source>
      <translation>密钥槽声称的角色</translation>
    </message>
    <message>
      <source>card's record</source>
      <translation>智能卡记录</translation>
    </message>
    <message>
      <source>checkpoint overdue</source>
      <translation>检查点逾期</translation>
    </message>
    <message>
      <source>checkpoints</source>
      <translation>检查点</translation>
    </message>
    <message>
      <source>records after the last checkpoint</source>
      <translation>最后检查点之后的记录</translation>
    </message>
    <message>
      <source>checkpoint that fails</source>
      <translation>未通过的检查点</translation>
    </message>
    <message>
      <source>signatures not in the trail</source>
      <translation>审计链外的签名</translation>
    </message>
    <message>
      <source>clock</source>
      <translation>时钟</translation>
    </message>
    <message>
      <source>last record</source>
      <translation>最后一条记录</translation>
    </message>
    <message>
      <source>key generation</source>
      <translation>密钥代次</translation>
    </message>
    <message>
      <source>succeeds vault</source>
      <translation>承继保险库</translation>
    </message>
    <message>
      <source>succeeded by vault</source>
      <translation>由保险库承继</translation>
    </message>
    <message>
      <source>old vault and its last checkpoint</source>
      <translation>原保险库及其最后检查点</translation>
    </message>
    <message>
      <source>witness</source>
      <translation>见证人</translation>
    </message>
    <message>
      <source>approved</source>
      <translation>批准</translation>
    </message>
    <message>
      <source>why</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>hours</source>
      <translation>小时</translation>
    </message>
    <message>
      <source>subjects</source>
      <translation>对象</translation>
    </message>
    <message>
      <source>examined by</source>
      <translation>鉴定单位</translation>
    </message>
    <message>
      <source>amount (yuan)</source>
      <translation>金额（元）</translation>
    </message>
    <message>
      <source>basis</source>
      <translation>依据</translation>
    </message>
    <message>
      <source>after a review</source>
      <translation>复查后</translation>
    </message>
    <message>
      <source>backup</source>
      <translation>备份</translation>
    </message>
    <message>
      <source>bytes</source>
      <translation>字节数</translation>
    </message>
    <message>
      <source>audit head</source>
      <translation>审计链末条</translation>
    </message>
    <message>
      <source>grants included</source>
      <translation>含授权包</translation>
    </message>
    <message>
      <source>backup made on</source>
      <translation>备份时间</translation>
    </message>
    <message>
      <source>restored</source>
      <translation>恢复时间</translation>
    </message>
    <message>
      <source>restore note matches the trail</source>
      <translation>还原说明与审计日志相符</translation>
    </message>
    <message>
      <source>entry number</source>
      <translation>条目序号</translation>
    </message>
    <message>
      <source>filed through</source>
      <translation>提交途径</translation>
    </message>
    <message>
      <source>grant package</source>
      <translation>授权包</translation>
    </message>
    <message>
      <source>parts granted</source>
      <translation>授权范围</translation>
    </message>
    <message>
      <source>files</source>
      <translation>文件数</translation>
    </message>
    <message>
      <source>act</source>
      <translation>操作</translation>
    </message>
    <message>
      <source>records</source>
      <translation>记录数</translation>
    </message>
    <message>
      <source>records matching</source>
      <translation>符合条件的记录数</translation>
    </message>
    <message>
      <source>filters</source>
      <translation>筛选条件</translation>
    </message>
    <message>
      <source>new value</source>
      <translation>新值</translation>
    </message>
    <message>
      <source>public holidays</source>
      <translation>法定节假日天数</translation>
    </message>
    <message>
      <source>exchanged workdays</source>
      <translation>调休上班天数</translation>
    </message>
    <message>
      <source>amount</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>length (characters)</source>
      <translation>长度（字符）</translation>
    </message>
    <message>
      <source>signed by</source>
      <translation>签名人</translation>
    </message>
    <message>
      <source>audit record signed over</source>
      <translation>签名所涵盖的审计记录</translation>
    </message>
    <message>
      <source>finished after an interruption</source>
      <translation>中断后补完</translation>
    </message>
    <message>
      <source>recovery key</source>
      <translation>恢复密钥</translation>
    </message>
    <message>
      <source>first roster of an older vault</source>
      <translation>旧保险库的首个名册</translation>
    </message>
    <message>
      <source>viewers given grant keys</source>
      <translation>获得授权密钥的查阅人数</translation>
    </message>
    <message>
      <source>recovery code id</source>
      <translation>恢复码标识</translation>
    </message>
    <message>
      <source>problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>demonstration vault</source>
      <translation>演示保险库</translation>
    </message>
    <message>
      <source>development vault</source>
      <translation>开发用保险库</translation>
    </message>
    <message>
      <source>key derivation memory (KiB)</source>
      <translation>密钥派生内存（KiB）</translation>
    </message>
    <message>
      <source>key derivation passes</source>
      <translation>密钥派生轮数</translation>
    </message>
    <message>
      <source>first user</source>
      <translation>首位用户</translation>
    </message>
    <message>
      <source>recovery code used</source>
      <translation>所用恢复码</translation>
    </message>
    <message>
      <source>new recovery code</source>
      <translation>新恢复码</translation>
    </message>
    <message>
      <source>after a recovery</source>
      <translation>恢复之后</translation>
    </message>
    <message>
      <source>vault founded anew</source>
      <translation>重新建立的保险库</translation>
    </message>
    <message>
      <source>source file's SHA-256 fingerprint</source>
      <translation>源文件 SHA-256 指纹</translation>
    </message>
    <message>
      <source>first lead</source>
      <translation>首条线索</translation>
    </message>
    <message>
      <source>last lead</source>
      <translation>末条线索</translation>
    </message>
    <message>
      <source>abandoned checkpoint</source>
      <translation>放弃的检查点</translation>
    </message>
    <message>
      <source>checkpoint record</source>
      <translation>检查点记录</translation>
    </message>
    <message>
      <source>contents checked with the key</source>
      <translation>已用密钥校验内容</translation>
    </message>
    <message>
      <source>records lost, at least</source>
      <translation>丢失记录（至少）</translation>
    </message>
    <message>
      <source>idle</source>
      <translation>长时间无操作</translation>
    </message>
    <message>
      <source>locked by hand</source>
      <translation>手动锁定</translation>
    </message>
    <message>
      <source>card removed</source>
      <translation>智能卡被拔出</translation>
    </message>
    <message>
      <source>card swap not finished</source>
      <translation>换卡未按时完成</translation>
    </message>
    <message>
      <source>not permitted</source>
      <translation>无权限</translation>
    </message>
    <message>
      <source>no approval</source>
      <translation>未经批准</translation>
    </message>
    <message>
      <source>medium full</source>
      <translation>存储介质已满</translation>
    </message>
    <message>
      <source>medium read-only</source>
      <translation>存储介质只读</translation>
    </message>
    <message>
      <source>medium failed or removed</source>
      <translation>存储介质故障或被拔出</translation>
    </message>
    <message>
      <source>does not match its manifest</source>
      <translation>与清单不符</translation>
    </message>
    <message>
      <source>of another vault</source>
      <translation>属于其他保险库</translation>
    </message>
    <message>
      <source>failed its check</source>
      <translation>未通过校验</translation>
    </message>
    <message>
      <source>not a backup</source>
      <translation>不是备份</translation>
    </message>
    <message>
      <source>surrender</source>
      <translation>投案自首</translation>
    </message>
    <message>
      <source>the viewer's signed outbox</source>
      <translation>查阅人经签名的发件记录</translation>
    </message>
    <message>
      <source>kept (%1 pieces)</source>
      <translation>已保存（共 %1 段）</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <source>Lead %1</source>
      <translation>线索 %1</translation>
    </message>
    <message>
      <source>Report of lead %1</source>
      <translation>线索 %1 的举报</translation>
    </message>
    <message>
      <source>Bag %1</source>
      <translation>机要袋 %1</translation>
    </message>
    <message>
      <source>Bag register %1</source>
      <translation>机要袋登记簿 %1</translation>
    </message>
    <message>
      <source>Leads %1</source>
      <translation>线索 %1</translation>
    </message>
    <message>
      <source>User %1</source>
      <translation>用户 %1</translation>
    </message>
  </context>
  <context>
    <name>AuditFilters</name>
    <message>
      <source>From</source>
      <translation>自</translation>
    </message>
    <message>
      <source>to</source>
      <translation>至</translation>
    </message>
    <message>
      <source>Anyone</source>
      <translation>全部人员</translation>
    </message>
    <message>
      <source>Any action</source>
      <translation>全部操作</translation>
    </message>
    <message>
      <source>Subject: lead number or id</source>
      <translation>对象：线索编号或标识</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>显示</translation>
    </message>
    <message>
      <source>All records</source>
      <translation>全部记录</translation>
    </message>
    <message>
      <source>By:</source>
      <translation>操作人：</translation>
    </message>
    <message>
      <source>The system</source>
      <translation>系统</translation>
    </message>
  </context>
  <context>
    <name>AuditView</name>
    <message>
      <source>Audit trail</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <source>Verify the whole chain</source>
      <translation>校验整条审计链</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>序号</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>By</source>
      <translation>操作人</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>对象</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>详情</translation>
    </message>
    <message>
      <source>A checkpoint: the chief procurator's card signed the chain up to here.</source>
      <translation>检查点：检察长智能卡已对截至此处的审计链签名。</translation>
    </message>
    <message>
      <source>Show the break</source>
      <translation>显示断点</translation>
    </message>
    <message>
      <source>Newest</source>
      <translation>最新</translation>
    </message>
    <message>
      <source>Newer</source>
      <translation>较新</translation>
    </message>
    <message>
      <source>Older</source>
      <translation>较早</translation>
    </message>
    <message>
      <source>Oldest</source>
      <translation>最早</translation>
    </message>
    <message>
      <source>Print an extract…</source>
      <translation>打印摘录…</translation>
    </message>
    <message>
      <source>Export the extract…</source>
      <translation>导出摘录…</translation>
    </message>
    <message>
      <source>Only with your signed approval of a request to export this extract.</source>
      <translation>须经检察长签署批准导出本摘录的请求。</translation>
    </message>
    <message>
      <source>Records %1 to %2</source>
      <translation>第 %1 至 %2 条记录</translation>
    </message>
    <message>
      <source>No record matches.</source>
      <translation>没有符合条件的记录。</translation>
    </message>
    <message>
      <source>Verifying…</source>
      <translation>正在校验…</translation>
    </message>
    <message>
      <source>Audit extract</source>
      <translation>审计日志摘录</translation>
    </message>
    <message>
      <source>The extract was written to %1.</source>
      <translation>摘录已导出至 %1。</translation>
    </message>
    <message>
      <source>Export the audit extract</source>
      <translation>导出审计日志摘录</translation>
    </message>
    <message>
      <source>The chain is intact: all %1 records verify. %2 checkpoints signed by the chief procurator's card vouch for it; the last is record %3, and %4 records after it are not yet witnessed.</source>
      <translation>审计链完整：全部 %1 条记录校验通过。检察长智能卡签署的 %2 个检查点为其作证；最后一个是第 %3 条记录，其后 %4 条记录尚未经检查点确认。</translation>
    </message>
    <message>
      <source>Checkpoint %1 does not match: the records before it were rewritten or its signature is not a chief procurator's. Report this at once.</source>
      <translation>第 %1 条记录处的检查点不相符：其之前的记录被改写，或其签名不是检察长的。请立即报告。</translation>
    </message>
    <message>
      <source>No checkpoint signed by the chief procurator's card vouches for this chain: it cannot be trusted.</source>
      <translation>没有任何由检察长智能卡签署的检查点为该审计链作证，该审计链不可信。</translation>
    </message>
    <message>
      <source>The chain is BROKEN at record %1: it or an earlier record was changed or removed. Report this at once.</source>
      <translation>审计链在第 %1 条记录处断裂：该记录或更早的记录被改动或删除。请立即报告。</translation>
    </message>
  </context>
  <context>
    <name>Backup</name>
    <message>
      <source>The medium is full. Nothing was kept on it and the vault is unchanged; use a larger or emptier medium.</source>
      <translation>存储介质空间已满。介质上未保留任何内容，保险库未作任何改动；请换用容量更大或有足够空间的介质。</translation>
    </message>
    <message>
      <source>The medium cannot be written (read-only or write-protected). The vault is unchanged.</source>
      <translation>存储介质无法写入（只读或已写保护）。保险库未作任何改动。</translation>
    </message>
    <message>
      <source>The medium failed or was removed while in use. What was written there is not a backup; the vault is unchanged.</source>
      <translation>存储介质在使用中发生故障或被拔出。已写入的内容不是有效备份；保险库未作任何改动。</translation>
    </message>
    <message>
      <source>This folder holds no LeadVault backup. Choose the backup's own folder.</source>
      <translation>该文件夹中没有本系统的备份。请选择备份所在的文件夹。</translation>
    </message>
    <message>
      <source>The backup does not match its manifest (%1). Do not rely on it. Nothing was changed.</source>
      <translation>备份与其清单不符（%1）。该备份不可使用。未作任何改动。</translation>
    </message>
    <message>
      <source>This backup is of another vault. Nothing was changed.</source>
      <translation>该备份属于其他保险库。未作任何改动。</translation>
    </message>
    <message>
      <source>The copy failed its check after writing and was removed. The vault is unchanged; try another medium.</source>
      <translation>备份写入后未通过校验，已删除。保险库未作任何改动；请换用其他介质重试。</translation>
    </message>
    <message>
      <source>A backup is restored only into an empty folder. Nothing was changed.</source>
      <translation>备份只能恢复到空文件夹中。未作任何改动。</translation>
    </message>
    <message>
      <source>The backup could not be completed. The vault is unchanged.</source>
      <translation>备份未能完成。保险库未作任何改动。</translation>
    </message>
  </context>
  <context>
    <name>BackupPanel</name>
    <message>
      <source>Backup</source>
      <translation>备份</translation>
    </message>
    <message>
      <source>Back up to removable media…</source>
      <translation>备份到移动存储介质…</translation>
    </message>
    <message>
      <source>Check a backup…</source>
      <translation>校验备份…</translation>
    </message>
    <message>
      <source>Remind the clerk after</source>
      <translation>提醒专人备份的间隔</translation>
    </message>
    <message>
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>应用</translation>
    </message>
    <message>
      <source>Choose the removable medium</source>
      <translation>选择移动存储介质</translation>
    </message>
    <message>
      <source>Backing up…</source>
      <translation>正在备份…</translation>
    </message>
    <message>
      <source>Choose the backup's folder</source>
      <translation>选择备份所在文件夹</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>正在校验…</translation>
    </message>
    <message>
      <source>Checking the copy: %1 of %2</source>
      <translation>正在校验副本：%1 / %2</translation>
    </message>
    <message>
      <source>Copying: %1 of %2</source>
      <translation>正在复制：%1 / %2</translation>
    </message>
    <message>
      <source>Backup written and checked: %1 (%2).</source>
      <translation>备份已写入并通过校验：%1（%2）。</translation>
    </message>
    <message>
      <source>The backup made %1 is whole and of this vault.</source>
      <translation>%1 所作备份完整，且属于本保险库。</translation>
    </message>
    <message>
      <source>No backup has been made yet.</source>
      <translation>尚未进行过备份。</translation>
    </message>
    <message>
      <source>Last backup: %1.</source>
      <translation>上次备份：%1。</translation>
    </message>
    <message>
      <source>A backup is due (every %1 days): back up to removable media now.</source>
      <translation>已到备份时间（每 %1 天一次）：请立即备份到移动存储介质。</translation>
    </message>
  </context>
  <context>
    <name>Bags</name>
    <message>
      <source>Confidential number</source>
      <translation>机要编号</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>收件人</translation>
    </message>
    <message>
      <source>Leads</source>
      <translation>线索</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>件数</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>页数</translation>
    </message>
    <message>
      <source>Sealed</source>
      <translation>已密封</translation>
    </message>
    <message>
      <source>Handed over</source>
      <translation>已移交</translation>
    </message>
    <message>
      <source>Holder</source>
      <translation>持有人</translation>
    </message>
    <message>
      <source>New bag…</source>
      <translation>新建机要袋…</translation>
    </message>
    <message>
      <source>Print the bag register…</source>
      <translation>打印机要袋登记簿…</translation>
    </message>
    <message>
      <source>Bag %1 created.</source>
      <translation>已新建机要袋 %1。</translation>
    </message>
    <message>
      <source>Lead added to bag %1.</source>
      <translation>已向机要袋 %1 添加线索。</translation>
    </message>
    <message>
      <source>Materials added to bag %1.</source>
      <translation>已向机要袋 %1 添加材料。</translation>
    </message>
    <message>
      <source>Bag %1 sealed.</source>
      <translation>机要袋 %1 已密封。</translation>
    </message>
    <message>
      <source>Hand over bag %1</source>
      <translation>移交机要袋 %1</translation>
    </message>
    <message>
      <source>Received by:</source>
      <translation>接收人：</translation>
    </message>
    <message>
      <source>The person who takes the sealed bag, e.g. the chief procurator's secretary. Their signature goes on the cover sheet.</source>
      <translation>接收密封机要袋的人，例如检察长秘书。接收人在封面上签名。</translation>
    </message>
    <message>
      <source>Bag %1 handed over.</source>
      <translation>机要袋 %1 已移交。</translation>
    </message>
    <message>
      <source>Bag %1 resealed.</source>
      <translation>机要袋 %1 已重新密封。</translation>
    </message>
    <message>
      <source>Bag %1 returned.</source>
      <translation>机要袋 %1 已退回。</translation>
    </message>
    <message>
      <source>Void bag %1</source>
      <translation>作废机要袋 %1</translation>
    </message>
    <message>
      <source>Reason:</source>
      <translation>原因：</translation>
    </message>
    <message>
      <source>The number stays in the register as voided and is never issued again. Do not write names or report content here.</source>
      <translation>该编号在登记簿中保留为“已作废”，永不再次使用。此处不得填写姓名或举报内容。</translation>
    </message>
    <message>
      <source>Bag %1 voided.</source>
      <translation>机要袋 %1 已作废。</translation>
    </message>
    <message>
      <source>chief procurator's card %1</source>
      <translation>检察长的卡 %1</translation>
    </message>
    <message>
      <source>lead %1</source>
      <translation>线索 %1</translation>
    </message>
    <message>
      <source>to %1</source>
      <translation>交给 %1</translation>
    </message>
    <message>
      <source>%1 item(s), %2 page(s)</source>
      <translation>%1 件，%2 页</translation>
    </message>
    <message>
      <source>reason: %1</source>
      <translation>原因：%1</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>Select a bag, or scan its label.</source>
      <translation>请选择机要袋，或扫描其标签。</translation>
    </message>
    <message>
      <source>Sender:</source>
      <translation>发件单位：</translation>
    </message>
    <message>
      <source>Recipient:</source>
      <translation>收件人：</translation>
    </message>
    <message>
      <source>Leads:</source>
      <translation>线索：</translation>
    </message>
    <message>
      <source>Items / pages:</source>
      <translation>件数 / 页数：</translation>
    </message>
    <message>
      <source>Sealed:</source>
      <translation>密封：</translation>
    </message>
    <message>
      <source>Handed over:</source>
      <translation>移交：</translation>
    </message>
    <message>
      <source>Unsealed:</source>
      <translation>启封：</translation>
    </message>
    <message>
      <source>Void reason:</source>
      <translation>作废原因：</translation>
    </message>
    <message>
      <source>Add lead…</source>
      <translation>添加线索…</translation>
    </message>
    <message>
      <source>Add materials…</source>
      <translation>添加材料…</translation>
    </message>
    <message>
      <source>Seal</source>
      <translation>密封</translation>
    </message>
    <message>
      <source>Hand over…</source>
      <translation>移交…</translation>
    </message>
    <message>
      <source>Reseal</source>
      <translation>重新密封</translation>
    </message>
    <message>
      <source>Return to sender</source>
      <translation>退回发件单位</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>作废…</translation>
    </message>
    <message>
      <source>Print cover sheet…</source>
      <translation>打印封面…</translation>
    </message>
    <message>
      <source>Print bag labels…</source>
      <translation>打印袋标签…</translation>
    </message>
    <message>
      <source>Print seal labels…</source>
      <translation>打印封条…</translation>
    </message>
    <message>
      <source>History</source>
      <translation>记录</translation>
    </message>
    <message>
      <source>%1, signed by the chief procurator's card; audit head %2</source>
      <translation>%1，由检察长的卡签名；审计链头 %2</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>确定</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>New confidential bag</source>
      <translation>新建机要袋</translation>
    </message>
    <message>
      <source>e.g. 2026-00012, 2026-00015</source>
      <translation>例如 2026-00012, 2026-00015</translation>
    </message>
    <message>
      <source>Leads (by number):</source>
      <translation>线索（按编号）：</translation>
    </message>
    <message>
      <source>Physical items:</source>
      <translation>实物件数：</translation>
    </message>
    <message>
      <source>Pages:</source>
      <translation>页数：</translation>
    </message>
    <message>
      <source>A new confidential number is issued when the bag is created. The bag stays open for more leads and materials until it is sealed.</source>
      <translation>新建机要袋时即分配一个新的机要编号。密封之前，可继续向袋中添加线索和材料。</translation>
    </message>
    <message>
      <source>Add a lead to bag %1</source>
      <translation>向机要袋 %1 添加线索</translation>
    </message>
    <message>
      <source>Lead number:</source>
      <translation>线索编号：</translation>
    </message>
    <message>
      <source>Add materials to bag %1</source>
      <translation>向机要袋 %1 添加材料</translation>
    </message>
    <message>
      <source>Cover sheet of bag %1</source>
      <translation>机要袋 %1 的封面</translation>
    </message>
    <message>
      <source>Bag labels of bag %1</source>
      <translation>机要袋 %1 的袋标签</translation>
    </message>
    <message>
      <source>Seal labels of bag %1</source>
      <translation>机要袋 %1 的封条</translation>
    </message>
    <message>
      <source>Bag register</source>
      <translation>机要袋登记簿</translation>
    </message>
    <message>
      <source>Cover sheet</source>
      <translation>封面</translation>
    </message>
    <message>
      <source>Bag label</source>
      <translation>袋标签</translation>
    </message>
    <message>
      <source>Seal labels</source>
      <translation>封条</translation>
    </message>
    <message>
      <source>Every printed copy has its own copy number and an audit record. Print cover sheets and labels from the bag itself.</source>
      <translation>每一份打印件都有自己的份号和审计记录。封面和标签请在机要袋页面打印。</translation>
    </message>
    <message>
      <source>Copy No.</source>
      <translation>份号</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Bag</source>
      <translation>机要袋</translation>
    </message>
    <message>
      <source>Printed</source>
      <translation>打印时间</translation>
    </message>
    <message>
      <source>Scan a bag label or type its confidential number, then Enter</source>
      <translation>扫描机要袋标签，或输入机要编号后按回车</translation>
    </message>
    <message>
      <source>Shortcut %1 puts the cursor here.</source>
      <translation>快捷键 %1 可将光标移到此处。</translation>
    </message>
    <message>
      <source>Scan:</source>
      <translation>扫描：</translation>
    </message>
    <message>
      <source>Opened bag %1.</source>
      <translation>已打开机要袋 %1。</translation>
    </message>
    <message>
      <source>WARNING: this label was not printed by this workstation — its security code does not verify (number %1, copy No. %2). It may be forged. The bag was not opened; the scan has been recorded in the audit trail. Report it to the chief procurator.</source>
      <translation>警告：此标签不是本工作站打印的——其防伪码验证未通过（编号 %1，份号 %2），可能是伪造的。机要袋未打开；本次扫描已记入审计日志。请报告检察长。</translation>
    </message>
    <message>
      <source>The number %1 is valid, but no bag of this workstation has it.</source>
      <translation>编号 %1 格式正确，但本工作站没有此编号的机要袋。</translation>
    </message>
    <message>
      <source>Unseal a confidential bag</source>
      <translation>启封机要袋</translation>
    </message>
    <message>
      <source>Unseal bag %1</source>
      <translation>启封机要袋 %1</translation>
    </message>
    <message>
      <source>Preparing the unsealing record…</source>
      <translation>正在准备启封记录…</translation>
    </message>
    <message>
      <source>You sign:</source>
      <translation>签名内容：</translation>
    </message>
    <message>
      <source>Card reader:</source>
      <translation>读卡器：</translation>
    </message>
    <message>
      <source>The PIN of the chief procurator's card</source>
      <translation>检察长智能卡的 PIN 码</translation>
    </message>
    <message>
      <source>PIN:</source>
      <translation>PIN 码：</translation>
    </message>
    <message>
      <source>Only the chief procurator's own card can unseal a bag. The card signs this record after the PIN; the signature is checked against his enrolled key and kept in the bag's history.</source>
      <translation>只有检察长本人的卡才能启封机要袋。输入 PIN 码后由卡对此记录签名；签名将以其登记的密钥核验，并保存在机要袋的记录中。</translation>
    </message>
    <message>
      <source>Sign and unseal</source>
      <translation>签名并启封</translation>
    </message>
    <message>
      <source>the unsealing of %1 at %2, on audit record %3</source>
      <translation>于 %2 启封机要袋 %1，审计记录 %3</translation>
    </message>
    <message>
      <source>Insert the chief procurator's card.</source>
      <translation>请插入检察长的智能卡。</translation>
    </message>
    <message>
      <source>The card is signing…</source>
      <translation>智能卡正在签名…</translation>
    </message>
    <message>
      <source>Unseal…</source>
      <translation>启封…</translation>
    </message>
    <message>
      <source>No bag is waiting to be unsealed.</source>
      <translation>没有待启封的机要袋。</translation>
    </message>
    <message>
      <source>Bag %1 is not waiting to be unsealed.</source>
      <translation>机要袋 %1 不在待启封状态。</translation>
    </message>
    <message>
      <source>Bag %1 was unsealed; the signature is recorded.</source>
      <translation>机要袋 %1 已启封，签名已记录。</translation>
    </message>
    <message>
      <source>Open (being filled)</source>
      <translation>未密封（装袋中）</translation>
    </message>
    <message>
      <source>Unsealed</source>
      <translation>已启封</translation>
    </message>
    <message>
      <source>Resealed</source>
      <translation>已重新密封</translation>
    </message>
    <message>
      <source>Returned</source>
      <translation>已退回</translation>
    </message>
    <message>
      <source>Void</source>
      <translation>已作废</translation>
    </message>
    <message>
      <source>created</source>
      <translation>新建</translation>
    </message>
    <message>
      <source>lead added</source>
      <translation>添加线索</translation>
    </message>
    <message>
      <source>materials added</source>
      <translation>添加材料</translation>
    </message>
    <message>
      <source>sealed</source>
      <translation>密封</translation>
    </message>
    <message>
      <source>handed over</source>
      <translation>移交</translation>
    </message>
    <message>
      <source>unsealed with the chief procurator's card</source>
      <translation>凭检察长的卡启封</translation>
    </message>
    <message>
      <source>resealed</source>
      <translation>重新密封</translation>
    </message>
    <message>
      <source>returned to the sender</source>
      <translation>退回发件单位</translation>
    </message>
    <message>
      <source>voided</source>
      <translation>作废</translation>
    </message>
    <message>
      <source>take another lead</source>
      <translation>再添加线索</translation>
    </message>
    <message>
      <source>take more materials</source>
      <translation>再添加材料</translation>
    </message>
    <message>
      <source>be sealed</source>
      <translation>密封</translation>
    </message>
    <message>
      <source>be handed over</source>
      <translation>移交</translation>
    </message>
    <message>
      <source>be unsealed</source>
      <translation>启封</translation>
    </message>
    <message>
      <source>be resealed</source>
      <translation>重新密封</translation>
    </message>
    <message>
      <source>be returned</source>
      <translation>退回</translation>
    </message>
    <message>
      <source>be voided</source>
      <translation>作废</translation>
    </message>
    <message>
      <source>be created</source>
      <translation>新建</translation>
    </message>
    <message>
      <source>the receiver</source>
      <translation>接收人</translation>
    </message>
    <message>
      <source>the reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>the sealer</source>
      <translation>密封人</translation>
    </message>
    <message>
      <source>the item count</source>
      <translation>件数</translation>
    </message>
    <message>
      <source>the page count</source>
      <translation>页数</translation>
    </message>
    <message>
      <source>the audit head</source>
      <translation>审计链头</translation>
    </message>
    <message>
      <source>There is no bag %1 in this vault.</source>
      <translation>本工作站没有机要袋 %1。</translation>
    </message>
    <message>
      <source>There is no lead %1 in the leads register. Nothing was changed.</source>
      <translation>线索登记簿中没有线索 %1。未作任何更改。</translation>
    </message>
    <message>
      <source>“%1” is not a lead number. Lead numbers look like 2026-00012.</source>
      <translation>“%1”不是线索编号。线索编号的格式如 2026-00012。</translation>
    </message>
    <message>
      <source>Lead %1 is already in this bag.</source>
      <translation>线索 %1 已在此机要袋中。</translation>
    </message>
    <message>
      <source>The bag is empty: add a lead or materials before sealing it.</source>
      <translation>机要袋是空的：请先添加线索或材料再密封。</translation>
    </message>
    <message>
      <source>%1 cannot be %2.</source>
      <translation>%1不能为 %2。</translation>
    </message>
    <message>
      <source>Fill in %1.</source>
      <translation>请填写%1。</translation>
    </message>
    <message>
      <source>A bag that is “%1” cannot %2.</source>
      <translation>处于“%1”状态的机要袋不能%2。</translation>
    </message>
    <message>
      <source>The bag was changed elsewhere meanwhile. It has been reloaded: try again.</source>
      <translation>此机要袋已在别处被修改，现已重新载入，请再试一次。</translation>
    </message>
    <message>
      <source>This card (%1) is not enrolled on this workstation. The bag was not unsealed.</source>
      <translation>此卡（%1）未在本工作站登记。机要袋未启封。</translation>
    </message>
    <message>
      <source>This card belongs to a %1, not to the chief procurator. Only the chief procurator's own card can unseal a bag. The bag was not unsealed.</source>
      <translation>此卡属于%1，不是检察长的卡。只有检察长本人的卡才能启封机要袋。机要袋未启封。</translation>
    </message>
    <message>
      <source>The card's signature does not match the chief procurator's enrolled key. The bag was not unsealed.</source>
      <translation>卡的签名与检察长登记的密钥不符。机要袋未启封。</translation>
    </message>
    <message>
      <source>The signed unsealing record is out of date (%1 changed meanwhile). Sign again.</source>
      <translation>已签名的启封记录已过时（%1 在此期间发生变化）。请重新签名。</translation>
    </message>
    <message>
      <source>The unsealing was refused.</source>
      <translation>启封被拒绝。</translation>
    </message>
    <message>
      <source>A bag is unsealed only with the chief procurator's card signature.</source>
      <translation>机要袋只能凭检察长本人智能卡的签名启封。</translation>
    </message>
    <message>
      <source>The signature is for bag %1, not this one. The bag was not unsealed.</source>
      <translation>该签名针对的是机要袋 %1，而非本袋。本袋未启封。</translation>
    </message>
    <message>
      <source>The bag refused this. Nothing was changed.</source>
      <translation>机要袋不允许此操作，未作任何更改。</translation>
    </message>
    <message>
      <source>The check character is wrong: the number ends in “%1”, but it should end in “%2”. Check the number for a mistyped digit.</source>
      <translation>校验位不对：编号末位是“%1”，应为“%2”。请检查编号是否有输错的数字。</translation>
    </message>
    <message>
      <source>A confidential number has 16 digits and a check character (like 990001-2026-000001-7); this has %1 characters.</source>
      <translation>机要编号由 16 位数字和 1 位校验位组成（如 990001-2026-000001-7）；此处输入了 %1 个字符。</translation>
    </message>
    <message>
      <source>The dashes of the number are in the wrong place (like 990001-2026-000001-7).</source>
      <translation>编号中的连字符位置不对（应如 990001-2026-000001-7）。</translation>
    </message>
    <message>
      <source>“%1” is not a six-digit unit code.</source>
      <translation>“%1”不是六位单位代码。</translation>
    </message>
    <message>
      <source>“%1” is not a possible year.</source>
      <translation>“%1”不是有效年份。</translation>
    </message>
    <message>
      <source>“%1” is not a possible serial number.</source>
      <translation>“%1”不是有效序号。</translation>
    </message>
    <message>
      <source>Every confidential number of %1 has been issued. Ask the administrator.</source>
      <translation>%1 年度的机要编号已全部发放，请联系管理员。</translation>
    </message>
    <message>
      <source>This is not a valid confidential number.</source>
      <translation>这不是有效的机要编号。</translation>
    </message>
    <message>
      <source>The scanned code is not a LeadVault label (it cannot be read as one).</source>
      <translation>扫描到的条码不是本系统的标签（无法识读）。</translation>
    </message>
    <message>
      <source>This label was not printed by this workstation: it may be forged. Report it.</source>
      <translation>此标签不是本工作站打印的，可能是伪造的，请报告。</translation>
    </message>
    <message>
      <source>The scanned text is too long (%1 characters) to be a label.</source>
      <translation>扫描到的内容过长（%1 个字符），不可能是标签。</translation>
    </message>
  </context>
  <context>
    <name>CalendarReminder</name>
    <message>
      <source>The public holidays and exchanged workdays of %1 are not set: working-day deadlines in that year count weekends only.</source>
      <translation>%1 年的法定节假日和调休尚未设置：该年按工作日计算的期限暂只扣除周末。</translation>
    </message>
    <message>
      <source>Set them in Settings, from the State Council's notice.</source>
      <translation>请在“设置”中按国务院通知填写。</translation>
    </message>
    <message>
      <source>Ask the chief procurator to set them in Settings.</source>
      <translation>请检察长在“设置”中填写。</translation>
    </message>
  </context>
  <context>
    <name>CardEditDialog</name>
    <message>
      <source>Correct the case card of lead %1</source>
      <translation>更正线索 %1 的案卡</translation>
    </message>
    <message>
      <source>About our own staff</source>
      <translation>涉及本院工作人员</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Materials kept at</source>
      <translation>材料存放位置</translation>
    </message>
    <message>
      <source>Reported persons</source>
      <translation>被举报人</translation>
    </message>
    <message>
      <source>The report texts stay exactly as received. This correction is kept in the lead's history with your name, the time and the reason.</source>
      <translation>举报原文保持收到时的原样。本次更正连同您的姓名、时间和理由记入该线索的变更记录。</translation>
    </message>
  </context>
  <context>
    <name>CheckpointPanel</name>
    <message>
      <source>PIN of the chief procurator's card</source>
      <translation>检察长智能卡的 PIN</translation>
    </message>
    <message>
      <source>Sign a checkpoint now</source>
      <translation>立即签署检查点</translation>
    </message>
    <message>
      <source>Print the witness sheet…</source>
      <translation>打印见证单…</translation>
    </message>
    <message>
      <source>No checkpoint has been signed yet.</source>
      <translation>尚未签署任何检查点。</translation>
    </message>
    <message>
      <source>Last checkpoint: No. %1 (record %2), signed %3 by card %4. It witnessed %5 records since the one before (informant identity viewed %6 times): %7</source>
      <translation>最近的检查点：第 %1 号（审计记录 %2），%3 由智能卡 %4 签署。自上一检查点以来共见证 %5 条记录（查看举报人身份 %6 次）：%7</translation>
    </message>
    <message>
      <source>Choose the card and type its PIN.</source>
      <translation>请选择智能卡并输入其 PIN。</translation>
    </message>
    <message>
      <source>Signing with the card…</source>
      <translation>正在用智能卡签署…</translation>
    </message>
    <message>
      <source>The checkpoint is signed and the card remembers it.</source>
      <translation>检查点已签署，智能卡已记录。</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <source>Leads by status</source>
      <translation>按状态统计线索</translation>
    </message>
    <message>
      <source>Leads by category</source>
      <translation>按类别统计线索</translation>
    </message>
    <message>
      <source>Overdue deadlines</source>
      <translation>已超期的期限</translation>
    </message>
    <message>
      <source>Deadlines in the next 7 days</source>
      <translation>7日内到期的期限</translation>
    </message>
    <message>
      <source>Reports received by channel</source>
      <translation>按举报方式统计举报</translation>
    </message>
    <message>
      <source>%1 leads in the register; %2 deadlines overdue.</source>
      <translation>登记簿共有线索 %1 件；已超期期限 %2 项。</translation>
    </message>
  </context>
  <context>
    <name>DemoMenu</name>
    <message>
      <source>&amp;Demo</source>
      <translation>演示(&amp;D)</translation>
    </message>
    <message>
      <source>Card of %1 in reader %2</source>
      <translation>%1 的卡插入读卡器 %2</translation>
    </message>
    <message>
      <source>Demo passwords and PINs…</source>
      <translation>演示用密码和 PIN…</translation>
    </message>
    <message>
      <source>All names and data in this demo are fictional.</source>
      <translation>本演示中的姓名和数据均为虚构。</translation>
    </message>
    <message>
      <source>%1: password %2, PIN %3</source>
      <translation>%1：密码 %2，PIN %3</translation>
    </message>
    <message>
      <source>Demo</source>
      <translation>演示</translation>
    </message>
  </context>
  <context>
    <name>FormPrintDialog</name>
    <message>
      <source>Print a form of lead %1</source>
      <translation>打印线索 %1 的文书</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>文书</translation>
    </message>
    <message>
      <source>Classification</source>
      <translation>密级</translation>
    </message>
    <message>
      <source>These forms name the informant: they are printed on paper only, each copy with its own copy number.</source>
      <translation>以下文书载有举报人身份信息，只能打印为纸质文书，每一份都有各自的份号。</translation>
    </message>
    <message>
      <source>This lead has no form to print yet (forms belong to real-name reports and replies).</source>
      <translation>该线索暂无可打印的文书（文书只针对实名举报和答复）。</translation>
    </message>
    <message>
      <source>Preview…</source>
      <translation>预览…</translation>
    </message>
    <message>
      <source>Rights notice (report of %1)</source>
      <translation>举报人权利义务告知书（%1 的举报）</translation>
    </message>
    <message>
      <source>Visit transcript (%1)</source>
      <translation>举报笔录（%1）</translation>
    </message>
    <message>
      <source>Items received (%1)</source>
      <translation>接收材料清单（%1）</translation>
    </message>
    <message>
      <source>Plain envelope label (%1)</source>
      <translation>普通信封地址签（%1）</translation>
    </message>
    <message>
      <source>Reply record (%1)</source>
      <translation>举报答复记录（%1）</translation>
    </message>
    <message>
      <source>Reply letter (%1)</source>
      <translation>举报答复函（%1）</translation>
    </message>
    <message>
      <source>Investigation assignment</source>
      <translation>线索交办单</translation>
    </message>
    <message>
      <source>A post box or a neutral address: never the procuratorate's name</source>
      <translation>信箱或不显示单位的地址，不得出现检察院名称</translation>
    </message>
    <message>
      <source>Informant's postcode</source>
      <translation>举报人邮政编码</translation>
    </message>
    <message>
      <source>Return address</source>
      <translation>寄件地址</translation>
    </message>
    <message>
      <source>Return postcode</source>
      <translation>寄件邮政编码</translation>
    </message>
    <message>
      <source>Preliminary check</source>
      <translation>初核</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>承办部门</translation>
    </message>
    <message>
      <source>Assigned to</source>
      <translation>承办人</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>办理事项</translation>
    </message>
    <message>
      <source>Due on</source>
      <translation>办结期限</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>批准人</translation>
    </message>
    <message>
      <source>Approved on</source>
      <translation>批准日期</translation>
    </message>
  </context>
  <context>
    <name>GrantedView</name>
    <message>
      <source>Granted to me</source>
      <translation>授权给我的线索</translation>
    </message>
    <message>
      <source>What the chief procurator granted you, until it expires. Each opening is signed by your card and recorded in the audit trail. A copy of a grant still opens only with your card, your password and this computer.</source>
      <translation>检察长授权您查阅的内容，到期前有效。每次打开均由您的智能卡签名并记入审计日志。授权包即使被复制，也只能凭您的智能卡、您的口令在本机打开。</translation>
    </message>
    <message>
      <source>Leads</source>
      <translation>线索</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <source>Parts asked for</source>
      <translation>申请范围</translation>
    </message>
    <message>
      <source>Open with my card</source>
      <translation>用我的智能卡打开</translation>
    </message>
    <message>
      <source>Card PIN:</source>
      <translation>智能卡 PIN：</translation>
    </message>
    <message>
      <source>Case card</source>
      <translation>案卡</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>举报记录</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>附件</translation>
    </message>
    <message>
      <source>Informant identity</source>
      <translation>举报人身份信息</translation>
    </message>
    <message>
      <source>Lead number</source>
      <translation>线索编号</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Reported</source>
      <translation>被举报人</translation>
    </message>
    <message>
      <source>Report events</source>
      <translation>举报次数</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>受理日期</translation>
    </message>
    <message>
      <source>Granted</source>
      <translation>授权范围</translation>
    </message>
    <message>
      <source>:</source>
      <translation>：</translation>
    </message>
    <message>
      <source>Show informant identity…</source>
      <translation>显示举报人身份信息…</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>Nothing is granted to you now.</source>
      <translation>目前没有授权给您的线索。</translation>
    </message>
    <message>
      <source>The report texts were not granted.</source>
      <translation>举报内容未获授权。</translation>
    </message>
    <message>
      <source>The attachments were not granted.</source>
      <translation>附件未获授权。</translation>
    </message>
    <message>
      <source>Open the identity only when your work requires it: your card signs the opening and it is recorded with your name.</source>
      <translation>仅在工作确有需要时查看身份信息：查看由您的智能卡签名，并以您的姓名记入审计日志。</translation>
    </message>
    <message>
      <source>The informant's identity was not granted.</source>
      <translation>举报人身份信息未获授权。</translation>
    </message>
    <message>
      <source>Lead %1 opened read-only.</source>
      <translation>线索 %1 已以只读方式打开。</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>身份证号码</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>住址</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
  </context>
  <context>
    <name>Grants</name>
    <message>
      <source>Filed, not yet received</source>
      <translation>已提交，尚未收到</translation>
    </message>
    <message>
      <source>Not accepted (no such lead)</source>
      <translation>未受理（无此线索）</translation>
    </message>
  </context>
  <context>
    <name>ImportView</name>
    <message>
      <source>Import a register kept so far in a spreadsheet, saved as CSV (UTF-8 or GB18030). The file is checked first; only a file without any problem is imported, all rows or none.</source>
      <translation>导入以往用电子表格登记的线索，文件须另存为 CSV 格式（UTF-8 或 GB18030 编码）。系统先检查文件，只有全部无误时才导入，要么全部导入，要么一条也不导入。</translation>
    </message>
    <message>
      <source>Choose a CSV file…</source>
      <translation>选择 CSV 文件…</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>行号</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>列</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>Choose a CSV file</source>
      <translation>选择 CSV 文件</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <source>Checking %1…</source>
      <translation>正在检查 %1…</translation>
    </message>
    <message>
      <source>%1: %2 rows, all good (%3). Nothing is imported until you press Import.</source>
      <translation>%1：共 %2 行，全部无误（%3）。点击“导入”后才会导入。</translation>
    </message>
    <message>
      <source>The file is neither UTF-8 nor GB18030.</source>
      <translation>文件编码既非 UTF-8 也非 GB18030。</translation>
    </message>
    <message>
      <source>It is not a CSV table.</source>
      <translation>文件不是 CSV 表格。</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>正在导入…</translation>
    </message>
    <message>
      <source>%1 leads were imported: %2 to %3.</source>
      <translation>已导入 %1 条线索：%2 至 %3。</translation>
    </message>
    <message>
      <source>Now destroy the file %1 and every copy of it (USB stick, download folder, recycle bin): it holds informants' identities in clear. The register keeps them encrypted.</source>
      <translation>请立即销毁文件 %1 及其所有副本（U 盘、下载目录、回收站）：该文件以明文载有举报人身份信息。登记簿中的身份信息已加密保存。</translation>
    </message>
  </context>
  <context>
    <name>InboxView</name>
    <message>
      <source>Approvals inbox</source>
      <translation>审批收件箱</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>待审批</translation>
    </message>
    <message>
      <source>Decided</source>
      <translation>已决定</translation>
    </message>
    <message>
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>Grant:</source>
      <translation>批准范围：</translation>
    </message>
    <message>
      <source>for (hours):</source>
      <translation>期限（小时）：</translation>
    </message>
    <message>
      <source>PIN of your card</source>
      <translation>您的智能卡 PIN</translation>
    </message>
    <message>
      <source>Approve and sign</source>
      <translation>批准并签名</translation>
    </message>
    <message>
      <source>Refuse and sign</source>
      <translation>驳回并签名</translation>
    </message>
    <message>
      <source>Revoke the approval</source>
      <translation>撤销批准</translation>
    </message>
    <message>
      <source>Print the decision sheet…</source>
      <translation>打印审批表…</translation>
    </message>
    <message>
      <source>Choose a request to read its reason and decide it.</source>
      <translation>请选择一项申请，查看事由并作出决定。</translation>
    </message>
    <message>
      <source>%1 — asked by %2: “%3”</source>
      <translation>%1——%2 申请：“%3”</translation>
    </message>
    <message>
      <source>Choose a request and your card, and type its PIN.</source>
      <translation>请选择申请和您的智能卡，并输入 PIN。</translation>
    </message>
    <message>
      <source>Signing with the card…</source>
      <translation>正在用智能卡签署…</translation>
    </message>
    <message>
      <source>approved</source>
      <translation>批准</translation>
    </message>
    <message>
      <source>refused</source>
      <translation>已驳回</translation>
    </message>
    <message>
      <source>Request %1 %2; your card signed the decision.</source>
      <translation>申请 %1 %2；您的智能卡已签署该决定。</translation>
    </message>
    <message>
      <source>Decision sheet</source>
      <translation>审批表</translation>
    </message>
    <message>
      <source>The approval of request %1 is revoked.</source>
      <translation>申请 %1 的批准已撤销。</translation>
    </message>
  </context>
  <context>
    <name>LeadDetail</name>
    <message>
      <source>Decide disposition…</source>
      <translation>作出处理决定…</translation>
    </message>
    <message>
      <source>Add attachment…</source>
      <translation>添加附件…</translation>
    </message>
    <message>
      <source>Correct case card…</source>
      <translation>更正案卡…</translation>
    </message>
    <message>
      <source>Record reply…</source>
      <translation>登记答复…</translation>
    </message>
    <message>
      <source>Void lead…</source>
      <translation>作废线索…</translation>
    </message>
    <message>
      <source>Print a form…</source>
      <translation>打印文书…</translation>
    </message>
    <message>
      <source>History of the case card</source>
      <translation>案卡变更记录</translation>
    </message>
    <message>
      <source>Case card</source>
      <translation>案卡</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>举报记录</translation>
    </message>
    <message>
      <source>Deadlines and routing</source>
      <translation>期限与分流</translation>
    </message>
    <message>
      <source>Replies</source>
      <translation>答复</translation>
    </message>
    <message>
      <source>Protection and assistance</source>
      <translation>保护与援助</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>附件</translation>
    </message>
    <message>
      <source>Informant identity</source>
      <translation>举报人身份信息</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>期限</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>到期</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Deadlines</source>
      <translation>期限</translation>
    </message>
    <message>
      <source>Routing and dispositions</source>
      <translation>分流与处理</translation>
    </message>
    <message>
      <source>The informant's identity is not shown. Open it only when your work requires it: every opening is recorded in the audit trail with your name.</source>
      <translation>举报人身份信息未显示。仅在工作确需时打开：每次打开都会以您的姓名记入审计日志。</translation>
    </message>
    <message>
      <source>Show informant identity…</source>
      <translation>显示举报人身份信息…</translation>
    </message>
    <message>
      <source>Hide identity</source>
      <translation>隐藏身份信息</translation>
    </message>
    <message>
      <source>Lead %1 · %2</source>
      <translation>线索 %1 · %2</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Reported persons</source>
      <translation>被举报人</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Filing level</source>
      <translation>报备层级</translation>
    </message>
    <message>
      <source>About our own staff</source>
      <translation>涉及本院工作人员</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <source>Reports received</source>
      <translation>举报次数</translation>
    </message>
    <message>
      <source>First received</source>
      <translation>首次受理</translation>
    </message>
    <message>
      <source>Last received</source>
      <translation>最近受理</translation>
    </message>
    <message>
      <source>Materials kept at</source>
      <translation>材料存放位置</translation>
    </message>
    <message>
      <source>Not corrected since it was recorded.</source>
      <translation>登记后未作更正。</translation>
    </message>
    <message>
      <source>No reply recorded yet.</source>
      <translation>尚未登记答复。</translation>
    </message>
    <message>
      <source>Met %1</source>
      <translation>已于 %1 办结</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>已超期</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>未到期</translation>
    </message>
    <message>
      <source>No disposition yet.</source>
      <translation>尚未作出处理决定。</translation>
    </message>
    <message>
      <source>Surrender</source>
      <translation>投案自首</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>举报</translation>
    </message>
    <message>
      <source>real name, code %1</source>
      <translation>实名，代号 %1</translation>
    </message>
    <message>
      <source>anonymous</source>
      <translation>匿名</translation>
    </message>
    <message>
      <source>Received by: %1</source>
      <translation>接待人员：%1</translation>
    </message>
    <message>
      <source>Postmark: %1</source>
      <translation>邮戳日期：%1</translation>
    </message>
    <message>
      <source>Postmark illegible: %1</source>
      <translation>邮戳无法辨认：%1</translation>
    </message>
    <message>
      <source>Told of the liability for a false accusation (CPL Art 111).</source>
      <translation>已告知诬告应负的法律责任（刑事诉讼法第一百一十一条）。</translation>
    </message>
    <message>
      <source>Origin: %1</source>
      <translation>寄出地：%1</translation>
    </message>
    <message>
      <source>Reference: %1</source>
      <translation>参考编号：%1</translation>
    </message>
    <message>
      <source>Items received: %1</source>
      <translation>接收物品：%1</translation>
    </message>
    <message>
      <source>Show informant identity</source>
      <translation>显示举报人身份信息</translation>
    </message>
    <message>
      <source>Show the informant's identity for lead %1? This is recorded in the audit trail.</source>
      <translation>是否显示线索 %1 的举报人身份信息？此操作将记入审计日志。</translation>
    </message>
    <message>
      <source>No informant identity was recorded for this lead (anonymous).</source>
      <translation>本线索未登记举报人身份信息（匿名）。</translation>
    </message>
    <message>
      <source>Report %1</source>
      <translation>举报记录 %1</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>身份证号码</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>住址</translation>
    </message>
    <message>
      <source>Phones</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <source>Relatives to protect</source>
      <translation>需保护的近亲属</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>Add attachment</source>
      <translation>添加附件</translation>
    </message>
    <message>
      <source>The file was added to the lead.</source>
      <translation>文件已添加到线索。</translation>
    </message>
    <message>
      <source>The correction was saved.</source>
      <translation>更正已保存。</translation>
    </message>
    <message>
      <source>The lead was voided.</source>
      <translation>线索已作废。</translation>
    </message>
    <message>
      <source>The reply was recorded.</source>
      <translation>答复已登记。</translation>
    </message>
    <message>
      <source>The disposition was recorded.</source>
      <translation>处理决定已登记。</translation>
    </message>
  </context>
  <context>
    <name>LeadListView</name>
    <message>
      <source>Search case cards and report text</source>
      <translation>检索案卡和举报内容</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>检索</translation>
    </message>
    <message>
      <source>Show all</source>
      <translation>显示全部</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <source>Any category</source>
      <translation>全部类别</translation>
    </message>
    <message>
      <source>Any channel</source>
      <translation>全部举报方式</translation>
    </message>
    <message>
      <source>Overdue only</source>
      <translation>仅显示超期</translation>
    </message>
    <message>
      <source>Received from</source>
      <translation>受理日期从</translation>
    </message>
    <message>
      <source>to</source>
      <translation>至</translation>
    </message>
    <message numerus="yes">
      <source>%n lead(s) found.</source>
      <translation>
        <numerusform>找到 %n 件线索。</numerusform>
      </translation>
    </message>
    <message>
      <source>No leads match.</source>
      <translation>没有符合条件的线索。</translation>
    </message>
  </context>
  <context>
    <name>LeadPrintsTab</name>
    <message>
      <source>Classification of the next print</source>
      <translation>本次打印的密级和保密期限</translation>
    </message>
    <message>
      <source>Monthly repeat-report notice</source>
      <translation>重复举报情况月度通报</translation>
    </message>
    <message>
      <source>Leads reported again in the month, for the departments: lead numbers, informant codes and counts only, never an identity.</source>
      <translation>当月被重复举报的线索，通报各承办部门：只列线索编号、举报人代号和举报次数，不含任何身份信息。</translation>
    </message>
    <message>
      <source>Preview and print…</source>
      <translation>预览并打印…</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年份</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <source>Leads register</source>
      <translation>举报线索登记簿</translation>
    </message>
    <message>
      <source>The leads first received in the chosen days, one line each, void leads included.</source>
      <translation>所选期间首次受理的线索，每条一行，已作废的线索一并列出。</translation>
    </message>
    <message>
      <source>From</source>
      <translation>自</translation>
    </message>
    <message>
      <source>until</source>
      <translation>至</translation>
    </message>
    <message>
      <source>Bag register</source>
      <translation>机要袋登记簿</translation>
    </message>
    <message>
      <source>Bags numbered in the year</source>
      <translation>编号年度</translation>
    </message>
    <message>
      <source>Leads register %1 to %2</source>
      <translation>举报线索登记簿 %1 至 %2</translation>
    </message>
    <message>
      <source>Bag register %1</source>
      <translation>机要袋登记簿 %1</translation>
    </message>
    <message>
      <source>Repeat-report notice %1-%2</source>
      <translation>重复举报情况通报 %1-%2</translation>
    </message>
  </context>
  <context>
    <name>Leads</name>
    <message>
      <source>Awaiting disposition</source>
      <translation>待处理</translation>
    </message>
    <message>
      <source>Routed</source>
      <translation>已分流</translation>
    </message>
    <message>
      <source>Transferred</source>
      <translation>已移送</translation>
    </message>
    <message>
      <source>Preliminary check</source>
      <translation>初核</translation>
    </message>
    <message>
      <source>Filed upward</source>
      <translation>已报上级</translation>
    </message>
    <message>
      <source>No action</source>
      <translation>不予处理</translation>
    </message>
    <message>
      <source>Void</source>
      <translation>已作废</translation>
    </message>
    <message>
      <source>Embezzlement and bribery</source>
      <translation>贪污贿赂</translation>
    </message>
    <message>
      <source>Dereliction of duty</source>
      <translation>渎职</translation>
    </message>
    <message>
      <source>Infringement of rights</source>
      <translation>侵犯公民权利</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>Visit</source>
      <translation>来访</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>来信</translation>
    </message>
    <message>
      <source>Fax</source>
      <translation>传真</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>电子邮件</translation>
    </message>
    <message>
      <source>Website (12309)</source>
      <translation>网络（12309）</translation>
    </message>
    <message>
      <source>Oral</source>
      <translation>口头</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>不详</translation>
    </message>
    <message>
      <source>Section level or below</source>
      <translation>科级及以下</translation>
    </message>
    <message>
      <source>County or division level</source>
      <translation>县处级</translation>
    </message>
    <message>
      <source>Bureau or department level</source>
      <translation>厅局级</translation>
    </message>
    <message>
      <source>Provincial or ministerial level</source>
      <translation>省部级及以上</translation>
    </message>
    <message>
      <source>This procuratorate</source>
      <translation>本院</translation>
    </message>
    <message>
      <source>Provincial reporting centre</source>
      <translation>省院举报中心</translation>
    </message>
    <message>
      <source>Supreme People's Procuratorate</source>
      <translation>最高人民检察院</translation>
    </message>
    <message>
      <source>Accept and route to a department</source>
      <translation>受理并分流至部门</translation>
    </message>
    <message>
      <source>Transfer to another authority</source>
      <translation>移送其他机关</translation>
    </message>
    <message>
      <source>File upward</source>
      <translation>报上级院</translation>
    </message>
    <message>
      <source>Disposition</source>
      <translation>处理决定</translation>
    </message>
    <message>
      <source>Reply after a visit</source>
      <translation>来访答复</translation>
    </message>
    <message>
      <source>Reply to a real-name informant</source>
      <translation>实名举报答复</translation>
    </message>
    <message>
      <source>Supplementary material</source>
      <translation>补充材料</translation>
    </message>
    <message>
      <source>Clarification after investigation</source>
      <translation>初查后说明</translation>
    </message>
    <message>
      <source>Clarification after review</source>
      <translation>复查后说明</translation>
    </message>
    <message>
      <source>Assistance request</source>
      <translation>求助请求</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>低</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>中</translation>
    </message>
    <message>
      <source>High</source>
      <translation>高</translation>
    </message>
    <message>
      <source>Facts ascertained</source>
      <translation>已核实情况</translation>
    </message>
    <message>
      <source>Reported to the chief procurator</source>
      <translation>已报告检察长</translation>
    </message>
    <message>
      <source>Police notified</source>
      <translation>已通知公安机关</translation>
    </message>
    <message>
      <source>Judicial police measures taken</source>
      <translation>已由司法警察采取措施</translation>
    </message>
    <message>
      <source>Required.</source>
      <translation>必填。</translation>
    </message>
    <message>
      <source>Too long (at most %1 characters).</source>
      <translation>过长（最多 %1 个字符）。</translation>
    </message>
    <message>
      <source>Contains characters that are not allowed.</source>
      <translation>含有不允许的字符。</translation>
    </message>
    <message>
      <source>Not in the expected form.</source>
      <translation>格式不正确。</translation>
    </message>
    <message>
      <source>The last character does not match: the ID number is mistyped.</source>
      <translation>校验码不符：身份证号码输入有误。</translation>
    </message>
    <message>
      <source>The birth date in the ID number is impossible.</source>
      <translation>身份证号码中的出生日期不存在。</translation>
    </message>
    <message>
      <source>Lies in the future.</source>
      <translation>不能晚于当前时间。</translation>
    </message>
    <message>
      <source>A visit is received by at least %1 staff members.</source>
      <translation>来访须由至少 %1 名工作人员接待。</translation>
    </message>
    <message>
      <source>Not allowed for this channel.</source>
      <translation>此举报方式不适用。</translation>
    </message>
    <message>
      <source>Unknown value.</source>
      <translation>未知的值。</translation>
    </message>
    <message>
      <source>Lies before the report it answers.</source>
      <translation>早于所答复的举报时间。</translation>
    </message>
    <message>
      <source>A date is given twice.</source>
      <translation>有日期重复填写。</translation>
    </message>
    <message>
      <source>A date lies outside the chosen year.</source>
      <translation>有日期不属于所选年度。</translation>
    </message>
    <message>
      <source>No such administrative division (first six digits): the ID number is mistyped.</source>
      <translation>前六位行政区划代码不存在：身份证号码有误。</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <source>Reported person's name</source>
      <translation>被举报人姓名</translation>
    </message>
    <message>
      <source>Reported person's unit</source>
      <translation>被举报人单位</translation>
    </message>
    <message>
      <source>Reported person's post</source>
      <translation>被举报人职务</translation>
    </message>
    <message>
      <source>Reported person's region</source>
      <translation>被举报人地区</translation>
    </message>
    <message>
      <source>Replied at</source>
      <translation>答复时间</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>参加人员</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>Informant's reaction</source>
      <translation>举报人反映</translation>
    </message>
    <message>
      <source>Why no reply was possible</source>
      <translation>无法答复的原因</translation>
    </message>
    <message>
      <source>Report text (as received)</source>
      <translation>举报内容（原文）</translation>
    </message>
    <message>
      <source>Received at</source>
      <translation>受理时间</translation>
    </message>
    <message>
      <source>Postmark date</source>
      <translation>邮戳日期</translation>
    </message>
    <message>
      <source>Why the postmark is illegible</source>
      <translation>邮戳无法辨认的情况</translation>
    </message>
    <message>
      <source>To</source>
      <translation>交至</translation>
    </message>
    <message>
      <source>Measures</source>
      <translation>保护措施</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>责任人</translation>
    </message>
    <message>
      <source>Review on</source>
      <translation>复查日期</translation>
    </message>
    <message>
      <source>Risk factors</source>
      <translation>风险因素</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Asked at</source>
      <translation>要求补充时间</translation>
    </message>
    <message>
      <source>Done at</source>
      <translation>完成时间</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>申请</translation>
    </message>
    <message>
      <source>Public holidays</source>
      <translation>法定节假日</translation>
    </message>
    <message>
      <source>Weekend days worked in exchange</source>
      <translation>调休上班日</translation>
    </message>
    <message>
      <source>Discipline inspection department</source>
      <translation>纪检监察部门</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>期限</translation>
    </message>
    <message>
      <source>Informant's name</source>
      <translation>举报人姓名</translation>
    </message>
    <message>
      <source>Informant's ID number</source>
      <translation>举报人身份证号码</translation>
    </message>
    <message>
      <source>Informant's phone</source>
      <translation>举报人联系电话</translation>
    </message>
    <message>
      <source>Informant's unit</source>
      <translation>举报人单位</translation>
    </message>
    <message>
      <source>Informant's address</source>
      <translation>举报人住址</translation>
    </message>
    <message>
      <source>Nothing was changed: correct a field first.</source>
      <translation>未作任何改动：请先更正相关内容。</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <source>Refused: %1 is a unit reported in this lead. Materials may not be passed to the reported person's unit (Art 59(4)).</source>
      <translation>已拒绝：%1 是本线索的被举报单位。举报材料不得转给被举报人所在单位（第五十九条第四项）。</translation>
    </message>
    <message>
      <source>Refused: the target names %1, a person reported in this lead. Materials may not be passed to a reported person (Art 59(4)).</source>
      <translation>不予移送：移送对象含有本线索的被举报人%1。举报材料不得转给被举报人（第五十九条第四项）。</translation>
    </message>
    <message>
      <source>A lead about our own staff goes to %1 (Art 76).</source>
      <translation>涉及本院工作人员的线索应交 %1（第七十六条）。</translation>
    </message>
    <message>
      <source>There is no lead %1 in the register.</source>
      <translation>登记簿中没有线索 %1。</translation>
    </message>
    <message>
      <source>That report is no longer in the register. Reopen the lead.</source>
      <translation>该举报已不在登记簿中，请重新打开线索。</translation>
    </message>
    <message>
      <source>That attachment is no longer in the register. Reopen the lead.</source>
      <translation>该附件已不在登记簿中，请重新打开线索。</translation>
    </message>
    <message>
      <source>The informant's identity could not be decrypted: it was altered or moved. Nothing is shown. Report this to the chief procurator.</source>
      <translation>举报人身份信息无法解密：数据已被改动或移动，未显示任何内容。请报告检察长。</translation>
    </message>
    <message>
      <source>Replies, risk assessments and protection apply only to real-name reports.</source>
      <translation>答复、风险评估和保护措施只适用于实名举报。</translation>
    </message>
    <message>
      <source>Lead %1 is void: nothing more can be recorded on it.</source>
      <translation>线索 %1 已作废，不能再登记任何内容。</translation>
    </message>
    <message>
      <source>There is nothing to print for that period. No copy number was spent.</source>
      <translation>所选期间没有可打印的内容，未占用份号。</translation>
    </message>
    <message>
      <source>This step of the assistance needs an earlier step first: %1.</source>
      <translation>援助步骤顺序不符，须先完成：%1。</translation>
    </message>
    <message>
      <source>Nothing was imported: the file has %1 problem(s).</source>
      <translation>未导入任何内容：文件有 %1 处问题。</translation>
    </message>
    <message>
      <source>The leads register refused the change. Nothing was changed.</source>
      <translation>线索登记簿拒绝了此更改，未作任何更改。</translation>
    </message>
    <message>
      <source>This session holds no identity key.</source>
      <translation>本次会话没有身份信息密钥。</translation>
    </message>
    <message>
      <source>Someone else saved this lead meanwhile. Reopen it and retry.</source>
      <translation>其他人已在此期间保存了该线索。请重新打开后再试。</translation>
    </message>
    <message>
      <source>The file is larger than the limit of %1 MB.</source>
      <translation>文件超过 %1 MB 的限制。</translation>
    </message>
    <message>
      <source>Files of this type are not accepted.</source>
      <translation>不接受此类文件。</translation>
    </message>
    <message>
      <source>The file's name does not match its content: refused.</source>
      <translation>文件名与内容不符：已拒绝。</translation>
    </message>
    <message>
      <source>This lead already holds exactly this file.</source>
      <translation>本线索已有完全相同的文件。</translation>
    </message>
    <message>
      <source>Some fields need attention: see the marks next to them.</source>
      <translation>部分栏目需要修改：请看栏目旁的提示。</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>受理日期</translation>
    </message>
    <message>
      <source>Reported persons</source>
      <translation>被举报人</translation>
    </message>
    <message>
      <source>Materials kept at</source>
      <translation>材料存放位置</translation>
    </message>
    <message>
      <source>About our own staff</source>
      <translation>涉及本院工作人员</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>作废</translation>
    </message>
    <message>
      <source>Corrected %1</source>
      <translation>更正%1</translation>
    </message>
    <message>
      <source>%1 · %2 · %3 · reason: %4</source>
      <translation>%1 · %2 · %3 · 理由：%4</translation>
    </message>
    <message>
      <source>Oral reply</source>
      <translation>当面答复</translation>
    </message>
    <message>
      <source>Reply letter</source>
      <translation>书面答复</translation>
    </message>
    <message>
      <source>Informant unreachable</source>
      <translation>无法联系举报人</translation>
    </message>
    <message>
      <source>at %1 with %2</source>
      <translation>地点：%1，参加人员：%2</translation>
    </message>
    <message>
      <source>informant's reaction: %1</source>
      <translation>举报人反映：%1</translation>
    </message>
    <message>
      <source>reason: %1</source>
      <translation>原因：%1</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>举报方式</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Reported unit</source>
      <translation>被举报人单位</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>举报次数</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>到期</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>已超期</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>The printer could not be opened. Nothing was printed; check that it is switched on and connected.</source>
      <translation>无法连接打印机，未打印任何内容。请检查打印机是否已开机并连接。</translation>
    </message>
    <message>
      <source>Secret</source>
      <translation>秘密</translation>
    </message>
    <message>
      <source>Confidential</source>
      <translation>机密</translation>
    </message>
    <message>
      <source>Top secret</source>
      <translation>绝密</translation>
    </message>
    <message>
      <source> years</source>
      <translation> 年</translation>
    </message>
    <message>
      <source>URGENT assistance request</source>
      <translation>紧急援助申请</translation>
    </message>
    <message>
      <source>%1 at %2</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>Art %1</source>
      <translation>第%1条</translation>
    </message>
    <message>
      <source>Chapter %1</source>
      <translation>第%1章</translation>
    </message>
  </context>
  <context>
    <name>LeadsSection</name>
    <message>
      <source>Register</source>
      <translation>线索登记簿</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>已超期</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>统计概览</translation>
    </message>
    <message>
      <source>Printing</source>
      <translation>打印</translation>
    </message>
    <message>
      <source>New lead</source>
      <translation>登记新线索</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>导入</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <source>LeadVault is locked</source>
      <translation>工作站已锁定</translation>
    </message>
    <message>
      <source>The card was removed.</source>
      <translation>智能卡已拔出。</translation>
    </message>
    <message>
      <source>The card swap was not finished in time, or was cancelled while your card was out.</source>
      <translation>换卡未在规定时间内完成，或在您的智能卡拔出期间被取消。</translation>
    </message>
    <message>
      <source>Locked after a period without activity.</source>
      <translation>因长时间无操作已自动锁定。</translation>
    </message>
    <message>
      <source>Locked on request.</source>
      <translation>已按要求锁定。</translation>
    </message>
    <message>
      <source>The check of the vault database found damage, so the vault was locked. Restore a backup and report this to the chief procurator.</source>
      <translation>校验发现保险库数据库已损坏，已锁定保险库。请用备份恢复，并报告检察长。</translation>
    </message>
    <message>
      <source>Unlock with your password and PIN.</source>
      <translation>请输入密码和 PIN 解锁。</translation>
    </message>
    <message>
      <source>Insert your smart card to unlock.</source>
      <translation>请插入您的智能卡以解锁。</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>解锁</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>LeadVault — Reporting centre confidential workstation</source>
      <translation>举报线索保密工作站</translation>
    </message>
    <message>
      <source>[DEMO] %1</source>
      <translation>【演示】%1</translation>
    </message>
    <message>
      <source>&amp;Workstation</source>
      <translation>工作站(&amp;W)</translation>
    </message>
    <message>
      <source>&amp;Lock</source>
      <translation>锁定(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Check the vault database now</source>
      <translation>立即校验保险库数据库(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Manual</source>
      <translation>使用手册(&amp;M)</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
      <source>&amp;About LeadVault</source>
      <translation>关于本系统(&amp;A)</translation>
    </message>
    <message>
      <source>DEVELOPMENT FOLDER: this vault accepts test cards and the virtual card reader. It is for developers and tests, never for a reporting centre.</source>
      <translation>开发用文件夹：本保险库接受测试卡和虚拟读卡器，仅供开发和测试使用，不得用于举报中心。</translation>
    </message>
    <message>
      <source>This computer is connected to a network (%1). The special computer must be physically isolated: unplug the cable or switch off the wireless now.</source>
      <translation>本机已连接网络（%1）。专用计算机必须与网络物理隔离：请立即拔出网线或关闭无线网络。</translation>
    </message>
  </context>
  <context>
    <name>ManualDialog</name>
    <message>
      <source>LeadVault manual</source>
      <translation>使用手册</translation>
    </message>
    <message>
      <source>Manual for:</source>
      <translation>手册对象：</translation>
    </message>
    <message>
      <source>the chief procurator</source>
      <translation>检察长</translation>
    </message>
    <message>
      <source>the clerk</source>
      <translation>内勤</translation>
    </message>
    <message>
      <source>leaders and staff (viewers)</source>
      <translation>院领导和工作人员（查阅人）</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message numerus="yes">
      <source>Wrong PIN. %n more wrong PIN(s) will block the card.</source>
      <translation>
        <numerusform>PIN 错误。再错 %n 次，智能卡将被锁死。</numerusform>
      </translation>
    </message>
    <message>
      <source>none was given</source>
      <translation>未获批准</translation>
    </message>
    <message>
      <source>it has expired</source>
      <translation>已过期</translation>
    </message>
    <message>
      <source>it does not cover this</source>
      <translation>不包括此项</translation>
    </message>
    <message>
      <source>its signature does not verify</source>
      <translation>签名无法校验</translation>
    </message>
    <message>
      <source>The card's PIN is blocked. Ask the chief procurator to have it reset.</source>
      <translation>该卡的 PIN 已被锁死，请报检察长安排重置。</translation>
    </message>
    <message>
      <source>The card was removed. Insert it again and retry.</source>
      <translation>智能卡已拔出，请重新插入后再试。</translation>
    </message>
    <message>
      <source>There is no card in the reader.</source>
      <translation>读卡器中没有智能卡。</translation>
    </message>
    <message>
      <source>This card is not a LeadVault (OpenPGP) card.</source>
      <translation>此卡不是本系统使用的（OpenPGP）智能卡。</translation>
    </message>
    <message>
      <source>The card holds no keys yet. It must be prepared during enrolment.</source>
      <translation>此卡尚无密钥，须在登记人员时初始化。</translation>
    </message>
    <message>
      <source>The card reader is not connected.</source>
      <translation>读卡器未连接。</translation>
    </message>
    <message>
      <source>The smart card service is not running. Contact the administrator.</source>
      <translation>智能卡服务未运行，请联系管理员。</translation>
    </message>
    <message>
      <source>The PIN has the wrong length (at least 6 digits).</source>
      <translation>PIN 长度不正确（至少 6 位数字）。</translation>
    </message>
    <message>
      <source>Another program is using the card. Close it and retry.</source>
      <translation>另一程序正在使用智能卡，请关闭后重试。</translation>
    </message>
    <message>
      <source>The password is wrong.</source>
      <translation>密码错误。</translation>
    </message>
    <message>
      <source>This card is not enrolled on this workstation.</source>
      <translation>此卡未在本工作站登记。</translation>
    </message>
    <message>
      <source>This card does not hold the keys enrolled for it. It may be a copy.</source>
      <translation>此卡中的密钥与登记时不符，可能是仿冒卡。</translation>
    </message>
    <message>
      <source>This computer's key store does not hold the workstation key: the vault was copied or the key store was reset. Use the sealed recovery sheet to recover.</source>
      <translation>本机密钥库中没有本工作站的机器密钥：数据可能被复制到了其他计算机，或密钥库被重置。请使用封存的恢复单进行恢复。</translation>
    </message>
    <message>
      <source>No secure key store is available on this computer.</source>
      <translation>本机没有可用的安全密钥库。</translation>
    </message>
    <message>
      <source>There is no vault in the data folder.</source>
      <translation>数据文件夹中没有保险库。</translation>
    </message>
    <message>
      <source>A vault already exists in that folder.</source>
      <translation>该文件夹中已有保险库。</translation>
    </message>
    <message>
      <source>The vault is already open in another window or program.</source>
      <translation>保险库已在另一窗口或程序中打开。</translation>
    </message>
    <message>
      <source>The vault's key file is damaged and its backup too. Use recovery.</source>
      <translation>保险库密钥文件及其备份均已损坏，请使用恢复码恢复。</translation>
    </message>
    <message>
      <source>The vault's key file was changed outside LeadVault. Report this.</source>
      <translation>保险库密钥文件被本系统以外的程序改动过，请立即报告。</translation>
    </message>
    <message>
      <source>The vault's password protection is set weaker than allowed (at least 64 MiB and 2 passes): the key file was changed. Nothing was opened; report this.</source>
      <translation>保险库的口令保护参数低于允许的最低值（至少 64 MiB 内存、2 轮）：密钥文件已被改动。未打开任何内容，请报告。</translation>
    </message>
    <message>
      <source>The list of enrolled users is not signed by the chief procurator's card (%1). Nothing was opened; report this to the chief procurator.</source>
      <translation>已登记用户名册没有检察长智能卡的有效签名（%1）。未打开任何内容，请向检察长报告。</translation>
    </message>
    <message>
      <source>This vault has no signed list of users yet. The chief procurator must unlock it first with his card to sign one.</source>
      <translation>该保险库尚无签名的用户名册。须由检察长先用本人智能卡解锁并签署名册。</translation>
    </message>
    <message>
      <source>This card's key slot is not on the user list the chief procurator signed. Nothing was opened; report this to the chief procurator.</source>
      <translation>此卡的密钥槽不在检察长签署的用户名册上。未打开任何内容，请向检察长报告。</translation>
    </message>
    <message>
      <source>This card's key slot claims a role the chief procurator's signed user list does not give it: the key file was changed. Nothing was opened; report this.</source>
      <translation>此卡的密钥槽声称的角色与检察长签署的用户名册不符：密钥文件已被改动。未打开任何内容，请报告。</translation>
    </message>
    <message>
      <source>This card is not the chief procurator's card that the signed user list names: its signature does not verify. Nothing was opened.</source>
      <translation>此卡不是签名名册所登记的检察长智能卡：其签名无法通过校验。未打开任何内容。</translation>
    </message>
    <message>
      <source>This card remembers checkpoint %1 of the audit trail, and the data folder does not hold it unchanged: the folder was restored from an older copy or its records were rewritten. Nothing was opened; report this at once.</source>
      <translation>此卡记有审计链第 %1 条检查点，而数据文件夹中没有原样保存该检查点：文件夹被旧副本替换，或其记录被改写。未打开任何内容，请立即报告。</translation>
    </message>
    <message>
      <source>This card belongs to another vault (each card serves one vault only).</source>
      <translation>此卡属于另一个保险库（每张卡只能用于一个保险库）。</translation>
    </message>
    <message>
      <source>This card cannot keep the vault's checkpoint (it has no private data objects). Keyholders need an OpenPGP 3.4 card that has them.</source>
      <translation>此卡无法保存保险库检查点（没有私有数据对象）。持钥人须使用具备该功能的 OpenPGP 3.4 卡。</translation>
    </message>
    <message>
      <source>This computer's clock (%1) is earlier than the last audit record (%2): it was set back. Only the chief procurator's unlock can confirm the date. Nothing was opened.</source>
      <translation>本机时钟（%1）早于最后一条审计记录的时间（%2）：时钟被调回。只有检察长解锁才能确认日期。未打开任何内容。</translation>
    </message>
    <message>
      <source>You are enrolled as a viewer: your card opens only what the chief procurator grants you, never the register itself. Nothing was opened.</source>
      <translation>您登记为查阅人：您的智能卡只能打开检察长批准给您的内容，不能打开登记簿本身。未打开任何内容。</translation>
    </message>
    <message>
      <source>This card holds the vault's keys: unlock the vault with it instead.</source>
      <translation>此卡持有保险库密钥，请直接用它解锁保险库。</translation>
    </message>
    <message>
      <source>This is a test card, for development only; this vault accepts only real cards. Nothing was opened.</source>
      <translation>这是仅供开发使用的测试卡；本保险库只接受正式智能卡。未打开任何内容。</translation>
    </message>
    <message>
      <source>The last clerk cannot be removed: enrol another clerk first.</source>
      <translation>不能移除最后一名专人：请先登记另一名专人。</translation>
    </message>
    <message>
      <source>This is your own card, not the new one. Nothing was changed.</source>
      <translation>这是您自己的智能卡，不是新卡。未做任何更改。</translation>
    </message>
    <message>
      <source>This is not your card (%1). Nothing was changed.</source>
      <translation>这不是您的智能卡（%1）。未做任何更改。</translation>
    </message>
    <message>
      <source>This card (%1) is not a chief procurator's card: it cannot sign the change. Its PIN was not asked for.</source>
      <translation>此智能卡（%1）不是检察长的智能卡，不能签署此项变更。未要求输入其 PIN 码。</translation>
    </message>
    <message>
      <source>The chief procurator has not signed a checkpoint of the audit trail for too long: until he unlocks with his card, only new reports can be recorded. Nothing was changed.</source>
      <translation>检察长已超过规定期限未签署审计链检查点：在他用本人智能卡解锁之前，只能登记新的举报。未作任何更改。</translation>
    </message>
    <message>
      <source>This needs the chief procurator's approval, and there is no valid one (%1). Nothing was changed; file a request.</source>
      <translation>此操作需经检察长批准，但没有有效的批准（%1）。未作任何更改，请提出申请。</translation>
    </message>
    <message>
      <source>The approval could not be handled. Nothing was changed.</source>
      <translation>无法处理该批准事项，未作任何更改。</translation>
    </message>
    <message>
      <source>Not recorded: give who examined it, or a reward's amount and basis (at most 200 characters). Nothing was changed.</source>
      <translation>未登记：请填写鉴定单位，或奖励的金额和依据（不超过 200 字）。未作任何更改。</translation>
    </message>
    <message>
      <source>There is no such request.</source>
      <translation>没有该申请。</translation>
    </message>
    <message>
      <source>This request has already been decided. Nothing was changed.</source>
      <translation>该申请已有决定，未作任何更改。</translation>
    </message>
    <message>
      <source>A decision may narrow the scope or shorten the time asked for, never widen them. Nothing was signed.</source>
      <translation>决定只能缩小申请的范围或缩短期限，不能扩大。未签署任何内容。</translation>
    </message>
    <message>
      <source>The request names a lead or user that does not exist. Nothing was filed.</source>
      <translation>申请所列的线索或用户不存在，未提交任何申请。</translation>
    </message>
    <message>
      <source>This grant has expired; it no longer opens. Ask again if you still need it.</source>
      <translation>该授权已过期，无法再打开。如仍需查阅，请重新申请。</translation>
    </message>
    <message>
      <source>There is no such grant for you: it was revoked, has expired and was removed, or was granted to someone else.</source>
      <translation>没有授权给您的此项内容：可能已被撤销、已过期并删除，或授权给了他人。</translation>
    </message>
    <message>
      <source>The chief procurator did not grant the informant's identity.</source>
      <translation>检察长未授权查看举报人身份信息。</translation>
    </message>
    <message>
      <source>This grant does not verify (%1): it was altered or is not yours. Nothing was shown; report this to the chief procurator.</source>
      <translation>该授权未通过验证（%1）：已被篡改或不属于您。未显示任何内容；请报告检察长。</translation>
    </message>
    <message>
      <source>Requests cannot be sent yet: the chief procurator has not signed a checkpoint this computer can trust. Ask him to unlock LeadVault once. Nothing was filed.</source>
      <translation>暂时无法提交申请：检察长尚未签署本机可信的检查点。请检察长解锁一次本系统。未提交任何申请。</translation>
    </message>
    <message>
      <source>The card in the reader is not the one you unlocked with. Nothing was signed.</source>
      <translation>读卡器中的智能卡不是您解锁时使用的卡。未签名任何内容。</translation>
    </message>
    <message>
      <source>Only an approved viewing request of a viewer becomes a grant.</source>
      <translation>只有查阅人经批准的查阅申请才能生成授权。</translation>
    </message>
    <message>
      <source>A sealed item does not open with this key: it was altered. Nothing was shown.</source>
      <translation>加密内容无法用此密钥打开：已被篡改。未显示任何内容。</translation>
    </message>
    <message>
      <source>The request is incomplete: give its subjects, a reason (at most 200 characters) and a time of 1 hour to 90 days. Nothing was filed.</source>
      <translation>申请不完整：请列明对象、事由（不超过 200 字）和 1 小时至 90 天的期限。未提交任何申请。</translation>
    </message>
    <message>
      <source>The signed user list does not verify (%1). Nothing was changed; report this to the chief procurator.</source>
      <translation>签名的用户名册校验未通过（%1）。未作任何更改，请向检察长报告。</translation>
    </message>
    <message>
      <source>A record signed by the chief procurator's card is damaged or not in LeadVault's form. Nothing was changed; report this to the chief procurator.</source>
      <translation>一份由检察长智能卡签名的记录已损坏或格式不符，未作任何更改；请报告检察长。</translation>
    </message>
    <message>
      <source>The audit trail refused to record identity or content. Nothing was changed; report this to the administrator.</source>
      <translation>审计日志拒绝记录身份或内容信息，未作任何更改；请报告管理员。</translation>
    </message>
    <message>
      <source>The vault database is damaged. Nothing was changed; restore a backup.</source>
      <translation>保险库数据库已损坏。未做任何改动，请恢复备份。</translation>
    </message>
    <message>
      <source>The vault database is older than its audit record: it was replaced by an old copy. Report this to the chief procurator.</source>
      <translation>保险库数据库比审计记录旧：已被旧副本替换。请报告检察长。</translation>
    </message>
    <message numerus="yes">
      <source>Too many failed attempts. Wait %n second(s) and try again.</source>
      <translation>
        <numerusform>失败次数过多，请等待 %n 秒后再试。</numerusform>
      </translation>
    </message>
    <message>
      <source>This card is already enrolled for someone else.</source>
      <translation>此卡已登记给他人。</translation>
    </message>
    <message>
      <source>A user with this name is already enrolled.</source>
      <translation>已登记同名用户。</translation>
    </message>
    <message>
      <source>The recovery code is mistyped. Check it against the sheet.</source>
      <translation>恢复码输入有误，请对照恢复单核对。</translation>
    </message>
    <message>
      <source>This recovery code does not belong to this vault.</source>
      <translation>此恢复码不属于本保险库。</translation>
    </message>
    <message>
      <source>The chief procurator's signature did not verify. Nothing was changed.</source>
      <translation>检察长的签名验证未通过，未做任何改动。</translation>
    </message>
    <message>
      <source>There is no such user on this workstation.</source>
      <translation>本工作站没有此用户。</translation>
    </message>
    <message>
      <source>The last chief procurator cannot be removed.</source>
      <translation>不能删除最后一位检察长。</translation>
    </message>
    <message>
      <source>The card refused the command. Take it out, insert it again and retry.</source>
      <translation>智能卡拒绝了该指令，请拔出后重新插入再试。</translation>
    </message>
    <message>
      <source>The card gave an answer that could not be read. Retry with the card re-inserted.</source>
      <translation>智能卡的应答无法识别，请重新插卡后再试。</translation>
    </message>
    <message>
      <source>The card needs the PIN for this step.</source>
      <translation>此步骤需要输入智能卡 PIN。</translation>
    </message>
    <message>
      <source>The card's keys are of a kind LeadVault does not use.</source>
      <translation>此卡的密钥类型不受本系统支持。</translation>
    </message>
    <message>
      <source>This card has been reset to factory state and must be enrolled again.</source>
      <translation>此卡已恢复出厂状态，须重新登记。</translation>
    </message>
    <message>
      <source>This card cannot keep LeadVault's checkpoint record (it has no private data objects). Use a card that supports OpenPGP 3.4 private data objects.</source>
      <translation>此智能卡无法保存 LeadVault 的检查点记录（不支持私有数据对象），请使用支持 OpenPGP 3.4 私有数据对象的智能卡。</translation>
    </message>
    <message>
      <source>The smart card service reported an error. Re-insert the card and retry.</source>
      <translation>智能卡服务报告错误，请重新插卡后再试。</translation>
    </message>
    <message>
      <source>The vault database is missing from the data folder.</source>
      <translation>数据文件夹中缺少保险库数据库。</translation>
    </message>
    <message>
      <source>A vault database already exists there.</source>
      <translation>该处已存在保险库数据库。</translation>
    </message>
    <message>
      <source>The vault database does not match its key file.</source>
      <translation>保险库数据库与其密钥文件不匹配。</translation>
    </message>
    <message>
      <source>The vault was written by a newer LeadVault. Update this workstation first.</source>
      <translation>保险库由更新版本的本系统写入，请先升级本工作站软件。</translation>
    </message>
    <message>
      <source>Updating the vault's structure failed. Nothing was changed.</source>
      <translation>保险库结构升级失败，未做任何改动。</translation>
    </message>
    <message>
      <source>The change breaks a rule of the vault and was refused.</source>
      <translation>此项改动违反保险库规则，已被拒绝。</translation>
    </message>
    <message>
      <source>The record was not found.</source>
      <translation>未找到该记录。</translation>
    </message>
    <message>
      <source>Your role (%1) may not do this. Nothing was changed.</source>
      <translation>您的角色（%1）无权执行此操作，未作任何更改。</translation>
    </message>
    <message>
      <source>The card of %1 was not inserted in time. Nothing was created; try again.</source>
      <translation>未及时插入%1的智能卡，未创建任何内容，请重试。</translation>
    </message>
    <message>
      <source>The vault refused the operation. Nothing was changed.</source>
      <translation>保险库拒绝了此操作，未做任何改动。</translation>
    </message>
    <message>
      <source>The card could not complete the operation. Re-insert it and retry.</source>
      <translation>智能卡未能完成操作，请重新插卡后再试。</translation>
    </message>
    <message>
      <source>The vault database refused the operation. Nothing was changed.</source>
      <translation>保险库数据库拒绝了此操作，未做任何改动。</translation>
    </message>
    <message>
      <source>The disk refused the operation (%1). Nothing was changed.</source>
      <translation>磁盘拒绝了此操作（%1）。未做任何改动。</translation>
    </message>
    <message>
      <source>Something went wrong (%1). Nothing was changed.</source>
      <translation>操作出错（%1）。未做任何改动。</translation>
    </message>
    <message>
      <source>Enter the name of the procuratorate.</source>
      <translation>请输入检察院名称。</translation>
    </message>
    <message>
      <source>The unit name is too long (60 characters at most).</source>
      <translation>单位名称过长（最多 60 个字）。</translation>
    </message>
    <message>
      <source>The unit code is exactly six digits.</source>
      <translation>单位代码必须是 6 位数字。</translation>
    </message>
    <message>
      <source>Choose a full folder path.</source>
      <translation>请选择完整的文件夹路径。</translation>
    </message>
    <message>
      <source>That folder already holds a vault.</source>
      <translation>该文件夹中已有保险库。</translation>
    </message>
    <message>
      <source>Choose an empty or new folder.</source>
      <translation>请选择空文件夹或新文件夹。</translation>
    </message>
    <message>
      <source>LeadVault may not write in that folder.</source>
      <translation>本系统无权写入该文件夹。</translation>
    </message>
    <message>
      <source>Run the key derivation test first.</source>
      <translation>请先完成本机性能测定。</translation>
    </message>
    <message>
      <source>Enter the person's name.</source>
      <translation>请输入姓名。</translation>
    </message>
    <message>
      <source>The name is too long.</source>
      <translation>姓名过长。</translation>
    </message>
    <message>
      <source>Insert this person's card and read it.</source>
      <translation>请插入此人的智能卡并读卡。</translation>
    </message>
    <message>
      <source>This card is already used by another person.</source>
      <translation>此卡已由他人使用。</translation>
    </message>
    <message>
      <source>The password is too weak.</source>
      <translation>密码强度不足。</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
      <source>The PIN is 6 or more digits.</source>
      <translation>PIN 为 6 位或以上数字。</translation>
    </message>
    <message>
      <source>Enrol at least one clerk.</source>
      <translation>请至少登记一名专人。</translation>
    </message>
    <message>
      <source>Confirm that the recovery sheet is printed or the code written down.</source>
      <translation>请确认恢复单已打印或恢复码已抄录。</translation>
    </message>
    <message>
      <source>at least 12 characters</source>
      <translation>至少 12 个字符</translation>
    </message>
    <message>
      <source>a well-known password</source>
      <translation>常见密码</translation>
    </message>
    <message>
      <source>too many repeated characters</source>
      <translation>重复字符过多</translation>
    </message>
    <message>
      <source>a keyboard or number run</source>
      <translation>键盘或数字连续序列</translation>
    </message>
    <message>
      <source>mix letters, digits and signs</source>
      <translation>请混合使用字母、数字和符号</translation>
    </message>
    <message>
      <source>very weak</source>
      <translation>很弱</translation>
    </message>
    <message>
      <source>weak</source>
      <translation>弱</translation>
    </message>
    <message>
      <source>fair</source>
      <translation>中等</translation>
    </message>
    <message>
      <source>strong</source>
      <translation>强</translation>
    </message>
    <message>
      <source>very strong</source>
      <translation>很强</translation>
    </message>
    <message>
      <source>The set-up steps got out of order. Nothing was created; start again.</source>
      <translation>设置步骤顺序错乱，未创建任何内容；请重新开始。</translation>
    </message>
  </context>
  <context>
    <name>NewCardScreen</name>
    <message>
      <source>Enrol %1</source>
      <translation>登记%1</translation>
    </message>
    <message>
      <source>Replace the card of %1</source>
      <translation>为%1更换智能卡</translation>
    </message>
    <message>
      <source>New user's password</source>
      <translation>新用户的密码</translation>
    </message>
    <message>
      <source>New password of the user</source>
      <translation>该用户的新密码</translation>
    </message>
    <message>
      <source>Password again</source>
      <translation>再次输入密码</translation>
    </message>
    <message>
      <source>PIN of the new card</source>
      <translation>新智能卡的 PIN 码</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>继续</translation>
    </message>
    <message>
      <source>Your card PIN</source>
      <translation>您的智能卡 PIN 码</translation>
    </message>
    <message>
      <source>Your password</source>
      <translation>您的密码</translation>
    </message>
    <message>
      <source>Sign the change</source>
      <translation>签署变更</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Take your card out of the reader, then insert the new user's prepared card.</source>
      <translation>请从读卡器中拔出您的智能卡，然后插入为新用户准备好的智能卡。</translation>
    </message>
    <message>
      <source>Insert the new user's prepared card.</source>
      <translation>请插入为新用户准备好的智能卡。</translation>
    </message>
    <message>
      <source>Put your own card back in the reader.</source>
      <translation>请将您自己的智能卡插回读卡器。</translation>
    </message>
    <message>
      <source>Reading the card…</source>
      <translation>正在读卡…</translation>
    </message>
    <message>
      <source>Card %1: the new user types her new password twice and the PIN of this card.</source>
      <translation>智能卡 %1：请新用户输入两次新密码以及此卡的 PIN 码。</translation>
    </message>
    <message>
      <source>Take this card out and insert the new user's prepared card.</source>
      <translation>请拔出此卡，插入为新用户准备好的智能卡。</translation>
    </message>
    <message>
      <source>The new passwords differ.</source>
      <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
      <source>The new password is too weak.</source>
      <translation>新密码强度不足。</translation>
    </message>
    <message>
      <source>Checking the new card with its PIN…</source>
      <translation>正在用 PIN 码核验新智能卡…</translation>
    </message>
    <message>
      <source>Take the new user's card out and put your own card back in the reader.</source>
      <translation>请拔出新用户的智能卡，将您自己的智能卡插回读卡器。</translation>
    </message>
    <message>
      <source>Take this card out and put your own card back in the reader.</source>
      <translation>请拔出此卡，将您自己的智能卡插回读卡器。</translation>
    </message>
    <message>
      <source>Your card signs the change: give its PIN.</source>
      <translation>由您的智能卡签署此项变更：请输入其 PIN 码。</translation>
    </message>
    <message>
      <source>Signing and saving the change…</source>
      <translation>正在签署并保存变更…</translation>
    </message>
    <message>
      <source>Cancelled: nothing was changed.</source>
      <translation>已取消：未做任何更改。</translation>
    </message>
    <message>
      <source>Time left to put your card back: %1 s</source>
      <translation>插回您的智能卡的剩余时间：%1 秒</translation>
    </message>
  </context>
  <context>
    <name>NewLeadForm</name>
    <message>
      <source>Lead</source>
      <translation>线索</translation>
    </message>
    <message>
      <source>Surrender (not a report)</source>
      <translation>投案自首（非举报）</translation>
    </message>
    <message>
      <source>About our own staff</source>
      <translation>涉及本院工作人员</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>举报方式</translation>
    </message>
    <message>
      <source>Received at</source>
      <translation>受理时间</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Report text (as received)</source>
      <translation>举报内容（原文）</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Reference number</source>
      <translation>参考编号</translation>
    </message>
    <message>
      <source>Materials kept at</source>
      <translation>材料存放位置</translation>
    </message>
    <message>
      <source>Reported person</source>
      <translation>被举报人</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Post</source>
      <translation>职务</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>级别</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>地区</translation>
    </message>
    <message>
      <source>Further reported persons</source>
      <translation>其他被举报人</translation>
    </message>
    <message>
      <source>Informant (optional; encrypted)</source>
      <translation>举报人（选填，加密保存）</translation>
    </message>
    <message>
      <source>Name (relation) phone; …</source>
      <translation>姓名（关系）电话；姓名（关系）…</translation>
    </message>
    <message>
      <source>The informant confirms making this report</source>
      <translation>举报人确认本人举报</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>身份证号码</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>住址</translation>
    </message>
    <message>
      <source>Phones</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <source>Relatives to protect</source>
      <translation>需保护的近亲属</translation>
    </message>
    <message>
      <source>Told of the liability for a false accusation (CPL Art 111)</source>
      <translation>已告知诬告应负的法律责任（刑事诉讼法第一百一十一条）</translation>
    </message>
    <message>
      <source>Received in person</source>
      <translation>当面受理</translation>
    </message>
    <message>
      <source>Names, separated by commas</source>
      <translation>姓名，用逗号分隔</translation>
    </message>
    <message>
      <source>Transcript read back to the informant</source>
      <translation>笔录已向举报人宣读</translation>
    </message>
    <message>
      <source>Transcript signed and fingerprinted</source>
      <translation>笔录已签名并按指印</translation>
    </message>
    <message>
      <source>Informant consents to audio/video recording</source>
      <translation>举报人同意录音录像</translation>
    </message>
    <message>
      <source>One item a line, e.g. receipts ×3</source>
      <translation>每行一项，例如：收据 ×3</translation>
    </message>
    <message>
      <source>Receiving staff</source>
      <translation>接待人员</translation>
    </message>
    <message>
      <source>Items received</source>
      <translation>接收物品</translation>
    </message>
    <message>
      <source>Letter or fax</source>
      <translation>来信或传真</translation>
    </message>
    <message>
      <source>Postmark legible</source>
      <translation>邮戳可辨认</translation>
    </message>
    <message>
      <source>e.g. smudged, only the province legible</source>
      <translation>如：邮戳模糊，仅能辨认省名</translation>
    </message>
    <message>
      <source>Envelope kept</source>
      <translation>信封已留存</translation>
    </message>
    <message>
      <source>Postmark date</source>
      <translation>邮戳日期</translation>
    </message>
    <message>
      <source>Postmark illegible</source>
      <translation>邮戳无法辨认</translation>
    </message>
    <message>
      <source>Sent from</source>
      <translation>寄出地</translation>
    </message>
    <message>
      <source>Record lead</source>
      <translation>登记线索</translation>
    </message>
    <message>
      <source>Clear form</source>
      <translation>清空表单</translation>
    </message>
    <message>
      <source>Some fields need attention: see the marks next to them.</source>
      <translation>部分栏目需要修改：请看栏目旁的提示。</translation>
    </message>
    <message>
      <source>The report was added to the existing lead as a repeat report.</source>
      <translation>该举报已作为重复举报并入原线索。</translation>
    </message>
    <message>
      <source>Recording…</source>
      <translation>正在登记…</translation>
    </message>
    <message>
      <source>Lead %1 was recorded.</source>
      <translation>线索 %1 已登记。</translation>
    </message>
    <message>
      <source>Possible repeat of: %1</source>
      <translation>可能与以下线索重复：%1</translation>
    </message>
  </context>
  <context>
    <name>PasswordPanel</name>
    <message>
      <source>My password</source>
      <translation>我的密码</translation>
    </message>
    <message>
      <source>Change my password…</source>
      <translation>修改我的密码…</translation>
    </message>
    <message>
      <source>Fill in every field.</source>
      <translation>请填写所有栏目。</translation>
    </message>
    <message>
      <source>The new passwords differ.</source>
      <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
      <source>The new password is too weak.</source>
      <translation>新密码强度不足。</translation>
    </message>
    <message>
      <source>Change my password</source>
      <translation>修改我的密码</translation>
    </message>
    <message>
      <source>Your card stays in the reader: the vault checks it and your PIN again.</source>
      <translation>请将智能卡留在读卡器中：系统将再次核验智能卡和 PIN 码。</translation>
    </message>
    <message>
      <source>Current password</source>
      <translation>当前密码</translation>
    </message>
    <message>
      <source>New password</source>
      <translation>新密码</translation>
    </message>
    <message>
      <source>New password again</source>
      <translation>再次输入新密码</translation>
    </message>
    <message>
      <source>Card PIN</source>
      <translation>智能卡 PIN</translation>
    </message>
    <message>
      <source>Your password was changed.</source>
      <translation>密码已修改。</translation>
    </message>
  </context>
  <context>
    <name>PersonForm</name>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Read card</source>
      <translation>读卡</translation>
    </message>
    <message>
      <source>Prepare blank card</source>
      <translation>初始化空白卡</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>智能卡</translation>
    </message>
    <message>
      <source>No card read yet.</source>
      <translation>尚未读卡。</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <source>Password again</source>
      <translation>再次输入密码</translation>
    </message>
    <message>
      <source>Strength</source>
      <translation>强度</translation>
    </message>
    <message>
      <source>Card PIN</source>
      <translation>智能卡 PIN</translation>
    </message>
    <message>
      <source>Reading the card…</source>
      <translation>正在读卡…</translation>
    </message>
    <message>
      <source>Card %1 is blank. Prepare it to generate its keys.</source>
      <translation>卡 %1 为空白卡，请初始化以生成密钥。</translation>
    </message>
    <message>
      <source>Card %1 is already enrolled.</source>
      <translation>卡 %1 已登记。</translation>
    </message>
    <message>
      <source>Card %1 (%2), PIN tries left: %3</source>
      <translation>卡 %1（%2），PIN 剩余尝试次数：%3</translation>
    </message>
    <message>
      <source>Enter the name first: it is written on the card.</source>
      <translation>请先输入姓名：姓名将写入智能卡。</translation>
    </message>
    <message>
      <source>Generating keys on the card…</source>
      <translation>正在卡内生成密钥…</translation>
    </message>
  </context>
  <context>
    <name>PersonsTable</name>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Post</source>
      <translation>职务</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>级别</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>地区</translation>
    </message>
    <message>
      <source>Add a person</source>
      <translation>添加一人</translation>
    </message>
    <message>
      <source>Remove the selected person</source>
      <translation>删除所选人员</translation>
    </message>
  </context>
  <context>
    <name>PinField</name>
    <message>
      <source>Card PIN</source>
      <translation>智能卡 PIN</translation>
    </message>
  </context>
  <context>
    <name>PlanDialog</name>
    <message>
      <source>Protection plan, lead %1</source>
      <translation>保护方案（线索 %1）</translation>
    </message>
    <message>
      <source>One measure a line</source>
      <translation>每行一项措施</translation>
    </message>
    <message>
      <source>Measures</source>
      <translation>保护措施</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>责任人</translation>
    </message>
    <message>
      <source>Review on</source>
      <translation>复查日期</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <source>Preparing the preview…</source>
      <translation>正在生成预览…</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <source>Export PDF…</source>
      <translation>导出 PDF…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Copy No. %1 · %2 page(s). Every further copy gets its own copy number.</source>
      <translation>份号 %1 · 共 %2 页。每多打印一份都有各自的份号。</translation>
    </message>
    <message>
      <source>Choose a printer; use Export to make a file.</source>
      <translation>请选择打印机；如需生成文件，请使用“导出”。</translation>
    </message>
    <message>
      <source>Printing…</source>
      <translation>正在打印…</translation>
    </message>
    <message>
      <source>Printed %1 copy(ies): copy No. %2.</source>
      <translation>已打印 %1 份：份号 %2。</translation>
    </message>
    <message>
      <source>Export PDF</source>
      <translation>导出 PDF</translation>
    </message>
    <message>
      <source>Exported copy No. %1 to %2.</source>
      <translation>已将份号 %1 导出到 %2。</translation>
    </message>
    <message>
      <source>Choose a printer: this document is printed on paper only, never to a file.</source>
      <translation>请选择打印机：此文件只能打印在纸上，不得打印到文件。</translation>
    </message>
    <message>
      <source>The print system's settings (%1) cannot be read, so it is unknown whether it keeps a copy of what it prints. Nothing was printed and no copy number was spent. Ask the administrator to check them.</source>
      <translation>无法读取打印系统的设置（%1），无法确认其是否会留存所打印内容的副本。未打印任何内容，未占用副本编号。请联系管理员检查设置。</translation>
    </message>
    <message>
      <source>The print system refused the job. Nothing was printed and no copy number was spent.</source>
      <translation>打印系统拒绝了本次打印任务。未打印任何内容，未占用副本编号。</translation>
    </message>
    <message>
      <source>The printer could not be opened. Nothing was printed.</source>
      <translation>无法打开打印机，未打印任何内容。</translation>
    </message>
    <message>
      <source>The print system is not running. Nothing was printed and no copy number was spent. Ask the administrator to start the print service (CUPS).</source>
      <translation>打印系统未运行，未打印任何内容，也未占用份号。请管理员启动打印服务（CUPS）。</translation>
    </message>
    <message>
      <source>The printer did not finish the job%1. It was removed from the print queue; its copy numbers are spent and recorded as not printed. Check the printer, then print again.</source>
      <translation>打印机未完成该任务%1。该任务已从打印队列中移除；其份号已占用并登记为未打印。请检查打印机后重新打印。</translation>
    </message>
    <message>
      <source>Printed, but the print system still holds part of the job (%1). Tell the administrator: the print system must keep no job files.</source>
      <translation>已打印，但打印系统中仍留有本次任务的部分内容（%1）。请告知管理员：打印系统不得留存任何打印任务文件。</translation>
    </message>
    <message>
      <source>The field “%1” holds characters the print font cannot draw (%2). Rephrase it, or leave a gap and write the character by hand. No copy number was spent.</source>
      <translation>“%1”中有打印字体无法显示的字符（%2）。请改写，或留空后手写该字。未占用份号。</translation>
    </message>
    <message>
      <source>Only a sealed bag gets a cover sheet or seal labels.</source>
      <translation>只有已密封的机要袋才能打印封面或封条。</translation>
    </message>
    <message>
      <source>The value of “%1” cannot be printed: %2.</source>
      <translation>“%1”的内容无法打印：%2。</translation>
    </message>
    <message>
      <source>The return address must not name the procuratorate (“%1”).</source>
      <translation>回信地址不得出现检察院名称（“%1”）。</translation>
    </message>
    <message>
      <source>This cannot be printed. Nothing was printed.</source>
      <translation>无法打印，未打印任何内容。</translation>
    </message>
    <message>
      <source>This document names an informant. Exporting it to a file needs the chief procurator's approval; print it instead.</source>
      <translation>此文件含有举报人身份信息。导出为文件需要检察长批准；请改为打印。</translation>
    </message>
    <message>
      <source>Note: the print system keeps job files or history on disk; set PreserveJobFiles No and PreserveJobHistory No.</source>
      <translation>注意：打印系统会在磁盘上留存打印任务文件或记录，请将 PreserveJobFiles 和 PreserveJobHistory 均设为 No。</translation>
    </message>
    <message>
      <source>No printer is set up. Nothing was printed and no copy number was spent. Ask the administrator to add the printer.</source>
      <translation>尚未设置打印机。未打印任何内容，未占用副本编号。请联系管理员添加打印机。</translation>
    </message>
    <message>
      <source>The printer “%1” is not set up in the print system. Nothing was printed and no copy number was spent.</source>
      <translation>打印系统中没有名为“%1”的打印机。未打印任何内容，未占用副本编号。</translation>
    </message>
    <message>
      <source>The printer “%1” is stopped%2. Nothing was printed and no copy number was spent. Have it resumed, then print again.</source>
      <translation>打印机“%1”已停止%2，未打印任何内容，也未占用份号。请恢复打印机后重新打印。</translation>
    </message>
    <message>
      <source>The printer “%1” is not accepting jobs%2. Nothing was printed and no copy number was spent. Have it enabled, then print again.</source>
      <translation>打印机“%1”不接受打印任务%2，未打印任何内容，也未占用份号。请启用打印机后重新打印。</translation>
    </message>
    <message>
      <source>paused</source>
      <translation>已暂停</translation>
    </message>
    <message>
      <source>out of paper</source>
      <translation>缺纸</translation>
    </message>
    <message>
      <source>paper jam</source>
      <translation>卡纸</translation>
    </message>
    <message>
      <source>out of toner</source>
      <translation>墨粉耗尽</translation>
    </message>
    <message>
      <source>toner low</source>
      <translation>墨粉不足</translation>
    </message>
    <message>
      <source>cover open</source>
      <translation>盖板打开</translation>
    </message>
    <message>
      <source>door open</source>
      <translation>舱门打开</translation>
    </message>
    <message>
      <source>offline</source>
      <translation>脱机</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <source>aborted</source>
      <translation>已中止</translation>
    </message>
    <message>
      <source> (%1)</source>
      <translation>（%1）</translation>
    </message>
    <message>
      <source>The print system keeps a copy of every job on disk (%1: PreserveJobFiles %2, PreserveJobHistory %3). This document names an informant or holds a secret and is printed only when nothing of it is kept: have the administrator set “PreserveJobFiles No” and “PreserveJobHistory No” there and restart CUPS. Nothing was printed and no copy number was spent.</source>
      <translation>打印系统会在磁盘上留存每一份打印任务的副本（%1：PreserveJobFiles %2，PreserveJobHistory %3）。本文书载有举报人信息或保密内容，只有在打印系统不留存任何内容时方可打印：请管理员在该文件中设置“PreserveJobFiles No”和“PreserveJobHistory No”，并重启 CUPS。未打印任何内容，未占用副本编号。</translation>
    </message>
  </context>
  <context>
    <name>ProtectionPage</name>
    <message>
      <source>Ask for a supplement…</source>
      <translation>要求补充材料…</translation>
    </message>
    <message>
      <source>Supplement received</source>
      <translation>补充材料已收到</translation>
    </message>
    <message>
      <source>Assess risk…</source>
      <translation>风险评估…</translation>
    </message>
    <message>
      <source>Protection plan…</source>
      <translation>保护方案…</translation>
    </message>
    <message>
      <source>Assistance request…</source>
      <translation>援助申请…</translation>
    </message>
    <message>
      <source>Record assistance step…</source>
      <translation>登记援助步骤…</translation>
    </message>
    <message>
      <source>The supplement request was recorded.</source>
      <translation>补充材料要求已登记。</translation>
    </message>
    <message>
      <source>The risk assessment was recorded.</source>
      <translation>风险评估已登记。</translation>
    </message>
    <message>
      <source>The protection plan was recorded.</source>
      <translation>保护方案已登记。</translation>
    </message>
    <message>
      <source>The assistance request was recorded.</source>
      <translation>援助申请已登记。</translation>
    </message>
    <message>
      <source>The assistance step was recorded.</source>
      <translation>援助步骤已登记。</translation>
    </message>
    <message>
      <source>Supplements asked for</source>
      <translation>要求补充材料</translation>
    </message>
    <message>
      <source>Risk assessments</source>
      <translation>风险评估</translation>
    </message>
    <message>
      <source>Protection plans</source>
      <translation>保护方案</translation>
    </message>
    <message>
      <source>Assistance requests</source>
      <translation>援助申请</translation>
    </message>
    <message>
      <source>Asked %1 · due %2 · %3</source>
      <translation>%1 要求补充 · %2 前答复 · %3</translation>
    </message>
    <message>
      <source>received</source>
      <translation>已收到</translation>
    </message>
    <message>
      <source>awaited</source>
      <translation>待收到</translation>
    </message>
    <message>
      <source>%1 · %2 · factors: %3</source>
      <translation>%1 · 风险%2 · 风险因素：%3</translation>
    </message>
    <message>
      <source>%1 · responsible: %2 · review on %3 · %4</source>
      <translation>%1 · 责任人：%2 · %3 复查 · %4</translation>
    </message>
    <message>
      <source>None.</source>
      <translation>无。</translation>
    </message>
    <message>
      <source>The supplement was recorded as received.</source>
      <translation>补充材料已登记为收到。</translation>
    </message>
  </context>
  <context>
    <name>RecoverySheetPanel</name>
    <message>
      <source>Print the recovery sheet…</source>
      <translation>打印恢复单…</translation>
    </message>
    <message>
      <source>The sheet is printed (or the code written down)</source>
      <translation>恢复单已打印（或恢复码已抄录）</translation>
    </message>
  </context>
  <context>
    <name>RecoveryView</name>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Recover</source>
      <translation>恢复</translation>
    </message>
    <message>
      <source>Recover with the recovery code</source>
      <translation>使用恢复码恢复</translation>
    </message>
    <message>
      <source>The backup is in place. </source>
      <translation>备份已还原到位。</translation>
    </message>
    <message>
      <source>This computer's key store does not hold the vault's workstation key (a new computer, or a key store that was reset). The chief procurator opens the sealed recovery sheet and types its code: the key goes back into this computer, and a new code replaces the old one, which then no longer works. Have the printer or paper ready for the new code.</source>
      <translation>本机密钥库中没有本保险库的机器密钥（新计算机，或密钥库被重置）。请检察长拆开封存的恢复单，输入其中的恢复码：机器密钥将重新存入本机，同时生成新的恢复码取代旧码，旧码随即作废。请事先准备好打印机或纸笔，以记录新的恢复码。</translation>
    </message>
    <message>
      <source>New recovery code</source>
      <translation>新的恢复码</translation>
    </message>
    <message>
      <source>The vault is recovered and the code you typed no longer works. This new code is shown only now: print the sheet, seal it in a confidential bag and keep it in the safe in place of the old one.</source>
      <translation>保险库已恢复，刚才输入的恢复码已作废。新的恢复码仅此一次显示：请打印恢复单，装入保密封袋封存，放入保密柜，替换旧的恢复单。</translation>
    </message>
    <message>
      <source>The new recovery code is not kept yet</source>
      <translation>新的恢复码尚未留存</translation>
    </message>
    <message>
      <source>The new recovery code has not been printed or written down. The old code no longer works, and the new one is never shown again: if you quit now, this vault cannot be recovered with a code on another computer. Quit anyway?</source>
      <translation>新的恢复码尚未打印或抄写。旧恢复码已经失效，新恢复码不会再次显示：现在退出，今后在另一台计算机上将无法用恢复码恢复本保险库。仍要退出吗？</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <source>Character %1 is not one of the code's letters (A–Z, 2–7).</source>
      <translation>第 %1 个字符不是恢复码使用的字符（A–Z、2–7）。</translation>
    </message>
    <message>
      <source>The code has 27 letters and digits, in groups of four.</source>
      <translation>恢复码共 27 个字母和数字，每四个一组。</translation>
    </message>
  </context>
  <context>
    <name>RepeatPanel</name>
    <message>
      <source>Possible repeat report</source>
      <translation>可能为重复举报</translation>
    </message>
    <message>
      <source>Brings new content</source>
      <translation>有新内容</translation>
    </message>
    <message>
      <source>Add as a report to this lead</source>
      <translation>并入该线索</translation>
    </message>
    <message>
      <source>Lead %1: %2, %3</source>
      <translation>线索 %1：%2，%3</translation>
    </message>
    <message>
      <source>The register already holds %1 lead(s) about this person and unit. If this is the same matter, add the report to that lead instead of recording a new one.</source>
      <translation>登记簿中已有 %1 条线索涉及同一人员和单位。如属同一事项，请将本次举报并入该线索，不再另行登记。</translation>
    </message>
  </context>
  <context>
    <name>ReplyDialog</name>
    <message>
      <source>Reply to the informant of lead %1</source>
      <translation>答复线索 %1 的举报人</translation>
    </message>
    <message>
      <source>%1 · code %2</source>
      <translation>%1 · 代号 %2</translation>
    </message>
    <message>
      <source>Names, separated by commas</source>
      <translation>姓名，用逗号分隔</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>举报</translation>
    </message>
    <message>
      <source>Form of reply</source>
      <translation>答复方式</translation>
    </message>
    <message>
      <source>Replied at</source>
      <translation>答复时间</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>参加人员</translation>
    </message>
    <message>
      <source>What was said or written</source>
      <translation>答复内容</translation>
    </message>
    <message>
      <source>Informant's reaction</source>
      <translation>举报人反映</translation>
    </message>
    <message>
      <source>Why no reply was possible</source>
      <translation>无法答复的原因</translation>
    </message>
  </context>
  <context>
    <name>RequestsView</name>
    <message>
      <source>My requests to the chief procurator</source>
      <translation>我向检察长提出的申请</translation>
    </message>
    <message>
      <source>Department (when filed on its behalf)</source>
      <translation>部门（代部门申请时填写）</translation>
    </message>
    <message>
      <source>On behalf of:</source>
      <translation>代表部门：</translation>
    </message>
    <message>
      <source>File the request</source>
      <translation>提交申请</translation>
    </message>
    <message>
      <source>Request %1 filed; it waits for the chief procurator.</source>
      <translation>申请 %1 已提交，等待检察长审批。</translation>
    </message>
  </context>
  <context>
    <name>Restore</name>
    <message>
      <source>There is not enough space for the vault on this computer's disk. Nothing was restored; the data folder is as it was.</source>
      <translation>本机磁盘空间不足，无法存放保险库。未还原任何内容，数据文件夹保持原状。</translation>
    </message>
    <message>
      <source>The data folder cannot be written. Nothing was restored.</source>
      <translation>数据文件夹无法写入。未还原任何内容。</translation>
    </message>
    <message>
      <source>Reading the backup or writing the data folder failed (was the medium pulled out?). Nothing was restored and the data folder is as it was; insert the medium again and retry.</source>
      <translation>读取备份或写入数据文件夹失败（存储介质是否被拔出？）。未还原任何内容，数据文件夹保持原状；请重新插入存储介质后重试。</translation>
    </message>
    <message>
      <source>The data folder %1 is not empty: a backup is restored only into an empty folder, so that nothing is overwritten. Nothing was changed.</source>
      <translation>数据文件夹 %1 不是空的：备份只能还原到空文件夹，以免覆盖任何内容。未作任何改动。</translation>
    </message>
    <message>
      <source>The backup does not match its manifest (%1). Do not rely on it. Nothing was restored; try another backup.</source>
      <translation>备份与其清单不符（%1）。该备份不可使用。未还原任何内容；请换用其他备份。</translation>
    </message>
  </context>
  <context>
    <name>RestoreView</name>
    <message>
      <source>Setting up this workstation</source>
      <translation>工作站初始设置</translation>
    </message>
    <message>
      <source>Restore from a backup</source>
      <translation>从备份还原</translation>
    </message>
    <message>
      <source>Insert the removable medium and choose the backup's own folder on it. The backup is checked against its manifest and put into the data folder %1, which must be empty. On a new computer the recovery code is asked for next.</source>
      <translation>请插入移动存储介质，选择其中的备份文件夹。备份将按其清单逐一核验，然后还原到数据文件夹 %1（该文件夹必须为空）。如是新计算机，接下来还需输入恢复码。</translation>
    </message>
    <message>
      <source>Choose the backup's folder…</source>
      <translation>选择备份所在文件夹…</translation>
    </message>
    <message>
      <source>This backup</source>
      <translation>该备份</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>文件夹</translation>
    </message>
    <message>
      <source>Vault</source>
      <translation>保险库</translation>
    </message>
    <message>
      <source>Made</source>
      <translation>备份时间</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <source>Audit log up to</source>
      <translation>审计链头</translation>
    </message>
    <message>
      <source>Back to setting up</source>
      <translation>返回初始设置</translation>
    </message>
    <message>
      <source>Restore this backup</source>
      <translation>还原该备份</translation>
    </message>
    <message>
      <source>Choose the backup's folder</source>
      <translation>选择备份所在文件夹</translation>
    </message>
    <message>
      <source>Check that this is the backup you mean (the medium's label, the date), then restore it. Anything recorded after it was made is not in it.</source>
      <translation>请核对这是否是要还原的备份（存储介质上的标签、日期），然后再还原。备份之后记录的内容不在其中。</translation>
    </message>
    <message>
      <source>Checking the backup: %1 of %2</source>
      <translation>正在核验备份：%1 / %2</translation>
    </message>
    <message>
      <source>Restoring: %1 of %2</source>
      <translation>正在还原：%1 / %2</translation>
    </message>
  </context>
  <context>
    <name>RiskDialog</name>
    <message>
      <source>Risk assessment, lead %1</source>
      <translation>风险评估（线索 %1）</translation>
    </message>
    <message>
      <source>%1 · code %2</source>
      <translation>%1 · 代号 %2</translation>
    </message>
    <message>
      <source>e.g. works under the reported person; was threatened</source>
      <translation>如：在被举报人手下工作；曾受到威胁</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>举报</translation>
    </message>
    <message>
      <source>Risk level</source>
      <translation>风险等级</translation>
    </message>
    <message>
      <source>Risk factors</source>
      <translation>风险因素</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
  </context>
  <context>
    <name>Roles</name>
    <message>
      <source>Clerk</source>
      <translation>专人</translation>
    </message>
    <message>
      <source>Reporting centre director</source>
      <translation>举报中心主任</translation>
    </message>
    <message>
      <source>Deputy chief procurator</source>
      <translation>分管副检察长</translation>
    </message>
    <message>
      <source>Chief procurator</source>
      <translation>检察长</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>工作人员</translation>
    </message>
  </context>
  <context>
    <name>RoutingDialog</name>
    <message>
      <source>Disposition of lead %1</source>
      <translation>线索 %1 的处理决定</translation>
    </message>
    <message>
      <source>Department or authority</source>
      <translation>部门或机关</translation>
    </message>
    <message>
      <source>Disposition</source>
      <translation>处理决定</translation>
    </message>
    <message>
      <source>To</source>
      <translation>交至</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>理由</translation>
    </message>
  </context>
  <context>
    <name>SecretsDialog</name>
    <message>
      <source>Card reader</source>
      <translation>读卡器</translation>
    </message>
  </context>
  <context>
    <name>Sections</name>
    <message>
      <source>Leads</source>
      <translation>举报线索</translation>
    </message>
    <message>
      <source>Confidential bags</source>
      <translation>机要袋</translation>
    </message>
    <message>
      <source>Prints</source>
      <translation>打印登记</translation>
    </message>
    <message>
      <source>My requests</source>
      <translation>我的申请</translation>
    </message>
    <message>
      <source>Approvals inbox</source>
      <translation>待审批事项</translation>
    </message>
    <message>
      <source>Bags awaiting unsealing</source>
      <translation>待启封机要袋</translation>
    </message>
    <message>
      <source>Audit trail</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>用户管理</translation>
    </message>
    <message>
      <source>Granted to me</source>
      <translation>授权给我的线索</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Recording and searching leads</source>
      <translation>线索录入与查询</translation>
    </message>
    <message>
      <source>Sealing confidential bags</source>
      <translation>机要袋封装</translation>
    </message>
    <message>
      <source>The print register</source>
      <translation>打印登记</translation>
    </message>
    <message>
      <source>Approval requests</source>
      <translation>审批申请</translation>
    </message>
    <message>
      <source>Deciding approval requests</source>
      <translation>审批决定</translation>
    </message>
    <message>
      <source>Unsealing bags</source>
      <translation>机要袋启封</translation>
    </message>
    <message>
      <source>Reading the audit trail</source>
      <translation>审计日志查阅</translation>
    </message>
    <message>
      <source>Managing users</source>
      <translation>用户管理</translation>
    </message>
    <message>
      <source>Leads granted to you</source>
      <translation>授权线索查阅</translation>
    </message>
    <message>
      <source>%1 is not available yet in this version.</source>
      <translation>“%1”功能尚未开放。</translation>
    </message>
  </context>
  <context>
    <name>Sentences</name>
    <message>
      <source>%1 %2</source>
      <translation>%1%2</translation>
    </message>
  </context>
  <context>
    <name>SettingsView</name>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>界面语言</translation>
    </message>
    <message>
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>应用</translation>
    </message>
    <message>
      <source>Lock after inactivity</source>
      <translation>无操作自动锁定</translation>
    </message>
    <message>
      <source>Only the chief procurator may change the idle-lock time.</source>
      <translation>只有检察长可以更改自动锁定时间。</translation>
    </message>
  </context>
  <context>
    <name>SetupWizardView</name>
    <message>
      <source>Setting up this workstation</source>
      <translation>工作站初始设置</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>上一步</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>下一步</translation>
    </message>
    <message>
      <source>Your procuratorate</source>
      <translation>本院信息</translation>
    </message>
    <message>
      <source>Unit name</source>
      <translation>单位名称</translation>
    </message>
    <message>
      <source>Six-digit unit code</source>
      <translation>六位单位代码</translation>
    </message>
    <message>
      <source>The unit code begins every confidential number.</source>
      <translation>单位代码是每个机要编号的开头部分。</translation>
    </message>
    <message>
      <source>Replacing a computer or a disk? Put the vault back from its backup instead of creating a new one.</source>
      <translation>更换了计算机或硬盘？请从备份还原保险库，不要新建。</translation>
    </message>
    <message>
      <source>Restore from a backup…</source>
      <translation>从备份还原…</translation>
    </message>
    <message>
      <source>Where the vault is kept</source>
      <translation>保险库存放位置</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>数据文件夹</translation>
    </message>
    <message>
      <source>The folder holds only the encrypted database and its key file. It must be new or empty.</source>
      <translation>该文件夹只存放加密数据库及其密钥文件，必须是新建或空的文件夹。</translation>
    </message>
    <message>
      <source>Measuring this computer</source>
      <translation>测定本机性能</translation>
    </message>
    <message>
      <source>Passwords are protected with Argon2id, tuned so that one try takes about half a second here. This makes guessing slow.</source>
      <translation>密码以 Argon2id 保护，参数按本机调校为每次尝试约需半秒，使猜测密码极为缓慢。</translation>
    </message>
    <message>
      <source>The chief procurator</source>
      <translation>检察长</translation>
    </message>
    <message>
      <source>The chief procurator approves viewing and unsealing with his own card.</source>
      <translation>检察长使用本人的智能卡审批查阅和启封。</translation>
    </message>
    <message>
      <source>The designated clerks</source>
      <translation>专人</translation>
    </message>
    <message>
      <source>Enrol at least one clerk, each with their own card.</source>
      <translation>请至少登记一名专人，每人使用本人的智能卡。</translation>
    </message>
    <message>
      <source>Add this clerk</source>
      <translation>登记此专人</translation>
    </message>
    <message>
      <source>Recovery code</source>
      <translation>恢复码</translation>
    </message>
    <message>
      <source>This code is shown only now. Print the sheet, seal it in a confidential bag and keep it in the safe. It opens the vault if cards or this computer are lost.</source>
      <translation>恢复码只在此显示一次。请打印恢复单，装入机要袋封存并放入保密柜。智能卡或本机遗失损坏时，可凭它恢复保险库。</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>设置摘要</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>完成</translation>
    </message>
    <message>
      <source>Measuring…</source>
      <translation>正在测定…</translation>
    </message>
    <message>
      <source>Argon2id: %1 passes over %2 MiB, %3 lane(s).</source>
      <translation>Argon2id：%1 轮，%2 MiB 内存，%3 条并行通道。</translation>
    </message>
    <message>
      <source>%1 (card %2)</source>
      <translation>%1（卡 %2）</translation>
    </message>
    <message>
      <source>Insert the card of %1 (%2, card %3).</source>
      <translation>请插入%1（%2）的智能卡，卡号 %3。</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>%1 (unit code %2)</source>
      <translation>%1（单位代码 %2）</translation>
    </message>
    <message>
      <source>Password protection</source>
      <translation>密码保护</translation>
    </message>
    <message>
      <source>Argon2id, %1 passes, %2 MiB</source>
      <translation>Argon2id，%1 轮，%2 MiB</translation>
    </message>
    <message>
      <source>%1, card %2</source>
      <translation>%1，卡 %2</translation>
    </message>
    <message>
      <source>Recovery sheet</source>
      <translation>恢复单</translation>
    </message>
    <message>
      <source>printed or written down; to be sealed in a bag</source>
      <translation>已打印或抄录，须装入机要袋封存</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>快捷键</translation>
    </message>
  </context>
  <context>
    <name>StatusBar</name>
    <message>
      <source>Locked</source>
      <translation>已锁定</translation>
    </message>
    <message>
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message>
      <source>Card: inserted</source>
      <translation>智能卡：已插入</translation>
    </message>
    <message>
      <source>Card: none</source>
      <translation>智能卡：未插入</translation>
    </message>
    <message>
      <source>Network: isolated</source>
      <translation>网络：已隔离</translation>
    </message>
    <message>
      <source>Network: CONNECTED</source>
      <translation>网络：已连接！</translation>
    </message>
    <message>
      <source>Network: not checked</source>
      <translation>网络：未检查</translation>
    </message>
    <message>
      <source>Requests waiting: %1</source>
      <translation>待审批申请：%1</translation>
    </message>
    <message>
      <source>Requests decided: %1</source>
      <translation>已决定的申请：%1</translation>
    </message>
    <message>
      <source>Database checked</source>
      <translation>数据库已校验</translation>
    </message>
    <message>
      <source>Checking the database: %1%</source>
      <translation>正在校验数据库：%1%</translation>
    </message>
    <message>
      <source>Auto-lock in %1</source>
      <translation>%1 后自动锁定</translation>
    </message>
  </context>
  <context>
    <name>StepDialog</name>
    <message>
      <source>Assistance step, lead %1</source>
      <translation>援助步骤（线索 %1）</translation>
    </message>
    <message>
      <source>URGENT assistance request</source>
      <translation>紧急援助申请</translation>
    </message>
    <message>
      <source>Assistance request</source>
      <translation>求助请求</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>申请</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>步骤</translation>
    </message>
    <message>
      <source>Done at</source>
      <translation>完成时间</translation>
    </message>
  </context>
  <context>
    <name>SupplementDialog</name>
    <message>
      <source>Ask for a supplement, lead %1</source>
      <translation>要求补充材料（线索 %1）</translation>
    </message>
    <message>
      <source>The informant was asked to supplement unclear material (Art 18); the answer is due within the supplement deadline.</source>
      <translation>已要求举报人补充不清楚的材料（第十八条），应在补充期限内答复。</translation>
    </message>
    <message>
      <source>Asked at</source>
      <translation>要求补充时间</translation>
    </message>
  </context>
  <context>
    <name>UnlockView</name>
    <message>
      <source>This folder was restored from a backup on purpose: the chief procurator's card accepts it, and what is lost is recorded</source>
      <translation>本文件夹系有意从备份恢复：由检察长的智能卡确认启用，丢失的内容将记录在案</translation>
    </message>
    <message>
      <source>Recover with the recovery code…</source>
      <translation>使用恢复码恢复…</translation>
    </message>
    <message>
      <source>Unlock LeadVault</source>
      <translation>解锁工作站</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <source>Card PIN</source>
      <translation>智能卡 PIN</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>解锁</translation>
    </message>
    <message>
      <source>Reading the card…</source>
      <translation>正在读卡…</translation>
    </message>
    <message>
      <source>Insert your smart card.</source>
      <translation>请插入您的智能卡。</translation>
    </message>
    <message>
      <source>This card is not enrolled on this workstation.</source>
      <translation>此卡未在本工作站登记。</translation>
    </message>
    <message>
      <source>%1, %2</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>Requests waiting for your decision: %1</source>
      <translation>待您审批的申请：%1</translation>
    </message>
    <message>
      <source>Your requests decided: %1</source>
      <translation>您的申请已有决定：%1</translation>
    </message>
    <message>
      <source>The PIN is blocked.</source>
      <translation>PIN 已被锁死。</translation>
    </message>
    <message numerus="yes">
      <source>PIN tries left: %n</source>
      <translation>
        <numerusform>PIN 剩余尝试次数：%n</numerusform>
      </translation>
    </message>
    <message>
      <source>Enter both your password and your card PIN.</source>
      <translation>请同时输入密码和智能卡 PIN。</translation>
    </message>
  </context>
  <context>
    <name>UrgentBanner</name>
    <message>
      <source>URGENT assistance request not yet acted on by the police (Art 62): lead %1. Handle it now.</source>
      <translation>紧急援助申请尚未由公安机关或司法警察处置（第六十二条）：线索 %1。请立即处理。</translation>
    </message>
  </context>
  <context>
    <name>UsersView</name>
    <message>
      <source>Users</source>
      <translation>用户管理</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>智能卡</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Last unlock</source>
      <translation>最近登录</translation>
    </message>
    <message>
      <source>Enrol a user…</source>
      <translation>登记用户…</translation>
    </message>
    <message>
      <source>Replace card…</source>
      <translation>更换智能卡…</translation>
    </message>
    <message>
      <source>Print enrolment record…</source>
      <translation>打印用户登记表…</translation>
    </message>
    <message>
      <source>Remove user…</source>
      <translation>移除用户…</translation>
    </message>
    <message>
      <source>Unblock a PIN…</source>
      <translation>解锁 PIN 码…</translation>
    </message>
    <message>
      <source>active</source>
      <translation>在用</translation>
    </message>
    <message>
      <source>removed</source>
      <translation>已移除</translation>
    </message>
    <message>
      <source> (you)</source>
      <translation>（本人）</translation>
    </message>
    <message>
      <source>Renewing the vault's keys and removing %1…</source>
      <translation>正在更新保险库密钥并移除%1…</translation>
    </message>
    <message>
      <source>%1 was removed and the vault's keys were renewed: the card opens nothing current.</source>
      <translation>已移除%1，保险库密钥已更新：其智能卡已无法打开现有数据。</translation>
    </message>
    <message>
      <source>Enrolling and replacing a card are roster changes your card signs. With one reader, a covering screen guides you: your card out, the new card in, yours back; with two, the new card goes into the second. Removal and a replaced card renew the vault's keys; neither takes back copies made before (old backups, grant packages).</source>
      <translation>登记用户和更换智能卡属于用户名册变更，须由您的智能卡签名。只有一个读卡器时，遮挡屏幕会逐步引导您：拔出您的智能卡，插入新卡，再插回您的智能卡；有两个读卡器时，新卡插入第二个读卡器。移除用户和更换智能卡都会更新保险库密钥，但都不能收回此前已取得的副本（旧备份、授权包）。</translation>
    </message>
    <message>
      <source>Give the new user's name.</source>
      <translation>请填写新用户的姓名。</translation>
    </message>
    <message>
      <source>Enrolling %1…</source>
      <translation>正在登记%1…</translation>
    </message>
    <message>
      <source>Replacing the card of %1…</source>
      <translation>正在为%1更换智能卡…</translation>
    </message>
    <message>
      <source>The card of %1 was replaced and the vault's keys were renewed: the old card opens nothing current.</source>
      <translation>已为%1更换智能卡，保险库密钥已更新：旧智能卡已无法打开现有数据。</translation>
    </message>
    <message>
      <source>Enrolment record of %1</source>
      <translation>%1的用户登记表</translation>
    </message>
    <message>
      <source>Choose an enrolled user first.</source>
      <translation>请先选择一名已登记的用户。</translation>
    </message>
    <message>
      <source>%1 was enrolled with card %2.</source>
      <translation>已为%1登记智能卡 %2。</translation>
    </message>
    <message>
      <source>The PIN of card %1 was reset.</source>
      <translation>智能卡 %1 的 PIN 码已重置。</translation>
    </message>
    <message>
      <source>Remove %1</source>
      <translation>移除%1</translation>
    </message>
    <message>
      <source>Remove %1? The vault's keys are renewed first, with your card: keep it in the reader. Give your PIN and password.</source>
      <translation>确定移除%1？系统将先用您的智能卡更新保险库密钥，请将智能卡留在读卡器中，并输入您的 PIN 码和密码。</translation>
    </message>
    <message>
      <source>Your card PIN</source>
      <translation>您的智能卡 PIN 码</translation>
    </message>
    <message>
      <source>Your password</source>
      <translation>您的密码</translation>
    </message>
    <message>
      <source>Unblock a PIN</source>
      <translation>解锁 PIN 码</translation>
    </message>
    <message>
      <source>Put the user's card in a reader. Its admin PIN sets a new PIN.</source>
      <translation>请将该用户的智能卡插入读卡器，用其管理员 PIN 码设置新的 PIN 码。</translation>
    </message>
    <message>
      <source>Admin PIN</source>
      <translation>管理员 PIN 码</translation>
    </message>
    <message>
      <source>New PIN</source>
      <translation>新 PIN 码</translation>
    </message>
    <message>
      <source>Enrol a user</source>
      <translation>登记用户</translation>
    </message>
    <message>
      <source>Choose the reader for the new user's prepared card. With one reader, choose yours: the next screen guides you through swapping the cards.</source>
      <translation>请选择插入新用户智能卡的读卡器。只有一个读卡器时，请选择您自己的读卡器：下一屏幕将引导您完成换卡。</translation>
    </message>
    <message>
      <source>Choose the reader for the new prepared card. With one reader, choose yours: the next screen guides you through swapping the cards. Your card signs the change, then renews the vault's keys.</source>
      <translation>请选择插入新智能卡的读卡器。只有一个读卡器时，请选择您自己的读卡器：下一屏幕将引导您完成换卡。您的智能卡签署此项变更，然后更新保险库密钥。</translation>
    </message>
    <message>
      <source>Replace the card of %1</source>
      <translation>为%1更换智能卡</translation>
    </message>
  </context>
  <context>
    <name>ViewerRequestsView</name>
    <message>
      <source>My requests to the chief procurator</source>
      <translation>我向检察长提出的申请</translation>
    </message>
    <message>
      <source>Your card signs each request. The chief procurator sees it after the next unlock by the clerk or by him; what he grants appears under Granted to me.</source>
      <translation>每项申请都由您的智能卡签名。内勤或检察长下次解锁后，检察长即可看到；获批的内容将显示在“授权给我的线索”中。</translation>
    </message>
    <message>
      <source>Card PIN:</source>
      <translation>智能卡 PIN：</translation>
    </message>
    <message>
      <source>Sign and file the request</source>
      <translation>签名并提交申请</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>申请</translation>
    </message>
    <message>
      <source>Leads</source>
      <translation>线索</translation>
    </message>
    <message>
      <source>Parts</source>
      <translation>范围</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>小时</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>Request %1 signed and filed; the chief procurator sees it after the next keyholder unlock.</source>
      <translation>申请 %1 已签名提交；持钥人下次解锁后，检察长即可看到。</translation>
    </message>
  </context>
  <context>
    <name>VoidDialog</name>
    <message>
      <source>Void lead %1</source>
      <translation>作废线索 %1</translation>
    </message>
    <message>
      <source>A void lead stays in the register with its reason; it is never deleted. Its open deadlines end and nothing more can be recorded on it.</source>
      <translation>作废的线索连同作废理由保留在登记簿中，不会删除；其未到期的时限随之终止，此后不能再登记任何内容。</translation>
    </message>
  </context>
  <context>
    <name>WitnessSheetDialog</name>
    <message>
      <source>Checkpoint witness sheet</source>
      <translation>检查点见证单</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Sent to %1.</source>
      <translation>已发送至 %1。</translation>
    </message>
  </context>
  <context>
    <name>WorkSettingsPanel</name>
    <message>
      <source>Leads register: work calendar and deadlines</source>
      <translation>举报线索：工作日历与办理期限</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年份</translation>
    </message>
    <message>
      <source>Public holidays (one date a line)</source>
      <translation>法定节假日（每行一个日期）</translation>
    </message>
    <message>
      <source>Weekend days worked in exchange</source>
      <translation>调休上班日</translation>
    </message>
    <message>
      <source>Save the days of this year</source>
      <translation>保存本年度日历</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>期限</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Time unit</source>
      <translation>时间单位</translation>
    </message>
    <message>
      <source>Deadlines the Provisions leave to the centre (the others are fixed by them):</source>
      <translation>由举报中心自行确定的期限（其余期限由《规定》明确）：</translation>
    </message>
    <message>
      <source>Save the deadlines</source>
      <translation>保存期限</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Discipline inspection department</source>
      <translation>纪检监察部门</translation>
    </message>
    <message>
      <source>Default classification of prints</source>
      <translation>打印文书默认密级</translation>
    </message>
    <message>
      <source>Set by hand for this year.</source>
      <translation>本年度已手工设定。</translation>
    </message>
    <message>
      <source>From the kept holiday calendar (State Council notices).</source>
      <translation>取自内置节假日历（依据国务院办公厅通知）。</translation>
    </message>
    <message>
      <source>The kept calendar does not know this year: enter its days from the State Council's notice.</source>
      <translation>内置日历未包含本年度：请依据国务院办公厅通知录入。</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>hours</source>
      <translation>小时</translation>
    </message>
    <message>
      <source>days</source>
      <translation>日</translation>
    </message>
    <message>
      <source>working days</source>
      <translation>工作日</translation>
    </message>
    <message>
      <source>months</source>
      <translation>个月</translation>
    </message>
    <message>
      <source>The days of %1 were saved.</source>
      <translation>%1 年度日历已保存。</translation>
    </message>
    <message>
      <source>The deadlines were saved.</source>
      <translation>期限已保存。</translation>
    </message>
    <message>
      <source>The department was saved.</source>
      <translation>部门名称已保存。</translation>
    </message>
    <message>
      <source>The default classification was saved.</source>
      <translation>默认密级已保存。</translation>
    </message>
  </context>
  <context>
    <name>_ReasonDialog</name>
    <message>
      <source>Reason</source>
      <translation>理由</translation>
    </message>
  </context>
</TS>
