<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Bags</name>
        <message>
            <source>Confidential number</source>
            <translation>Confidential number</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Leads</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Items</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <source>Sealed</source>
            <translation>Sealed</translation>
        </message>
        <message>
            <source>Handed over</source>
            <translation>Handed over</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>Holder</translation>
        </message>
        <message>
            <source>New bag…</source>
            <translation>New bag…</translation>
        </message>
        <message>
            <source>Print the bag register…</source>
            <translation>Print the bag register…</translation>
        </message>
        <message>
            <source>Bag %1 created.</source>
            <translation>Bag %1 created.</translation>
        </message>
        <message>
            <source>Lead added to bag %1.</source>
            <translation>Lead added to bag %1.</translation>
        </message>
        <message>
            <source>Materials added to bag %1.</source>
            <translation>Materials added to bag %1.</translation>
        </message>
        <message>
            <source>Bag %1 sealed.</source>
            <translation>Bag %1 sealed.</translation>
        </message>
        <message>
            <source>Hand over bag %1</source>
            <translation>Hand over bag %1</translation>
        </message>
        <message>
            <source>Received by:</source>
            <translation>Received by:</translation>
        </message>
        <message>
            <source>The person who takes the sealed bag, e.g. the chief procurator's secretary. Their signature goes on the cover sheet.</source>
            <translation>The person who takes the sealed bag, e.g. the chief procurator's secretary. Their signature goes on the cover sheet.</translation>
        </message>
        <message>
            <source>Bag %1 handed over.</source>
            <translation>Bag %1 handed over.</translation>
        </message>
        <message>
            <source>Bag %1 resealed.</source>
            <translation>Bag %1 resealed.</translation>
        </message>
        <message>
            <source>Bag %1 returned.</source>
            <translation>Bag %1 returned.</translation>
        </message>
        <message>
            <source>Void bag %1</source>
            <translation>Void bag %1</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>The number stays in the register as voided and is never issued again. Do not write names or report content here.</source>
            <translation>The number stays in the register as voided and is never issued again. Do not write names or report content here.</translation>
        </message>
        <message>
            <source>Bag %1 voided.</source>
            <translation>Bag %1 voided.</translation>
        </message>
        <message>
            <source>chief procurator's card %1</source>
            <translation>chief procurator's card %1</translation>
        </message>
        <message>
            <source>lead %1</source>
            <translation>lead %1</translation>
        </message>
        <message>
            <source>to %1</source>
            <translation>to %1</translation>
        </message>
        <message>
            <source>%1 item(s), %2 page(s)</source>
            <translation>%1 item(s), %2 page(s)</translation>
        </message>
        <message>
            <source>reason: %1</source>
            <translation>reason: %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Select a bag, or scan its label.</source>
            <translation>Select a bag, or scan its label.</translation>
        </message>
        <message>
            <source>Sender:</source>
            <translation>Sender:</translation>
        </message>
        <message>
            <source>Recipient:</source>
            <translation>Recipient:</translation>
        </message>
        <message>
            <source>Leads:</source>
            <translation>Leads:</translation>
        </message>
        <message>
            <source>Items / pages:</source>
            <translation>Items / pages:</translation>
        </message>
        <message>
            <source>Sealed:</source>
            <translation>Sealed:</translation>
        </message>
        <message>
            <source>Handed over:</source>
            <translation>Handed over:</translation>
        </message>
        <message>
            <source>Unsealed:</source>
            <translation>Unsealed:</translation>
        </message>
        <message>
            <source>Void reason:</source>
            <translation>Void reason:</translation>
        </message>
        <message>
            <source>Add lead…</source>
            <translation>Add lead…</translation>
        </message>
        <message>
            <source>Add materials…</source>
            <translation>Add materials…</translation>
        </message>
        <message>
            <source>Seal</source>
            <translation>Seal</translation>
        </message>
        <message>
            <source>Hand over…</source>
            <translation>Hand over…</translation>
        </message>
        <message>
            <source>Reseal</source>
            <translation>Reseal</translation>
        </message>
        <message>
            <source>Return to sender</source>
            <translation>Return to sender</translation>
        </message>
        <message>
            <source>Void…</source>
            <translation>Void…</translation>
        </message>
        <message>
            <source>Print cover sheet…</source>
            <translation>Print cover sheet…</translation>
        </message>
        <message>
            <source>Print bag labels…</source>
            <translation>Print bag labels…</translation>
        </message>
        <message>
            <source>Print seal labels…</source>
            <translation>Print seal labels…</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>%1, signed by the chief procurator's card; audit head %2</source>
            <translation>%1, signed by the chief procurator's card; audit head %2</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>New confidential bag</source>
            <translation>New confidential bag</translation>
        </message>
        <message>
            <source>e.g. 2026-00012, 2026-00015</source>
            <translation>e.g. 2026-00012, 2026-00015</translation>
        </message>
        <message>
            <source>Leads (by number):</source>
            <translation>Leads (by number):</translation>
        </message>
        <message>
            <source>Physical items:</source>
            <translation>Physical items:</translation>
        </message>
        <message>
            <source>Pages:</source>
            <translation>Pages:</translation>
        </message>
        <message>
            <source>A new confidential number is issued when the bag is created. The bag stays open for more leads and materials until it is sealed.</source>
            <translation>A new confidential number is issued when the bag is created. The bag stays open for more leads and materials until it is sealed.</translation>
        </message>
        <message>
            <source>Add a lead to bag %1</source>
            <translation>Add a lead to bag %1</translation>
        </message>
        <message>
            <source>Lead number:</source>
            <translation>Lead number:</translation>
        </message>
        <message>
            <source>Add materials to bag %1</source>
            <translation>Add materials to bag %1</translation>
        </message>
        <message>
            <source>Cover sheet of bag %1</source>
            <translation>Cover sheet of bag %1</translation>
        </message>
        <message>
            <source>Bag labels of bag %1</source>
            <translation>Bag labels of bag %1</translation>
        </message>
        <message>
            <source>Seal labels of bag %1</source>
            <translation>Seal labels of bag %1</translation>
        </message>
        <message>
            <source>Bag register</source>
            <translation>Bag register</translation>
        </message>
        <message>
            <source>Cover sheet</source>
            <translation>Cover sheet</translation>
        </message>
        <message>
            <source>Bag label</source>
            <translation>Bag label</translation>
        </message>
        <message>
            <source>Seal labels</source>
            <translation>Seal labels</translation>
        </message>
        <message>
            <source>Every printed copy has its own copy number and an audit record. Print cover sheets and labels from the bag itself.</source>
            <translation>Every printed copy has its own copy number and an audit record. Print cover sheets and labels from the bag itself.</translation>
        </message>
        <message>
            <source>Copy No.</source>
            <translation>Copy No.</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Bag</source>
            <translation>Bag</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Printed</translation>
        </message>
        <message>
            <source>Scan a bag label or type its confidential number, then Enter</source>
            <translation>Scan a bag label or type its confidential number, then Enter</translation>
        </message>
        <message>
            <source>Shortcut %1 puts the cursor here.</source>
            <translation>Shortcut %1 puts the cursor here.</translation>
        </message>
        <message>
            <source>Scan:</source>
            <translation>Scan:</translation>
        </message>
        <message>
            <source>Opened bag %1.</source>
            <translation>Opened bag %1.</translation>
        </message>
        <message>
            <source>WARNING: this label was not printed by this workstation — its security code does not verify (number %1, copy No. %2). It may be forged. The bag was not opened; the scan has been recorded in the audit trail. Report it to the chief procurator.</source>
            <translation>WARNING: this label was not printed by this workstation — its security code does not verify (number %1, copy No. %2). It may be forged. The bag was not opened; the scan has been recorded in the audit trail. Report it to the chief procurator.</translation>
        </message>
        <message>
            <source>The number %1 is valid, but no bag of this workstation has it.</source>
            <translation>The number %1 is valid, but no bag of this workstation has it.</translation>
        </message>
        <message>
            <source>Unseal a confidential bag</source>
            <translation>Unseal a confidential bag</translation>
        </message>
        <message>
            <source>Unseal bag %1</source>
            <translation>Unseal bag %1</translation>
        </message>
        <message>
            <source>Preparing the unsealing record…</source>
            <translation>Preparing the unsealing record…</translation>
        </message>
        <message>
            <source>You sign:</source>
            <translation>You sign:</translation>
        </message>
        <message>
            <source>Card reader:</source>
            <translation>Card reader:</translation>
        </message>
        <message>
            <source>The PIN of the chief procurator's card</source>
            <translation>The PIN of the chief procurator's card</translation>
        </message>
        <message>
            <source>PIN:</source>
            <translation>PIN:</translation>
        </message>
        <message>
            <source>Only the chief procurator's own card can unseal a bag. The card signs this record after the PIN; the signature is checked against his enrolled key and kept in the bag's history.</source>
            <translation>Only the chief procurator's own card can unseal a bag. The card signs this record after the PIN; the signature is checked against his enrolled key and kept in the bag's history.</translation>
        </message>
        <message>
            <source>Sign and unseal</source>
            <translation>Sign and unseal</translation>
        </message>
        <message>
            <source>the unsealing of %1 at %2, on audit record %3</source>
            <translation>the unsealing of %1 at %2, on audit record %3</translation>
        </message>
        <message>
            <source>Insert the chief procurator's card.</source>
            <translation>Insert the chief procurator's card.</translation>
        </message>
        <message>
            <source>The card is signing…</source>
            <translation>The card is signing…</translation>
        </message>
        <message>
            <source>Unseal…</source>
            <translation>Unseal…</translation>
        </message>
        <message>
            <source>No bag is waiting to be unsealed.</source>
            <translation>No bag is waiting to be unsealed.</translation>
        </message>
        <message>
            <source>Bag %1 is not waiting to be unsealed.</source>
            <translation>Bag %1 is not waiting to be unsealed.</translation>
        </message>
        <message>
            <source>Bag %1 was unsealed; the signature is recorded.</source>
            <translation>Bag %1 was unsealed; the signature is recorded.</translation>
        </message>
        <message>
            <source>Open (being filled)</source>
            <translation>Open (being filled)</translation>
        </message>
        <message>
            <source>Unsealed</source>
            <translation>Unsealed</translation>
        </message>
        <message>
            <source>Resealed</source>
            <translation>Resealed</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Void</translation>
        </message>
        <message>
            <source>created</source>
            <translation>created</translation>
        </message>
        <message>
            <source>lead added</source>
            <translation>lead added</translation>
        </message>
        <message>
            <source>materials added</source>
            <translation>materials added</translation>
        </message>
        <message>
            <source>sealed</source>
            <translation>sealed</translation>
        </message>
        <message>
            <source>handed over</source>
            <translation>handed over</translation>
        </message>
        <message>
            <source>unsealed with the chief procurator's card</source>
            <translation>unsealed with the chief procurator's card</translation>
        </message>
        <message>
            <source>resealed</source>
            <translation>resealed</translation>
        </message>
        <message>
            <source>returned to the sender</source>
            <translation>returned to the sender</translation>
        </message>
        <message>
            <source>voided</source>
            <translation>voided</translation>
        </message>
        <message>
            <source>take another lead</source>
            <translation>take another lead</translation>
        </message>
        <message>
            <source>take more materials</source>
            <translation>take more materials</translation>
        </message>
        <message>
            <source>be sealed</source>
            <translation>be sealed</translation>
        </message>
        <message>
            <source>be handed over</source>
            <translation>be handed over</translation>
        </message>
        <message>
            <source>be unsealed</source>
            <translation>be unsealed</translation>
        </message>
        <message>
            <source>be resealed</source>
            <translation>be resealed</translation>
        </message>
        <message>
            <source>be returned</source>
            <translation>be returned</translation>
        </message>
        <message>
            <source>be voided</source>
            <translation>be voided</translation>
        </message>
        <message>
            <source>be created</source>
            <translation>be created</translation>
        </message>
        <message>
            <source>the receiver</source>
            <translation>the receiver</translation>
        </message>
        <message>
            <source>the reason</source>
            <translation>the reason</translation>
        </message>
        <message>
            <source>the sealer</source>
            <translation>the sealer</translation>
        </message>
        <message>
            <source>the item count</source>
            <translation>the item count</translation>
        </message>
        <message>
            <source>the page count</source>
            <translation>the page count</translation>
        </message>
        <message>
            <source>the audit head</source>
            <translation>the audit head</translation>
        </message>
        <message>
            <source>There is no bag %1 in this vault.</source>
            <translation>There is no bag %1 in this vault.</translation>
        </message>
        <message>
            <source>There is no lead %1 in the leads register. Nothing was changed.</source>
            <translation>There is no lead %1 in the leads register. Nothing was changed.</translation>
        </message>
        <message>
            <source>“%1” is not a lead number. Lead numbers look like 2026-00012.</source>
            <translation>“%1” is not a lead number. Lead numbers look like 2026-00012.</translation>
        </message>
        <message>
            <source>Lead %1 is already in this bag.</source>
            <translation>Lead %1 is already in this bag.</translation>
        </message>
        <message>
            <source>The bag is empty: add a lead or materials before sealing it.</source>
            <translation>The bag is empty: add a lead or materials before sealing it.</translation>
        </message>
        <message>
            <source>%1 cannot be %2.</source>
            <translation>%1 cannot be %2.</translation>
        </message>
        <message>
            <source>Fill in %1.</source>
            <translation>Fill in %1.</translation>
        </message>
        <message>
            <source>A bag that is “%1” cannot %2.</source>
            <translation>A bag that is “%1” cannot %2.</translation>
        </message>
        <message>
            <source>A %1 may not do this.</source>
            <translation>A %1 may not do this.</translation>
        </message>
        <message>
            <source>The bag was changed elsewhere meanwhile. It has been reloaded: try again.</source>
            <translation>The bag was changed elsewhere meanwhile. It has been reloaded: try again.</translation>
        </message>
        <message>
            <source>This card (%1) is not enrolled on this workstation. The bag was not unsealed.</source>
            <translation>This card (%1) is not enrolled on this workstation. The bag was not unsealed.</translation>
        </message>
        <message>
            <source>This card belongs to a %1, not to the chief procurator. Only the chief procurator's own card can unseal a bag. The bag was not unsealed.</source>
            <translation>This card belongs to a %1, not to the chief procurator. Only the chief procurator's own card can unseal a bag. The bag was not unsealed.</translation>
        </message>
        <message>
            <source>The card's signature does not match the chief procurator's enrolled key. The bag was not unsealed.</source>
            <translation>The card's signature does not match the chief procurator's enrolled key. The bag was not unsealed.</translation>
        </message>
        <message>
            <source>The signed unsealing record is out of date (%1 changed meanwhile). Sign again.</source>
            <translation>The signed unsealing record is out of date (%1 changed meanwhile). Sign again.</translation>
        </message>
        <message>
            <source>The unsealing was refused.</source>
            <translation>The unsealing was refused.</translation>
        </message>
        <message>
            <source>The check character is wrong: the number ends in “%1”, but it should end in “%2”. Check the number for a mistyped digit.</source>
            <translation>The check character is wrong: the number ends in “%1”, but it should end in “%2”. Check the number for a mistyped digit.</translation>
        </message>
        <message>
            <source>A confidential number has 16 digits and a check character (like 990001-2026-000001-7); this has %1 characters.</source>
            <translation>A confidential number has 16 digits and a check character (like 990001-2026-000001-7); this has %1 characters.</translation>
        </message>
        <message>
            <source>The dashes of the number are in the wrong place (like 990001-2026-000001-7).</source>
            <translation>The dashes of the number are in the wrong place (like 990001-2026-000001-7).</translation>
        </message>
        <message>
            <source>“%1” is not a six-digit unit code.</source>
            <translation>“%1” is not a six-digit unit code.</translation>
        </message>
        <message>
            <source>“%1” is not a possible year.</source>
            <translation>“%1” is not a possible year.</translation>
        </message>
        <message>
            <source>“%1” is not a possible serial number.</source>
            <translation>“%1” is not a possible serial number.</translation>
        </message>
        <message>
            <source>This is not a valid confidential number.</source>
            <translation>This is not a valid confidential number.</translation>
        </message>
        <message>
            <source>The scanned code is not a LeadVault label (it cannot be read as one).</source>
            <translation>The scanned code is not a LeadVault label (it cannot be read as one).</translation>
        </message>
        <message>
            <source>The scanned text is too long (%1 characters) to be a label.</source>
            <translation>The scanned text is too long (%1 characters) to be a label.</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>This document names an informant. Exporting it to a file needs the chief procurator's approval (需要检察长批准); print it instead.</source>
            <translation>This document names an informant. Exporting it to a file needs the chief procurator's approval (需要检察长批准); print it instead.</translation>
        </message>
        <message>
            <source>Preparing the preview…</source>
            <translation>Preparing the preview…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Copy No. %1 · %2 page(s). Every further copy gets its own copy number.</source>
            <translation>Copy No. %1 · %2 page(s). Every further copy gets its own copy number.</translation>
        </message>
        <message>
            <source>Choose a printer; use Export to make a file.</source>
            <translation>Choose a printer; use Export to make a file.</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Printing…</translation>
        </message>
        <message>
            <source>Printed %1 copy(ies): copy No. %2.</source>
            <translation>Printed %1 copy(ies): copy No. %2.</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>Export PDF</translation>
        </message>
        <message>
            <source>Exported copy No. %1 to %2.</source>
            <translation>Exported copy No. %1 to %2.</translation>
        </message>
        <message>
            <source>The printer could not be opened (%1). Nothing was printed.</source>
            <translation>The printer could not be opened (%1). Nothing was printed.</translation>
        </message>
        <message>
            <source>The field “%1” holds characters the print font cannot draw (%2). Rephrase it, or leave a gap and write the character by hand. No copy number was spent.</source>
            <translation>The field “%1” holds characters the print font cannot draw (%2). Rephrase it, or leave a gap and write the character by hand. No copy number was spent.</translation>
        </message>
        <message>
            <source>Only a sealed bag gets a cover sheet or seal labels.</source>
            <translation>Only a sealed bag gets a cover sheet or seal labels.</translation>
        </message>
        <message>
            <source>The value of “%1” cannot be printed: %2.</source>
            <translation>The value of “%1” cannot be printed: %2.</translation>
        </message>
    </context>
    <context>
        <name>Sections</name>
        <message>
            <source>Confidential bags</source>
            <translation>Confidential bags</translation>
        </message>
        <message>
            <source>Prints</source>
            <translation>Prints</translation>
        </message>
        <message>
            <source>Bags awaiting unsealing</source>
            <translation>Bags awaiting unsealing</translation>
        </message>
    </context>
</TS>
