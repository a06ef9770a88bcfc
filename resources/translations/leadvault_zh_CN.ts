<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AppController</name>
    <message>
      <source>Saved.</source>
      <translation>已保存。</translation>
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
      <source>Locked after a period without activity.</source>
      <translation>因长时间无操作已自动锁定。</translation>
    </message>
    <message>
      <source>Locked on request.</source>
      <translation>已按要求锁定。</translation>
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
      <source>This computer is connected to a network (%1). The special computer must be physically isolated: unplug the cable or switch off the wireless now.</source>
      <translation>本机已连接网络（%1）。专用计算机必须与网络物理隔离：请立即拔出网线或关闭无线网络。</translation>
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
      <source>The vault database is damaged. Nothing was changed; restore a backup.</source>
      <translation>保险库数据库已损坏。未做任何改动，请恢复备份。</translation>
    </message>
    <message>
      <source>The vault database is older than its audit record: it was replaced by an old copy. Report this to the chief procurator.</source>
      <translation>保险库数据库比审计记录旧：已被旧副本替换。请报告检察长。</translation>
    </message>
    <message>
      <source>Your role may not do this.</source>
      <translation>您的角色无权进行此操作。</translation>
    </message>
    <message numerus="yes">
      <source>Too many failed attempts. Wait %n second(s) and try again.</source>
      <translation>
        <numerusform>失败次数过多，请等待 %n 秒后再试。</numerusform>
      </translation>
    </message>
    <message>
      <source>The key derivation settings are too weak.</source>
      <translation>密钥派生参数强度不足。</translation>
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
      <source>The card could not be read. Take it out and insert it again.</source>
      <translation>无法读取智能卡，请拔出后重新插入。</translation>
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
      <source>Leads under review</source>
      <translation>审查中的线索</translation>
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
      <source>Reviewing leads</source>
      <translation>线索审查</translation>
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
      <source>Print the recovery sheet…</source>
      <translation>打印恢复单…</translation>
    </message>
    <message>
      <source>The sheet is printed (or the code written down)</source>
      <translation>恢复单已打印（或恢复码已抄录）</translation>
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
      <source>Auto-lock in %1</source>
      <translation>%1 后自动锁定</translation>
    </message>
  </context>
  <context>
    <name>UnlockView</name>
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
</TS>
