<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
            <source>A %1 may not do this.</source>
            <translation>%1无权进行此操作。</translation>
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
            <source>This is not a valid confidential number.</source>
            <translation>这不是有效的机要编号。</translation>
        </message>
        <message>
            <source>The scanned code is not a LeadVault label (it cannot be read as one).</source>
            <translation>扫描到的条码不是本系统的标签（无法识读）。</translation>
        </message>
        <message>
            <source>The scanned text is too long (%1 characters) to be a label.</source>
            <translation>扫描到的内容过长（%1 个字符），不可能是标签。</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>This document names an informant. Exporting it to a file needs the chief procurator's approval (需要检察长批准); print it instead.</source>
            <translation>此文件含有举报人身份信息。导出为文件需要检察长批准；请改为打印。</translation>
        </message>
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
            <source>The printer could not be opened (%1). Nothing was printed.</source>
            <translation>无法打开打印机（%1）。未打印任何内容。</translation>
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
    </context>
    <context>
        <name>Sections</name>
        <message>
            <source>Confidential bags</source>
            <translation>机要袋</translation>
        </message>
        <message>
            <source>Prints</source>
            <translation>打印登记</translation>
        </message>
        <message>
            <source>Bags awaiting unsealing</source>
            <translation>待启封机要袋</translation>
        </message>
    </context>
</TS>
