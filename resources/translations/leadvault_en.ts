<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About LeadVault</source>
      <translation>About LeadVault</translation>
    </message>
    <message>
      <source>Licence text:</source>
      <translation>Licence text:</translation>
    </message>
    <message>
      <source>LeadVault — Reporting centre confidential workstation</source>
      <translation>LeadVault — Reporting centre confidential workstation</translation>
    </message>
    <message>
      <source>Version %1</source>
      <translation>Version %1</translation>
    </message>
    <message>
      <source>Unlock to see the vault's id and the chief procurator's key fingerprints.</source>
      <translation>Unlock to see the vault's id and the chief procurator's key fingerprints.</translation>
    </message>
    <message>
      <source>Vault id: %1</source>
      <translation>Vault id: %1</translation>
    </message>
    <message>
      <source>Roster version %1; the chief procurator's keys:</source>
      <translation>Roster version %1; the chief procurator's keys:</translation>
    </message>
    <message>
      <source>%1, card %2: %3</source>
      <translation>%1, card %2: %3</translation>
    </message>
    <message>
      <source>(backup card, kept sealed)</source>
      <translation>(backup card, kept sealed)</translation>
    </message>
  </context>
  <context>
    <name>AppController</name>
    <message>
      <source>Saved.</source>
      <translation>Saved.</translation>
    </message>
  </context>
  <context>
    <name>Approvals</name>
    <message>
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>Request</translation>
    </message>
    <message>
      <source>Leads / subject</source>
      <translation>Leads / subject</translation>
    </message>
    <message>
      <source>Scope</source>
      <translation>Scope</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>Hours</translation>
    </message>
    <message>
      <source>Requested by</source>
      <translation>Requested by</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>View a lead</source>
      <translation>View a lead</translation>
    </message>
    <message>
      <source>See an informant's identity</source>
      <translation>See an informant's identity</translation>
    </message>
    <message>
      <source>Export a document naming an informant</source>
      <translation>Export a document naming an informant</translation>
    </message>
    <message>
      <source>Handwriting examination</source>
      <translation>Handwriting examination</translation>
    </message>
    <message>
      <source>Clarification</source>
      <translation>Clarification</translation>
    </message>
    <message>
      <source>Reward</source>
      <translation>Reward</translation>
    </message>
    <message>
      <source>Change a setting</source>
      <translation>Change a setting</translation>
    </message>
    <message>
      <source>Enrol a user</source>
      <translation>Enrol a user</translation>
    </message>
    <message>
      <source>Remove a user</source>
      <translation>Remove a user</translation>
    </message>
    <message>
      <source>case card</source>
      <translation>case card</translation>
    </message>
    <message>
      <source>report texts</source>
      <translation>report texts</translation>
    </message>
    <message>
      <source>attachments</source>
      <translation>attachments</translation>
    </message>
    <message>
      <source>identity</source>
      <translation>identity</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>Pending</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Approved</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>Refused</translation>
    </message>
    <message>
      <source>Used</source>
      <translation>Used</translation>
    </message>
    <message>
      <source>Revoked</source>
      <translation>Revoked</translation>
    </message>
    <message>
      <source>Lead numbers, e.g. 2026-00012, 2026-00015</source>
      <translation>Lead numbers, e.g. 2026-00012, 2026-00015</translation>
    </message>
    <message>
      <source>Request:</source>
      <translation>Request:</translation>
    </message>
    <message>
      <source>Leads:</source>
      <translation>Leads:</translation>
    </message>
    <message>
      <source>Parts:</source>
      <translation>Parts:</translation>
    </message>
    <message>
      <source>Reason:</source>
      <translation>Reason:</translation>
    </message>
    <message>
      <source>For (hours):</source>
      <translation>For (hours):</translation>
    </message>
  </context>
  <context>
    <name>AssistanceDialog</name>
    <message>
      <source>Assistance request, lead %1</source>
      <translation>Assistance request, lead %1</translation>
    </message>
    <message>
      <source>Urgent: the informant or a relative is in immediate danger</source>
      <translation>Urgent: the informant or a relative is in immediate danger</translation>
    </message>
    <message>
      <source>What is asked</source>
      <translation>What is asked</translation>
    </message>
    <message>
      <source>Received at</source>
      <translation>Received at</translation>
    </message>
  </context>
  <context>
    <name>AttachmentViewer</name>
    <message>
      <source>Choose an attachment to show it here.</source>
      <translation>Choose an attachment to show it here.</translation>
    </message>
    <message>
      <source>This picture cannot be shown.</source>
      <translation>This picture cannot be shown.</translation>
    </message>
    <message>
      <source>Files of this type cannot be shown in LeadVault; they are never opened by another program on this computer.</source>
      <translation>Files of this type cannot be shown in LeadVault; they are never opened by another program on this computer.</translation>
    </message>
  </context>
  <context>
    <name>AuditActions</name>
    <message>
      <source>vault created</source>
      <translation>vault created</translation>
    </message>
    <message>
      <source>unlocked</source>
      <translation>unlocked</translation>
    </message>
    <message>
      <source>failed unlocks</source>
      <translation>failed unlocks</translation>
    </message>
    <message>
      <source>unlock refused</source>
      <translation>unlock refused</translation>
    </message>
    <message>
      <source>locked</source>
      <translation>locked</translation>
    </message>
    <message>
      <source>recovered with the recovery code</source>
      <translation>recovered with the recovery code</translation>
    </message>
    <message>
      <source>keys renewed</source>
      <translation>keys renewed</translation>
    </message>
    <message>
      <source>key renewal completed</source>
      <translation>key renewal completed</translation>
    </message>
    <message>
      <source>key slot renewed</source>
      <translation>key slot renewed</translation>
    </message>
    <message>
      <source>old key slot removed</source>
      <translation>old key slot removed</translation>
    </message>
    <message>
      <source>key file backup used</source>
      <translation>key file backup used</translation>
    </message>
    <message>
      <source>recovery code issued</source>
      <translation>recovery code issued</translation>
    </message>
    <message>
      <source>backup made</source>
      <translation>backup made</translation>
    </message>
    <message>
      <source>backup failed</source>
      <translation>backup failed</translation>
    </message>
    <message>
      <source>backup checked</source>
      <translation>backup checked</translation>
    </message>
    <message>
      <source>vault restored from a backup</source>
      <translation>vault restored from a backup</translation>
    </message>
    <message>
      <source>older backup accepted by the chief procurator</source>
      <translation>older backup accepted by the chief procurator</translation>
    </message>
    <message>
      <source>recovery sheet printed</source>
      <translation>recovery sheet printed</translation>
    </message>
    <message>
      <source>user enrolled</source>
      <translation>user enrolled</translation>
    </message>
    <message>
      <source>user removed</source>
      <translation>user removed</translation>
    </message>
    <message>
      <source>password changed</source>
      <translation>password changed</translation>
    </message>
    <message>
      <source>card replaced</source>
      <translation>card replaced</translation>
    </message>
    <message>
      <source>card PIN unblocked with the admin PIN</source>
      <translation>card PIN unblocked with the admin PIN</translation>
    </message>
    <message>
      <source>setting changed</source>
      <translation>setting changed</translation>
    </message>
    <message>
      <source>draft saved at lock</source>
      <translation>draft saved at lock</translation>
    </message>
    <message>
      <source>draft restored</source>
      <translation>draft restored</translation>
    </message>
    <message>
      <source>audit chain verified</source>
      <translation>audit chain verified</translation>
    </message>
    <message>
      <source>checkpoint signed by the chief</source>
      <translation>checkpoint signed by the chief</translation>
    </message>
    <message>
      <source>audit extract printed</source>
      <translation>audit extract printed</translation>
    </message>
    <message>
      <source>audit extract exported</source>
      <translation>audit extract exported</translation>
    </message>
    <message>
      <source>roster signed by the chief</source>
      <translation>roster signed by the chief</translation>
    </message>
    <message>
      <source>user list differs from the roster</source>
      <translation>user list differs from the roster</translation>
    </message>
    <message>
      <source>key slot not on the roster</source>
      <translation>key slot not on the roster</translation>
    </message>
    <message>
      <source>clock date confirmed by the chief</source>
      <translation>clock date confirmed by the chief</translation>
    </message>
    <message>
      <source>vault refounded</source>
      <translation>vault refounded</translation>
    </message>
    <message>
      <source>request filed</source>
      <translation>request filed</translation>
    </message>
    <message>
      <source>request decided by the chief</source>
      <translation>request decided by the chief</translation>
    </message>
    <message>
      <source>approval revoked</source>
      <translation>approval revoked</translation>
    </message>
    <message>
      <source>approval used</source>
      <translation>approval used</translation>
    </message>
    <message>
      <source>refused for want of approval</source>
      <translation>refused for want of approval</translation>
    </message>
    <message>
      <source>grant sealed to a viewer</source>
      <translation>grant sealed to a viewer</translation>
    </message>
    <message>
      <source>grant opened by the viewer</source>
      <translation>grant opened by the viewer</translation>
    </message>
    <message>
      <source>identity in a grant viewed</source>
      <translation>identity in a grant viewed</translation>
    </message>
    <message>
      <source>grant printed by the viewer</source>
      <translation>grant printed by the viewer</translation>
    </message>
    <message>
      <source>grant deleted</source>
      <translation>grant deleted</translation>
    </message>
    <message>
      <source>gap in a viewer's outbox</source>
      <translation>gap in a viewer's outbox</translation>
    </message>
    <message>
      <source>viewer's outbox entry refused</source>
      <translation>viewer's outbox entry refused</translation>
    </message>
    <message>
      <source>viewer's request not accepted</source>
      <translation>viewer's request not accepted</translation>
    </message>
    <message>
      <source>viewer's card signed elsewhere</source>
      <translation>viewer's card signed elsewhere</translation>
    </message>
    <message>
      <source>handwriting examination recorded</source>
      <translation>handwriting examination recorded</translation>
    </message>
    <message>
      <source>clarification recorded</source>
      <translation>clarification recorded</translation>
    </message>
    <message>
      <source>reward recorded</source>
      <translation>reward recorded</translation>
    </message>
    <message>
      <source>print refused</source>
      <translation>print refused</translation>
    </message>
    <message>
      <source>card's checkpoint record wiped</source>
      <translation>card's checkpoint record wiped</translation>
    </message>
    <message>
      <source>chief's card signed elsewhere</source>
      <translation>chief's card signed elsewhere</translation>
    </message>
    <message>
      <source>recovery key not on the roster</source>
      <translation>recovery key not on the roster</translation>
    </message>
    <message>
      <source>screen locked</source>
      <translation>screen locked</translation>
    </message>
    <message>
      <source>network connection detected</source>
      <translation>network connection detected</translation>
    </message>
    <message>
      <source>lead recorded</source>
      <translation>lead recorded</translation>
    </message>
    <message>
      <source>lead edited</source>
      <translation>lead edited</translation>
    </message>
    <message>
      <source>lead viewed</source>
      <translation>lead viewed</translation>
    </message>
    <message>
      <source>register listed</source>
      <translation>register listed</translation>
    </message>
    <message>
      <source>register searched</source>
      <translation>register searched</translation>
    </message>
    <message>
      <source>lead disposed</source>
      <translation>lead disposed</translation>
    </message>
    <message>
      <source>leads imported</source>
      <translation>leads imported</translation>
    </message>
    <message>
      <source>informant identity viewed</source>
      <translation>informant identity viewed</translation>
    </message>
    <message>
      <source>informant identity refused</source>
      <translation>informant identity refused</translation>
    </message>
    <message>
      <source>report added</source>
      <translation>report added</translation>
    </message>
    <message>
      <source>attachment added</source>
      <translation>attachment added</translation>
    </message>
    <message>
      <source>attachment opened</source>
      <translation>attachment opened</translation>
    </message>
    <message>
      <source>reply recorded</source>
      <translation>reply recorded</translation>
    </message>
    <message>
      <source>risk assessed</source>
      <translation>risk assessed</translation>
    </message>
    <message>
      <source>protection recorded</source>
      <translation>protection recorded</translation>
    </message>
    <message>
      <source>assistance requested</source>
      <translation>assistance requested</translation>
    </message>
    <message>
      <source>assistance step</source>
      <translation>assistance step</translation>
    </message>
    <message>
      <source>supplement requested</source>
      <translation>supplement requested</translation>
    </message>
    <message>
      <source>supplement received</source>
      <translation>supplement received</translation>
    </message>
    <message>
      <source>repeat-report notice</source>
      <translation>repeat-report notice</translation>
    </message>
    <message>
      <source>lead voided</source>
      <translation>lead voided</translation>
    </message>
    <message>
      <source>lead document printed</source>
      <translation>lead document printed</translation>
    </message>
    <message>
      <source>copies sent to the printer</source>
      <translation>copies sent to the printer</translation>
    </message>
    <message>
      <source>printing failed</source>
      <translation>printing failed</translation>
    </message>
    <message>
      <source>unused copy discarded</source>
      <translation>unused copy discarded</translation>
    </message>
    <message>
      <source>exported to a file</source>
      <translation>exported to a file</translation>
    </message>
    <message>
      <source>export refused</source>
      <translation>export refused</translation>
    </message>
    <message>
      <source>forged label scanned</source>
      <translation>forged label scanned</translation>
    </message>
    <message>
      <source>bag created</source>
      <translation>bag created</translation>
    </message>
    <message>
      <source>lead put in bag</source>
      <translation>lead put in bag</translation>
    </message>
    <message>
      <source>materials put in bag</source>
      <translation>materials put in bag</translation>
    </message>
    <message>
      <source>bag sealed</source>
      <translation>bag sealed</translation>
    </message>
    <message>
      <source>bag handed over</source>
      <translation>bag handed over</translation>
    </message>
    <message>
      <source>bag unsealed</source>
      <translation>bag unsealed</translation>
    </message>
    <message>
      <source>unsealing refused</source>
      <translation>unsealing refused</translation>
    </message>
    <message>
      <source>bag resealed</source>
      <translation>bag resealed</translation>
    </message>
    <message>
      <source>bag returned</source>
      <translation>bag returned</translation>
    </message>
    <message>
      <source>bag voided</source>
      <translation>bag voided</translation>
    </message>
    <message>
      <source>printed</source>
      <translation>printed</translation>
    </message>
    <message>
      <source>label scanned</source>
      <translation>label scanned</translation>
    </message>
  </context>
  <context>
    <name>AuditDetails</name>
    <message>
      <source>lead</source>
      <translation>lead</translation>
    </message>
    <message>
      <source>version</source>
      <translation>version</translation>
    </message>
    <message>
      <source>fields changed</source>
      <translation>fields changed</translation>
    </message>
    <message>
      <source>reported persons</source>
      <translation>reported persons</translation>
    </message>
    <message>
      <source>report</source>
      <translation>report</translation>
    </message>
    <message>
      <source>reports</source>
      <translation>reports</translation>
    </message>
    <message>
      <source>channel</source>
      <translation>channel</translation>
    </message>
    <message>
      <source>kind</source>
      <translation>kind</translation>
    </message>
    <message>
      <source>anonymous</source>
      <translation>anonymous</translation>
    </message>
    <message>
      <source>identity fields sealed</source>
      <translation>identity fields sealed</translation>
    </message>
    <message>
      <source>possible repeats</source>
      <translation>possible repeats</translation>
    </message>
    <message>
      <source>brings new content</source>
      <translation>brings new content</translation>
    </message>
    <message>
      <source>reports in all</source>
      <translation>reports in all</translation>
    </message>
    <message>
      <source>disposition</source>
      <translation>disposition</translation>
    </message>
    <message>
      <source>to</source>
      <translation>to</translation>
    </message>
    <message>
      <source>filing level</source>
      <translation>filing level</translation>
    </message>
    <message>
      <source>form</source>
      <translation>form</translation>
    </message>
    <message>
      <source>deadlines met</source>
      <translation>deadlines met</translation>
    </message>
    <message>
      <source>deadlines closed</source>
      <translation>deadlines closed</translation>
    </message>
    <message>
      <source>level</source>
      <translation>level</translation>
    </message>
    <message>
      <source>factors</source>
      <translation>factors</translation>
    </message>
    <message>
      <source>measures</source>
      <translation>measures</translation>
    </message>
    <message>
      <source>review on</source>
      <translation>review on</translation>
    </message>
    <message>
      <source>request</source>
      <translation>request</translation>
    </message>
    <message>
      <source>urgent</source>
      <translation>urgent</translation>
    </message>
    <message>
      <source>step</source>
      <translation>step</translation>
    </message>
    <message>
      <source>document</source>
      <translation>document</translation>
    </message>
    <message>
      <source>copy No.</source>
      <translation>copy No.</translation>
    </message>
    <message>
      <source>printer</source>
      <translation>printer</translation>
    </message>
    <message>
      <source>reason</source>
      <translation>reason</translation>
    </message>
    <message>
      <source>rows</source>
      <translation>rows</translation>
    </message>
    <message>
      <source>classification</source>
      <translation>classification</translation>
    </message>
    <message>
      <source>to a file</source>
      <translation>to a file</translation>
    </message>
    <message>
      <source>overdue only</source>
      <translation>overdue only</translation>
    </message>
    <message>
      <source>status</source>
      <translation>status</translation>
    </message>
    <message>
      <source>category</source>
      <translation>category</translation>
    </message>
    <message>
      <source>received from</source>
      <translation>received from</translation>
    </message>
    <message>
      <source>received to</source>
      <translation>received to</translation>
    </message>
    <message>
      <source>query length</source>
      <translation>query length</translation>
    </message>
    <message>
      <source>terms</source>
      <translation>terms</translation>
    </message>
    <message>
      <source>results</source>
      <translation>results</translation>
    </message>
    <message>
      <source>year</source>
      <translation>year</translation>
    </message>
    <message>
      <source>month</source>
      <translation>month</translation>
    </message>
    <message>
      <source>attachment</source>
      <translation>attachment</translation>
    </message>
    <message>
      <source>size (bytes)</source>
      <translation>size (bytes)</translation>
    </message>
    <message>
      <source>file type</source>
      <translation>file type</translation>
    </message>
    <message>
      <source>SHA-256 fingerprint</source>
      <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
      <source>same file in other leads</source>
      <translation>same file in other leads</translation>
    </message>
    <message>
      <source>source</source>
      <translation>source</translation>
    </message>
    <message>
      <source>count</source>
      <translation>count</translation>
    </message>
    <message>
      <source>user</source>
      <translation>user</translation>
    </message>
    <message>
      <source>role</source>
      <translation>role</translation>
    </message>
    <message>
      <source>network interfaces</source>
      <translation>network interfaces</translation>
    </message>
    <message>
      <source>records checked</source>
      <translation>records checked</translation>
    </message>
    <message>
      <source>intact</source>
      <translation>intact</translation>
    </message>
    <message>
      <source>first break</source>
      <translation>first break</translation>
    </message>
    <message>
      <source>recipient</source>
      <translation>recipient</translation>
    </message>
    <message>
      <source>state</source>
      <translation>state</translation>
    </message>
    <message>
      <source>bag</source>
      <translation>bag</translation>
    </message>
    <message>
      <source>unit</source>
      <translation>unit</translation>
    </message>
    <message>
      <source>unit code</source>
      <translation>unit code</translation>
    </message>
    <message>
      <source>at</source>
      <translation>at</translation>
    </message>
    <message>
      <source>card</source>
      <translation>card</translation>
    </message>
    <message>
      <source>key file backup used</source>
      <translation>key file backup used</translation>
    </message>
    <message>
      <source>signed record</source>
      <translation>signed record</translation>
    </message>
    <message>
      <source>signature</source>
      <translation>signature</translation>
    </message>
    <message>
      <source>signed by card</source>
      <translation>signed by card</translation>
    </message>
    <message>
      <source>roster</source>
      <translation>roster</translation>
    </message>
    <message>
      <source>roster version</source>
      <translation>roster version</translation>
    </message>
    <message>
      <source>approved by card</source>
      <translation>approved by card</translation>
    </message>
    <message>
      <source>role in the user table</source>
      <translation>role in the user table</translation>
    </message>
    <message>
      <source>role on the roster</source>
      <translation>role on the roster</translation>
    </message>
    <message>
      <source>role the key slot claims</source>
      <translation>role the key slot claims</translation>
    </message>
    <message>
      <source>card's record</source>
      <translation>card's record</translation>
    </message>
    <message>
      <source>checkpoint overdue</source>
      <translation>checkpoint overdue</translation>
    </message>
    <message>
      <source>checkpoints</source>
      <translation>checkpoints</translation>
    </message>
    <message>
      <source>records after the last checkpoint</source>
      <translation>records after the last checkpoint</translation>
    </message>
    <message>
      <source>checkpoint that fails</source>
      <translation>checkpoint that fails</translation>
    </message>
    <message>
      <source>signatures not in the trail</source>
      <translation>signatures not in the trail</translation>
    </message>
    <message>
      <source>clock</source>
      <translation>clock</translation>
    </message>
    <message>
      <source>last record</source>
      <translation>last record</translation>
    </message>
    <message>
      <source>key generation</source>
      <translation>key generation</translation>
    </message>
    <message>
      <source>succeeds vault</source>
      <translation>succeeds vault</translation>
    </message>
    <message>
      <source>succeeded by vault</source>
      <translation>succeeded by vault</translation>
    </message>
    <message>
      <source>old vault and its last checkpoint</source>
      <translation>old vault and its last checkpoint</translation>
    </message>
    <message>
      <source>witness</source>
      <translation>witness</translation>
    </message>
    <message>
      <source>approved</source>
      <translation>approved</translation>
    </message>
    <message>
      <source>why</source>
      <translation>why</translation>
    </message>
    <message>
      <source>hours</source>
      <translation>hours</translation>
    </message>
    <message>
      <source>subjects</source>
      <translation>subjects</translation>
    </message>
    <message>
      <source>examined by</source>
      <translation>examined by</translation>
    </message>
    <message>
      <source>amount (yuan)</source>
      <translation>amount (yuan)</translation>
    </message>
    <message>
      <source>basis</source>
      <translation>basis</translation>
    </message>
    <message>
      <source>after a review</source>
      <translation>after a review</translation>
    </message>
    <message>
      <source>backup</source>
      <translation>backup</translation>
    </message>
    <message>
      <source>bytes</source>
      <translation>bytes</translation>
    </message>
    <message>
      <source>audit head</source>
      <translation>audit head</translation>
    </message>
    <message>
      <source>grants included</source>
      <translation>grants included</translation>
    </message>
    <message>
      <source>backup made on</source>
      <translation>backup made on</translation>
    </message>
    <message>
      <source>restored</source>
      <translation>restored</translation>
    </message>
    <message>
      <source>restore note matches the trail</source>
      <translation>restore note matches the trail</translation>
    </message>
    <message>
      <source>entry number</source>
      <translation>entry number</translation>
    </message>
    <message>
      <source>filed through</source>
      <translation>filed through</translation>
    </message>
    <message>
      <source>grant package</source>
      <translation>grant package</translation>
    </message>
    <message>
      <source>parts granted</source>
      <translation>parts granted</translation>
    </message>
    <message>
      <source>files</source>
      <translation>files</translation>
    </message>
    <message>
      <source>act</source>
      <translation>act</translation>
    </message>
    <message>
      <source>records</source>
      <translation>records</translation>
    </message>
    <message>
      <source>records matching</source>
      <translation>records matching</translation>
    </message>
    <message>
      <source>filters</source>
      <translation>filters</translation>
    </message>
    <message>
      <source>new value</source>
      <translation>new value</translation>
    </message>
    <message>
      <source>public holidays</source>
      <translation>public holidays</translation>
    </message>
    <message>
      <source>exchanged workdays</source>
      <translation>exchanged workdays</translation>
    </message>
    <message>
      <source>amount</source>
      <translation>amount</translation>
    </message>
    <message>
      <source>length (characters)</source>
      <translation>length (characters)</translation>
    </message>
    <message>
      <source>signed by</source>
      <translation>signed by</translation>
    </message>
    <message>
      <source>audit record signed over</source>
      <translation>audit record signed over</translation>
    </message>
    <message>
      <source>finished after an interruption</source>
      <translation>finished after an interruption</translation>
    </message>
    <message>
      <source>recovery key</source>
      <translation>recovery key</translation>
    </message>
    <message>
      <source>first roster of an older vault</source>
      <translation>first roster of an older vault</translation>
    </message>
    <message>
      <source>viewers given grant keys</source>
      <translation>viewers given grant keys</translation>
    </message>
    <message>
      <source>recovery code id</source>
      <translation>recovery code id</translation>
    </message>
    <message>
      <source>problem</source>
      <translation>problem</translation>
    </message>
    <message>
      <source>demonstration vault</source>
      <translation>demonstration vault</translation>
    </message>
    <message>
      <source>development vault</source>
      <translation>development vault</translation>
    </message>
    <message>
      <source>key derivation memory (KiB)</source>
      <translation>key derivation memory (KiB)</translation>
    </message>
    <message>
      <source>key derivation passes</source>
      <translation>key derivation passes</translation>
    </message>
    <message>
      <source>first user</source>
      <translation>first user</translation>
    </message>
    <message>
      <source>recovery code used</source>
      <translation>recovery code used</translation>
    </message>
    <message>
      <source>new recovery code</source>
      <translation>new recovery code</translation>
    </message>
    <message>
      <source>after a recovery</source>
      <translation>after a recovery</translation>
    </message>
    <message>
      <source>vault founded anew</source>
      <translation>vault founded anew</translation>
    </message>
    <message>
      <source>source file's SHA-256 fingerprint</source>
      <translation>source file's SHA-256 fingerprint</translation>
    </message>
    <message>
      <source>first lead</source>
      <translation>first lead</translation>
    </message>
    <message>
      <source>last lead</source>
      <translation>last lead</translation>
    </message>
    <message>
      <source>abandoned checkpoint</source>
      <translation>abandoned checkpoint</translation>
    </message>
    <message>
      <source>checkpoint record</source>
      <translation>checkpoint record</translation>
    </message>
    <message>
      <source>contents checked with the key</source>
      <translation>contents checked with the key</translation>
    </message>
    <message>
      <source>records lost, at least</source>
      <translation>records lost, at least</translation>
    </message>
    <message>
      <source>idle</source>
      <translation>idle</translation>
    </message>
    <message>
      <source>locked by hand</source>
      <translation>locked by hand</translation>
    </message>
    <message>
      <source>card removed</source>
      <translation>card removed</translation>
    </message>
    <message>
      <source>card swap not finished</source>
      <translation>card swap not finished</translation>
    </message>
    <message>
      <source>not permitted</source>
      <translation>not permitted</translation>
    </message>
    <message>
      <source>no approval</source>
      <translation>no approval</translation>
    </message>
    <message>
      <source>medium full</source>
      <translation>medium full</translation>
    </message>
    <message>
      <source>medium read-only</source>
      <translation>medium read-only</translation>
    </message>
    <message>
      <source>medium failed or removed</source>
      <translation>medium failed or removed</translation>
    </message>
    <message>
      <source>does not match its manifest</source>
      <translation>does not match its manifest</translation>
    </message>
    <message>
      <source>of another vault</source>
      <translation>of another vault</translation>
    </message>
    <message>
      <source>failed its check</source>
      <translation>failed its check</translation>
    </message>
    <message>
      <source>not a backup</source>
      <translation>not a backup</translation>
    </message>
    <message>
      <source>surrender</source>
      <translation>surrender</translation>
    </message>
    <message>
      <source>the viewer's signed outbox</source>
      <translation>the viewer's signed outbox</translation>
    </message>
    <message>
      <source>kept (%1 pieces)</source>
      <translation>kept (%1 pieces)</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>; </source>
      <translation>; </translation>
    </message>
    <message>
      <source>Lead %1</source>
      <translation>Lead %1</translation>
    </message>
    <message>
      <source>Report of lead %1</source>
      <translation>Report of lead %1</translation>
    </message>
    <message>
      <source>Bag %1</source>
      <translation>Bag %1</translation>
    </message>
    <message>
      <source>Bag register %1</source>
      <translation>Bag register %1</translation>
    </message>
    <message>
      <source>Leads %1</source>
      <translation>Leads %1</translation>
    </message>
    <message>
      <source>User %1</source>
      <translation>User %1</translation>
    </message>
  </context>
  <context>
    <name>AuditFilters</name>
    <message>
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <source>to</source>
      <translation>to</translation>
    </message>
    <message>
      <source>Anyone</source>
      <translation>Anyone</translation>
    </message>
    <message>
      <source>Any action</source>
      <translation>Any action</translation>
    </message>
    <message>
      <source>Subject: lead number or id</source>
      <translation>Subject: lead number or id</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Show</translation>
    </message>
    <message>
      <source>All records</source>
      <translation>All records</translation>
    </message>
    <message>
      <source>By:</source>
      <translation>By:</translation>
    </message>
    <message>
      <source>The system</source>
      <translation>The system</translation>
    </message>
  </context>
  <context>
    <name>AuditView</name>
    <message>
      <source>Audit trail</source>
      <translation>Audit trail</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <source>Verify the whole chain</source>
      <translation>Verify the whole chain</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>By</source>
      <translation>By</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Subject</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>A checkpoint: the chief procurator's card signed the chain up to here.</source>
      <translation>A checkpoint: the chief procurator's card signed the chain up to here.</translation>
    </message>
    <message>
      <source>Show the break</source>
      <translation>Show the break</translation>
    </message>
    <message>
      <source>Newest</source>
      <translation>Newest</translation>
    </message>
    <message>
      <source>Newer</source>
      <translation>Newer</translation>
    </message>
    <message>
      <source>Older</source>
      <translation>Older</translation>
    </message>
    <message>
      <source>Oldest</source>
      <translation>Oldest</translation>
    </message>
    <message>
      <source>Print an extract…</source>
      <translation>Print an extract…</translation>
    </message>
    <message>
      <source>Export the extract…</source>
      <translation>Export the extract…</translation>
    </message>
    <message>
      <source>Only with your signed approval of a request to export this extract.</source>
      <translation>Only with your signed approval of a request to export this extract.</translation>
    </message>
    <message>
      <source>Records %1 to %2</source>
      <translation>Records %1 to %2</translation>
    </message>
    <message>
      <source>No record matches.</source>
      <translation>No record matches.</translation>
    </message>
    <message>
      <source>Verifying…</source>
      <translation>Verifying…</translation>
    </message>
    <message>
      <source>Audit extract</source>
      <translation>Audit extract</translation>
    </message>
    <message>
      <source>The extract was written to %1.</source>
      <translation>The extract was written to %1.</translation>
    </message>
    <message>
      <source>Export the audit extract</source>
      <translation>Export the audit extract</translation>
    </message>
    <message>
      <source>The chain is intact: all %1 records verify. %2 checkpoints signed by the chief procurator's card vouch for it; the last is record %3, and %4 records after it are not yet witnessed.</source>
      <translation>The chain is intact: all %1 records verify. %2 checkpoints signed by the chief procurator's card vouch for it; the last is record %3, and %4 records after it are not yet witnessed.</translation>
    </message>
    <message>
      <source>Checkpoint %1 does not match: the records before it were rewritten or its signature is not a chief procurator's. Report this at once.</source>
      <translation>Checkpoint %1 does not match: the records before it were rewritten or its signature is not a chief procurator's. Report this at once.</translation>
    </message>
    <message>
      <source>No checkpoint signed by the chief procurator's card vouches for this chain: it cannot be trusted.</source>
      <translation>No checkpoint signed by the chief procurator's card vouches for this chain: it cannot be trusted.</translation>
    </message>
    <message>
      <source>The chain is BROKEN at record %1: it or an earlier record was changed or removed. Report this at once.</source>
      <translation>The chain is BROKEN at record %1: it or an earlier record was changed or removed. Report this at once.</translation>
    </message>
  </context>
  <context>
    <name>Backup</name>
    <message>
      <source>The medium is full. Nothing was kept on it and the vault is unchanged; use a larger or emptier medium.</source>
      <translation>The medium is full. Nothing was kept on it and the vault is unchanged; use a larger or emptier medium.</translation>
    </message>
    <message>
      <source>The medium cannot be written (read-only or write-protected). The vault is unchanged.</source>
      <translation>The medium cannot be written (read-only or write-protected). The vault is unchanged.</translation>
    </message>
    <message>
      <source>The medium failed or was removed while in use. What was written there is not a backup; the vault is unchanged.</source>
      <translation>The medium failed or was removed while in use. What was written there is not a backup; the vault is unchanged.</translation>
    </message>
    <message>
      <source>This folder holds no LeadVault backup. Choose the backup's own folder.</source>
      <translation>This folder holds no LeadVault backup. Choose the backup's own folder.</translation>
    </message>
    <message>
      <source>The backup does not match its manifest (%1). Do not rely on it. Nothing was changed.</source>
      <translation>The backup does not match its manifest (%1). Do not rely on it. Nothing was changed.</translation>
    </message>
    <message>
      <source>This backup is of another vault. Nothing was changed.</source>
      <translation>This backup is of another vault. Nothing was changed.</translation>
    </message>
    <message>
      <source>The copy failed its check after writing and was removed. The vault is unchanged; try another medium.</source>
      <translation>The copy failed its check after writing and was removed. The vault is unchanged; try another medium.</translation>
    </message>
    <message>
      <source>A backup is restored only into an empty folder. Nothing was changed.</source>
      <translation>A backup is restored only into an empty folder. Nothing was changed.</translation>
    </message>
    <message>
      <source>The backup could not be completed. The vault is unchanged.</source>
      <translation>The backup could not be completed. The vault is unchanged.</translation>
    </message>
  </context>
  <context>
    <name>BackupPanel</name>
    <message>
      <source>Backup</source>
      <translation>Backup</translation>
    </message>
    <message>
      <source>Back up to removable media…</source>
      <translation>Back up to removable media…</translation>
    </message>
    <message>
      <source>Check a backup…</source>
      <translation>Check a backup…</translation>
    </message>
    <message>
      <source>Remind the clerk after</source>
      <translation>Remind the clerk after</translation>
    </message>
    <message>
      <source> days</source>
      <translation> days</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Apply</translation>
    </message>
    <message>
      <source>Choose the removable medium</source>
      <translation>Choose the removable medium</translation>
    </message>
    <message>
      <source>Backing up…</source>
      <translation>Backing up…</translation>
    </message>
    <message>
      <source>Choose the backup's folder</source>
      <translation>Choose the backup's folder</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Checking…</translation>
    </message>
    <message>
      <source>Checking the copy: %1 of %2</source>
      <translation>Checking the copy: %1 of %2</translation>
    </message>
    <message>
      <source>Copying: %1 of %2</source>
      <translation>Copying: %1 of %2</translation>
    </message>
    <message>
      <source>Backup written and checked: %1 (%2).</source>
      <translation>Backup written and checked: %1 (%2).</translation>
    </message>
    <message>
      <source>The backup made %1 is whole and of this vault.</source>
      <translation>The backup made %1 is whole and of this vault.</translation>
    </message>
    <message>
      <source>No backup has been made yet.</source>
      <translation>No backup has been made yet.</translation>
    </message>
    <message>
      <source>Last backup: %1.</source>
      <translation>Last backup: %1.</translation>
    </message>
    <message>
      <source>A backup is due (every %1 days): back up to removable media now.</source>
      <translation>A backup is due (every %1 days): back up to removable media now.</translation>
    </message>
  </context>
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
      <source>A bag is unsealed only with the chief procurator's card signature.</source>
      <translation>A bag is unsealed only with the chief procurator's card signature.</translation>
    </message>
    <message>
      <source>The signature is for bag %1, not this one. The bag was not unsealed.</source>
      <translation>The signature is for bag %1, not this one. The bag was not unsealed.</translation>
    </message>
    <message>
      <source>The bag refused this. Nothing was changed.</source>
      <translation>The bag refused this. Nothing was changed.</translation>
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
      <source>Every confidential number of %1 has been issued. Ask the administrator.</source>
      <translation>Every confidential number of %1 has been issued. Ask the administrator.</translation>
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
      <source>This label was not printed by this workstation: it may be forged. Report it.</source>
      <translation>This label was not printed by this workstation: it may be forged. Report it.</translation>
    </message>
    <message>
      <source>The scanned text is too long (%1 characters) to be a label.</source>
      <translation>The scanned text is too long (%1 characters) to be a label.</translation>
    </message>
  </context>
  <context>
    <name>CalendarReminder</name>
    <message>
      <source>The public holidays and exchanged workdays of %1 are not set: working-day deadlines in that year count weekends only.</source>
      <translation>The public holidays and exchanged workdays of %1 are not set: working-day deadlines in that year count weekends only.</translation>
    </message>
    <message>
      <source>Set them in Settings, from the State Council's notice.</source>
      <translation>Set them in Settings, from the State Council's notice.</translation>
    </message>
    <message>
      <source>Ask the chief procurator to set them in Settings.</source>
      <translation>Ask the chief procurator to set them in Settings.</translation>
    </message>
  </context>
  <context>
    <name>CardEditDialog</name>
    <message>
      <source>Correct the case card of lead %1</source>
      <translation>Correct the case card of lead %1</translation>
    </message>
    <message>
      <source>About our own staff</source>
      <translation>About our own staff</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
    <message>
      <source>Materials kept at</source>
      <translation>Materials kept at</translation>
    </message>
    <message>
      <source>Reported persons</source>
      <translation>Reported persons</translation>
    </message>
    <message>
      <source>The report texts stay exactly as received. This correction is kept in the lead's history with your name, the time and the reason.</source>
      <translation>The report texts stay exactly as received. This correction is kept in the lead's history with your name, the time and the reason.</translation>
    </message>
  </context>
  <context>
    <name>CheckpointPanel</name>
    <message>
      <source>PIN of the chief procurator's card</source>
      <translation>PIN of the chief procurator's card</translation>
    </message>
    <message>
      <source>Sign a checkpoint now</source>
      <translation>Sign a checkpoint now</translation>
    </message>
    <message>
      <source>Print the witness sheet…</source>
      <translation>Print the witness sheet…</translation>
    </message>
    <message>
      <source>No checkpoint has been signed yet.</source>
      <translation>No checkpoint has been signed yet.</translation>
    </message>
    <message>
      <source>Last checkpoint: No. %1 (record %2), signed %3 by card %4. It witnessed %5 records since the one before (informant identity viewed %6 times): %7</source>
      <translation>Last checkpoint: No. %1 (record %2), signed %3 by card %4. It witnessed %5 records since the one before (informant identity viewed %6 times): %7</translation>
    </message>
    <message>
      <source>Choose the card and type its PIN.</source>
      <translation>Choose the card and type its PIN.</translation>
    </message>
    <message>
      <source>Signing with the card…</source>
      <translation>Signing with the card…</translation>
    </message>
    <message>
      <source>The checkpoint is signed and the card remembers it.</source>
      <translation>The checkpoint is signed and the card remembers it.</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <source>Leads by status</source>
      <translation>Leads by status</translation>
    </message>
    <message>
      <source>Leads by category</source>
      <translation>Leads by category</translation>
    </message>
    <message>
      <source>Overdue deadlines</source>
      <translation>Overdue deadlines</translation>
    </message>
    <message>
      <source>Deadlines in the next 7 days</source>
      <translation>Deadlines in the next 7 days</translation>
    </message>
    <message>
      <source>Reports received by channel</source>
      <translation>Reports received by channel</translation>
    </message>
    <message>
      <source>%1 leads in the register; %2 deadlines overdue.</source>
      <translation>%1 leads in the register; %2 deadlines overdue.</translation>
    </message>
  </context>
  <context>
    <name>DemoMenu</name>
    <message>
      <source>&amp;Demo</source>
      <translation>&amp;Demo</translation>
    </message>
    <message>
      <source>Card of %1 in reader %2</source>
      <translation>Card of %1 in reader %2</translation>
    </message>
    <message>
      <source>Demo passwords and PINs…</source>
      <translation>Demo passwords and PINs…</translation>
    </message>
    <message>
      <source>All names and data in this demo are fictional.</source>
      <translation>All names and data in this demo are fictional.</translation>
    </message>
    <message>
      <source>%1: password %2, PIN %3</source>
      <translation>%1: password %2, PIN %3</translation>
    </message>
    <message>
      <source>Demo</source>
      <translation>Demo</translation>
    </message>
  </context>
  <context>
    <name>FormPrintDialog</name>
    <message>
      <source>Print a form of lead %1</source>
      <translation>Print a form of lead %1</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Form</translation>
    </message>
    <message>
      <source>Classification</source>
      <translation>Classification</translation>
    </message>
    <message>
      <source>These forms name the informant: they are printed on paper only, each copy with its own copy number.</source>
      <translation>These forms name the informant: they are printed on paper only, each copy with its own copy number.</translation>
    </message>
    <message>
      <source>This lead has no form to print yet (forms belong to real-name reports and replies).</source>
      <translation>This lead has no form to print yet (forms belong to real-name reports and replies).</translation>
    </message>
    <message>
      <source>Preview…</source>
      <translation>Preview…</translation>
    </message>
    <message>
      <source>Rights notice (report of %1)</source>
      <translation>Rights notice (report of %1)</translation>
    </message>
    <message>
      <source>Visit transcript (%1)</source>
      <translation>Visit transcript (%1)</translation>
    </message>
    <message>
      <source>Items received (%1)</source>
      <translation>Items received (%1)</translation>
    </message>
    <message>
      <source>Plain envelope label (%1)</source>
      <translation>Plain envelope label (%1)</translation>
    </message>
    <message>
      <source>Reply record (%1)</source>
      <translation>Reply record (%1)</translation>
    </message>
    <message>
      <source>Reply letter (%1)</source>
      <translation>Reply letter (%1)</translation>
    </message>
    <message>
      <source>Investigation assignment</source>
      <translation>Investigation assignment</translation>
    </message>
    <message>
      <source>A post box or a neutral address: never the procuratorate's name</source>
      <translation>A post box or a neutral address: never the procuratorate's name</translation>
    </message>
    <message>
      <source>Informant's postcode</source>
      <translation>Informant's postcode</translation>
    </message>
    <message>
      <source>Return address</source>
      <translation>Return address</translation>
    </message>
    <message>
      <source>Return postcode</source>
      <translation>Return postcode</translation>
    </message>
    <message>
      <source>Preliminary check</source>
      <translation>Preliminary check</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>Department</translation>
    </message>
    <message>
      <source>Assigned to</source>
      <translation>Assigned to</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>Task</translation>
    </message>
    <message>
      <source>Due on</source>
      <translation>Due on</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>Approved by</translation>
    </message>
    <message>
      <source>Approved on</source>
      <translation>Approved on</translation>
    </message>
  </context>
  <context>
    <name>GrantedView</name>
    <message>
      <source>Granted to me</source>
      <translation>Granted to me</translation>
    </message>
    <message>
      <source>What the chief procurator granted you, until it expires. Each opening is signed by your card and recorded in the audit trail. A copy of a grant still opens only with your card, your password and this computer.</source>
      <translation>What the chief procurator granted you, until it expires. Each opening is signed by your card and recorded in the audit trail. A copy of a grant still opens only with your card, your password and this computer.</translation>
    </message>
    <message>
      <source>Leads</source>
      <translation>Leads</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Until</translation>
    </message>
    <message>
      <source>Parts asked for</source>
      <translation>Parts asked for</translation>
    </message>
    <message>
      <source>Open with my card</source>
      <translation>Open with my card</translation>
    </message>
    <message>
      <source>Card PIN:</source>
      <translation>Card PIN:</translation>
    </message>
    <message>
      <source>Case card</source>
      <translation>Case card</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Reports</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Attachments</translation>
    </message>
    <message>
      <source>Informant identity</source>
      <translation>Informant identity</translation>
    </message>
    <message>
      <source>Lead number</source>
      <translation>Lead number</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
    <message>
      <source>Reported</source>
      <translation>Reported</translation>
    </message>
    <message>
      <source>Report events</source>
      <translation>Report events</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>Granted</source>
      <translation>Granted</translation>
    </message>
    <message>
      <source>:</source>
      <translation>:</translation>
    </message>
    <message>
      <source>Show informant identity…</source>
      <translation>Show informant identity…</translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>Nothing is granted to you now.</source>
      <translation>Nothing is granted to you now.</translation>
    </message>
    <message>
      <source>The report texts were not granted.</source>
      <translation>The report texts were not granted.</translation>
    </message>
    <message>
      <source>The attachments were not granted.</source>
      <translation>The attachments were not granted.</translation>
    </message>
    <message>
      <source>Open the identity only when your work requires it: your card signs the opening and it is recorded with your name.</source>
      <translation>Open the identity only when your work requires it: your card signs the opening and it is recorded with your name.</translation>
    </message>
    <message>
      <source>The informant's identity was not granted.</source>
      <translation>The informant's identity was not granted.</translation>
    </message>
    <message>
      <source>Lead %1 opened read-only.</source>
      <translation>Lead %1 opened read-only.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>ID number</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
  </context>
  <context>
    <name>Grants</name>
    <message>
      <source>Filed, not yet received</source>
      <translation>Filed, not yet received</translation>
    </message>
    <message>
      <source>Not accepted (no such lead)</source>
      <translation>Not accepted (no such lead)</translation>
    </message>
  </context>
  <context>
    <name>ImportView</name>
    <message>
      <source>Import a register kept so far in a spreadsheet, saved as CSV (UTF-8 or GB18030). The file is checked first; only a file without any problem is imported, all rows or none.</source>
      <translation>Import a register kept so far in a spreadsheet, saved as CSV (UTF-8 or GB18030). The file is checked first; only a file without any problem is imported, all rows or none.</translation>
    </message>
    <message>
      <source>Choose a CSV file…</source>
      <translation>Choose a CSV file…</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>Line</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Column</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>Choose a CSV file</source>
      <translation>Choose a CSV file</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
    <message>
      <source>Checking %1…</source>
      <translation>Checking %1…</translation>
    </message>
    <message>
      <source>%1: %2 rows, all good (%3). Nothing is imported until you press Import.</source>
      <translation>%1: %2 rows, all good (%3). Nothing is imported until you press Import.</translation>
    </message>
    <message>
      <source>The file is neither UTF-8 nor GB18030.</source>
      <translation>The file is neither UTF-8 nor GB18030.</translation>
    </message>
    <message>
      <source>It is not a CSV table.</source>
      <translation>It is not a CSV table.</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Importing…</translation>
    </message>
    <message>
      <source>%1 leads were imported: %2 to %3.</source>
      <translation>%1 leads were imported: %2 to %3.</translation>
    </message>
    <message>
      <source>Now destroy the file %1 and every copy of it (USB stick, download folder, recycle bin): it holds informants' identities in clear. The register keeps them encrypted.</source>
      <translation>Now destroy the file %1 and every copy of it (USB stick, download folder, recycle bin): it holds informants' identities in clear. The register keeps them encrypted.</translation>
    </message>
  </context>
  <context>
    <name>InboxView</name>
    <message>
      <source>Approvals inbox</source>
      <translation>Approvals inbox</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>Pending</translation>
    </message>
    <message>
      <source>Decided</source>
      <translation>Decided</translation>
    </message>
    <message>
      <source>All</source>
      <translation>All</translation>
    </message>
    <message>
      <source>Grant:</source>
      <translation>Grant:</translation>
    </message>
    <message>
      <source>for (hours):</source>
      <translation>for (hours):</translation>
    </message>
    <message>
      <source>PIN of your card</source>
      <translation>PIN of your card</translation>
    </message>
    <message>
      <source>Approve and sign</source>
      <translation>Approve and sign</translation>
    </message>
    <message>
      <source>Refuse and sign</source>
      <translation>Refuse and sign</translation>
    </message>
    <message>
      <source>Revoke the approval</source>
      <translation>Revoke the approval</translation>
    </message>
    <message>
      <source>Print the decision sheet…</source>
      <translation>Print the decision sheet…</translation>
    </message>
    <message>
      <source>Choose a request to read its reason and decide it.</source>
      <translation>Choose a request to read its reason and decide it.</translation>
    </message>
    <message>
      <source>%1 — asked by %2: “%3”</source>
      <translation>%1 — asked by %2: “%3”</translation>
    </message>
    <message>
      <source>Choose a request and your card, and type its PIN.</source>
      <translation>Choose a request and your card, and type its PIN.</translation>
    </message>
    <message>
      <source>Signing with the card…</source>
      <translation>Signing with the card…</translation>
    </message>
    <message>
      <source>approved</source>
      <translation>approved</translation>
    </message>
    <message>
      <source>refused</source>
      <translation>refused</translation>
    </message>
    <message>
      <source>Request %1 %2; your card signed the decision.</source>
      <translation>Request %1 %2; your card signed the decision.</translation>
    </message>
    <message>
      <source>Decision sheet</source>
      <translation>Decision sheet</translation>
    </message>
    <message>
      <source>The approval of request %1 is revoked.</source>
      <translation>The approval of request %1 is revoked.</translation>
    </message>
  </context>
  <context>
    <name>LeadDetail</name>
    <message>
      <source>Decide disposition…</source>
      <translation>Decide disposition…</translation>
    </message>
    <message>
      <source>Add attachment…</source>
      <translation>Add attachment…</translation>
    </message>
    <message>
      <source>Correct case card…</source>
      <translation>Correct case card…</translation>
    </message>
    <message>
      <source>Record reply…</source>
      <translation>Record reply…</translation>
    </message>
    <message>
      <source>Void lead…</source>
      <translation>Void lead…</translation>
    </message>
    <message>
      <source>Print a form…</source>
      <translation>Print a form…</translation>
    </message>
    <message>
      <source>History of the case card</source>
      <translation>History of the case card</translation>
    </message>
    <message>
      <source>Case card</source>
      <translation>Case card</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Reports</translation>
    </message>
    <message>
      <source>Deadlines and routing</source>
      <translation>Deadlines and routing</translation>
    </message>
    <message>
      <source>Replies</source>
      <translation>Replies</translation>
    </message>
    <message>
      <source>Protection and assistance</source>
      <translation>Protection and assistance</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Attachments</translation>
    </message>
    <message>
      <source>Informant identity</source>
      <translation>Informant identity</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Deadlines</source>
      <translation>Deadlines</translation>
    </message>
    <message>
      <source>Routing and dispositions</source>
      <translation>Routing and dispositions</translation>
    </message>
    <message>
      <source>The informant's identity is not shown. Open it only when your work requires it: every opening is recorded in the audit trail with your name.</source>
      <translation>The informant's identity is not shown. Open it only when your work requires it: every opening is recorded in the audit trail with your name.</translation>
    </message>
    <message>
      <source>Show informant identity…</source>
      <translation>Show informant identity…</translation>
    </message>
    <message>
      <source>Hide identity</source>
      <translation>Hide identity</translation>
    </message>
    <message>
      <source>Lead %1 · %2</source>
      <translation>Lead %1 · %2</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Reported persons</source>
      <translation>Reported persons</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
    <message>
      <source>Filing level</source>
      <translation>Filing level</translation>
    </message>
    <message>
      <source>About our own staff</source>
      <translation>About our own staff</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <source>Reports received</source>
      <translation>Reports received</translation>
    </message>
    <message>
      <source>First received</source>
      <translation>First received</translation>
    </message>
    <message>
      <source>Last received</source>
      <translation>Last received</translation>
    </message>
    <message>
      <source>Materials kept at</source>
      <translation>Materials kept at</translation>
    </message>
    <message>
      <source>Not corrected since it was recorded.</source>
      <translation>Not corrected since it was recorded.</translation>
    </message>
    <message>
      <source>No reply recorded yet.</source>
      <translation>No reply recorded yet.</translation>
    </message>
    <message>
      <source>Met %1</source>
      <translation>Met %1</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>No disposition yet.</source>
      <translation>No disposition yet.</translation>
    </message>
    <message>
      <source>Surrender</source>
      <translation>Surrender</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Report</translation>
    </message>
    <message>
      <source>real name, code %1</source>
      <translation>real name, code %1</translation>
    </message>
    <message>
      <source>anonymous</source>
      <translation>anonymous</translation>
    </message>
    <message>
      <source>Received by: %1</source>
      <translation>Received by: %1</translation>
    </message>
    <message>
      <source>Postmark: %1</source>
      <translation>Postmark: %1</translation>
    </message>
    <message>
      <source>Postmark illegible: %1</source>
      <translation>Postmark illegible: %1</translation>
    </message>
    <message>
      <source>Told of the liability for a false accusation (CPL Art 111).</source>
      <translation>Told of the liability for a false accusation (CPL Art 111).</translation>
    </message>
    <message>
      <source>Origin: %1</source>
      <translation>Origin: %1</translation>
    </message>
    <message>
      <source>Reference: %1</source>
      <translation>Reference: %1</translation>
    </message>
    <message>
      <source>Items received: %1</source>
      <translation>Items received: %1</translation>
    </message>
    <message>
      <source>Show informant identity</source>
      <translation>Show informant identity</translation>
    </message>
    <message>
      <source>Show the informant's identity for lead %1? This is recorded in the audit trail.</source>
      <translation>Show the informant's identity for lead %1? This is recorded in the audit trail.</translation>
    </message>
    <message>
      <source>No informant identity was recorded for this lead (anonymous).</source>
      <translation>No informant identity was recorded for this lead (anonymous).</translation>
    </message>
    <message>
      <source>Report %1</source>
      <translation>Report %1</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>ID number</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>Phones</source>
      <translation>Phones</translation>
    </message>
    <message>
      <source>Relatives to protect</source>
      <translation>Relatives to protect</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>Add attachment</source>
      <translation>Add attachment</translation>
    </message>
    <message>
      <source>The file was added to the lead.</source>
      <translation>The file was added to the lead.</translation>
    </message>
    <message>
      <source>The correction was saved.</source>
      <translation>The correction was saved.</translation>
    </message>
    <message>
      <source>The lead was voided.</source>
      <translation>The lead was voided.</translation>
    </message>
    <message>
      <source>The reply was recorded.</source>
      <translation>The reply was recorded.</translation>
    </message>
    <message>
      <source>The disposition was recorded.</source>
      <translation>The disposition was recorded.</translation>
    </message>
  </context>
  <context>
    <name>LeadListView</name>
    <message>
      <source>Search case cards and report text</source>
      <translation>Search case cards and report text</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Search</translation>
    </message>
    <message>
      <source>Show all</source>
      <translation>Show all</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>Any status</translation>
    </message>
    <message>
      <source>Any category</source>
      <translation>Any category</translation>
    </message>
    <message>
      <source>Any channel</source>
      <translation>Any channel</translation>
    </message>
    <message>
      <source>Overdue only</source>
      <translation>Overdue only</translation>
    </message>
    <message>
      <source>Received from</source>
      <translation>Received from</translation>
    </message>
    <message>
      <source>to</source>
      <translation>to</translation>
    </message>
    <message numerus="yes">
      <source>%n lead(s) found.</source>
      <translation>
        <numerusform>%n lead found.</numerusform>
        <numerusform>%n leads found.</numerusform>
      </translation>
    </message>
    <message>
      <source>No leads match.</source>
      <translation>No leads match.</translation>
    </message>
  </context>
  <context>
    <name>LeadPrintsTab</name>
    <message>
      <source>Classification of the next print</source>
      <translation>Classification of the next print</translation>
    </message>
    <message>
      <source>Monthly repeat-report notice</source>
      <translation>Monthly repeat-report notice</translation>
    </message>
    <message>
      <source>Leads reported again in the month, for the departments: lead numbers, informant codes and counts only, never an identity.</source>
      <translation>Leads reported again in the month, for the departments: lead numbers, informant codes and counts only, never an identity.</translation>
    </message>
    <message>
      <source>Preview and print…</source>
      <translation>Preview and print…</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Year</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Month</translation>
    </message>
    <message>
      <source>Leads register</source>
      <translation>Leads register</translation>
    </message>
    <message>
      <source>The leads first received in the chosen days, one line each, void leads included.</source>
      <translation>The leads first received in the chosen days, one line each, void leads included.</translation>
    </message>
    <message>
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <source>until</source>
      <translation>until</translation>
    </message>
    <message>
      <source>Bag register</source>
      <translation>Bag register</translation>
    </message>
    <message>
      <source>Bags numbered in the year</source>
      <translation>Bags numbered in the year</translation>
    </message>
    <message>
      <source>Leads register %1 to %2</source>
      <translation>Leads register %1 to %2</translation>
    </message>
    <message>
      <source>Bag register %1</source>
      <translation>Bag register %1</translation>
    </message>
    <message>
      <source>Repeat-report notice %1-%2</source>
      <translation>Repeat-report notice %1-%2</translation>
    </message>
  </context>
  <context>
    <name>Leads</name>
    <message>
      <source>Awaiting disposition</source>
      <translation>Awaiting disposition</translation>
    </message>
    <message>
      <source>Routed</source>
      <translation>Routed</translation>
    </message>
    <message>
      <source>Transferred</source>
      <translation>Transferred</translation>
    </message>
    <message>
      <source>Preliminary check</source>
      <translation>Preliminary check</translation>
    </message>
    <message>
      <source>Filed upward</source>
      <translation>Filed upward</translation>
    </message>
    <message>
      <source>No action</source>
      <translation>No action</translation>
    </message>
    <message>
      <source>Void</source>
      <translation>Void</translation>
    </message>
    <message>
      <source>Embezzlement and bribery</source>
      <translation>Embezzlement and bribery</translation>
    </message>
    <message>
      <source>Dereliction of duty</source>
      <translation>Dereliction of duty</translation>
    </message>
    <message>
      <source>Infringement of rights</source>
      <translation>Infringement of rights</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>Visit</source>
      <translation>Visit</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>Letter</translation>
    </message>
    <message>
      <source>Fax</source>
      <translation>Fax</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Website (12309)</source>
      <translation>Website (12309)</translation>
    </message>
    <message>
      <source>Oral</source>
      <translation>Oral</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Unknown</translation>
    </message>
    <message>
      <source>Section level or below</source>
      <translation>Section level or below</translation>
    </message>
    <message>
      <source>County or division level</source>
      <translation>County or division level</translation>
    </message>
    <message>
      <source>Bureau or department level</source>
      <translation>Bureau or department level</translation>
    </message>
    <message>
      <source>Provincial or ministerial level</source>
      <translation>Provincial or ministerial level</translation>
    </message>
    <message>
      <source>This procuratorate</source>
      <translation>This procuratorate</translation>
    </message>
    <message>
      <source>Provincial reporting centre</source>
      <translation>Provincial reporting centre</translation>
    </message>
    <message>
      <source>Supreme People's Procuratorate</source>
      <translation>Supreme People's Procuratorate</translation>
    </message>
    <message>
      <source>Accept and route to a department</source>
      <translation>Accept and route to a department</translation>
    </message>
    <message>
      <source>Transfer to another authority</source>
      <translation>Transfer to another authority</translation>
    </message>
    <message>
      <source>File upward</source>
      <translation>File upward</translation>
    </message>
    <message>
      <source>Disposition</source>
      <translation>Disposition</translation>
    </message>
    <message>
      <source>Reply after a visit</source>
      <translation>Reply after a visit</translation>
    </message>
    <message>
      <source>Reply to a real-name informant</source>
      <translation>Reply to a real-name informant</translation>
    </message>
    <message>
      <source>Supplementary material</source>
      <translation>Supplementary material</translation>
    </message>
    <message>
      <source>Clarification after investigation</source>
      <translation>Clarification after investigation</translation>
    </message>
    <message>
      <source>Clarification after review</source>
      <translation>Clarification after review</translation>
    </message>
    <message>
      <source>Assistance request</source>
      <translation>Assistance request</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>Low</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>Medium</translation>
    </message>
    <message>
      <source>High</source>
      <translation>High</translation>
    </message>
    <message>
      <source>Facts ascertained</source>
      <translation>Facts ascertained</translation>
    </message>
    <message>
      <source>Reported to the chief procurator</source>
      <translation>Reported to the chief procurator</translation>
    </message>
    <message>
      <source>Police notified</source>
      <translation>Police notified</translation>
    </message>
    <message>
      <source>Judicial police measures taken</source>
      <translation>Judicial police measures taken</translation>
    </message>
    <message>
      <source>Required.</source>
      <translation>Required.</translation>
    </message>
    <message>
      <source>Too long (at most %1 characters).</source>
      <translation>Too long (at most %1 characters).</translation>
    </message>
    <message>
      <source>Contains characters that are not allowed.</source>
      <translation>Contains characters that are not allowed.</translation>
    </message>
    <message>
      <source>Not in the expected form.</source>
      <translation>Not in the expected form.</translation>
    </message>
    <message>
      <source>The last character does not match: the ID number is mistyped.</source>
      <translation>The last character does not match: the ID number is mistyped.</translation>
    </message>
    <message>
      <source>The birth date in the ID number is impossible.</source>
      <translation>The birth date in the ID number is impossible.</translation>
    </message>
    <message>
      <source>Lies in the future.</source>
      <translation>Lies in the future.</translation>
    </message>
    <message>
      <source>A visit is received by at least %1 staff members.</source>
      <translation>A visit is received by at least %1 staff members.</translation>
    </message>
    <message>
      <source>Not allowed for this channel.</source>
      <translation>Not allowed for this channel.</translation>
    </message>
    <message>
      <source>Unknown value.</source>
      <translation>Unknown value.</translation>
    </message>
    <message>
      <source>Lies before the report it answers.</source>
      <translation>Lies before the report it answers.</translation>
    </message>
    <message>
      <source>A date is given twice.</source>
      <translation>A date is given twice.</translation>
    </message>
    <message>
      <source>A date lies outside the chosen year.</source>
      <translation>A date lies outside the chosen year.</translation>
    </message>
    <message>
      <source>No such administrative division (first six digits): the ID number is mistyped.</source>
      <translation>No such administrative division (first six digits): the ID number is mistyped.</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Reported person's name</source>
      <translation>Reported person's name</translation>
    </message>
    <message>
      <source>Reported person's unit</source>
      <translation>Reported person's unit</translation>
    </message>
    <message>
      <source>Reported person's post</source>
      <translation>Reported person's post</translation>
    </message>
    <message>
      <source>Reported person's region</source>
      <translation>Reported person's region</translation>
    </message>
    <message>
      <source>Replied at</source>
      <translation>Replied at</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>Content</translation>
    </message>
    <message>
      <source>Informant's reaction</source>
      <translation>Informant's reaction</translation>
    </message>
    <message>
      <source>Why no reply was possible</source>
      <translation>Why no reply was possible</translation>
    </message>
    <message>
      <source>Report text (as received)</source>
      <translation>Report text (as received)</translation>
    </message>
    <message>
      <source>Received at</source>
      <translation>Received at</translation>
    </message>
    <message>
      <source>Postmark date</source>
      <translation>Postmark date</translation>
    </message>
    <message>
      <source>Why the postmark is illegible</source>
      <translation>Why the postmark is illegible</translation>
    </message>
    <message>
      <source>To</source>
      <translation>To</translation>
    </message>
    <message>
      <source>Measures</source>
      <translation>Measures</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <source>Review on</source>
      <translation>Review on</translation>
    </message>
    <message>
      <source>Risk factors</source>
      <translation>Risk factors</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Asked at</source>
      <translation>Asked at</translation>
    </message>
    <message>
      <source>Done at</source>
      <translation>Done at</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>Request</translation>
    </message>
    <message>
      <source>Public holidays</source>
      <translation>Public holidays</translation>
    </message>
    <message>
      <source>Weekend days worked in exchange</source>
      <translation>Weekend days worked in exchange</translation>
    </message>
    <message>
      <source>Discipline inspection department</source>
      <translation>Discipline inspection department</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <source>Informant's name</source>
      <translation>Informant's name</translation>
    </message>
    <message>
      <source>Informant's ID number</source>
      <translation>Informant's ID number</translation>
    </message>
    <message>
      <source>Informant's phone</source>
      <translation>Informant's phone</translation>
    </message>
    <message>
      <source>Informant's unit</source>
      <translation>Informant's unit</translation>
    </message>
    <message>
      <source>Informant's address</source>
      <translation>Informant's address</translation>
    </message>
    <message>
      <source>Nothing was changed: correct a field first.</source>
      <translation>Nothing was changed: correct a field first.</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>Refused: %1 is a unit reported in this lead. Materials may not be passed to the reported person's unit (Art 59(4)).</source>
      <translation>Refused: %1 is a unit reported in this lead. Materials may not be passed to the reported person's unit (Art 59(4)).</translation>
    </message>
    <message>
      <source>Refused: the target names %1, a person reported in this lead. Materials may not be passed to a reported person (Art 59(4)).</source>
      <translation>Refused: the target names %1, a person reported in this lead. Materials may not be passed to a reported person (Art 59(4)).</translation>
    </message>
    <message>
      <source>A lead about our own staff goes to %1 (Art 76).</source>
      <translation>A lead about our own staff goes to %1 (Art 76).</translation>
    </message>
    <message>
      <source>There is no lead %1 in the register.</source>
      <translation>There is no lead %1 in the register.</translation>
    </message>
    <message>
      <source>That report is no longer in the register. Reopen the lead.</source>
      <translation>That report is no longer in the register. Reopen the lead.</translation>
    </message>
    <message>
      <source>That attachment is no longer in the register. Reopen the lead.</source>
      <translation>That attachment is no longer in the register. Reopen the lead.</translation>
    </message>
    <message>
      <source>The informant's identity could not be decrypted: it was altered or moved. Nothing is shown. Report this to the chief procurator.</source>
      <translation>The informant's identity could not be decrypted: it was altered or moved. Nothing is shown. Report this to the chief procurator.</translation>
    </message>
    <message>
      <source>Replies, risk assessments and protection apply only to real-name reports.</source>
      <translation>Replies, risk assessments and protection apply only to real-name reports.</translation>
    </message>
    <message>
      <source>Lead %1 is void: nothing more can be recorded on it.</source>
      <translation>Lead %1 is void: nothing more can be recorded on it.</translation>
    </message>
    <message>
      <source>There is nothing to print for that period. No copy number was spent.</source>
      <translation>There is nothing to print for that period. No copy number was spent.</translation>
    </message>
    <message>
      <source>This step of the assistance needs an earlier step first: %1.</source>
      <translation>This step of the assistance needs an earlier step first: %1.</translation>
    </message>
    <message>
      <source>Nothing was imported: the file has %1 problem(s).</source>
      <translation>Nothing was imported: the file has %1 problem(s).</translation>
    </message>
    <message>
      <source>The leads register refused the change. Nothing was changed.</source>
      <translation>The leads register refused the change. Nothing was changed.</translation>
    </message>
    <message>
      <source>This session holds no identity key.</source>
      <translation>This session holds no identity key.</translation>
    </message>
    <message>
      <source>Someone else saved this lead meanwhile. Reopen it and retry.</source>
      <translation>Someone else saved this lead meanwhile. Reopen it and retry.</translation>
    </message>
    <message>
      <source>The file is larger than the limit of %1 MB.</source>
      <translation>The file is larger than the limit of %1 MB.</translation>
    </message>
    <message>
      <source>Files of this type are not accepted.</source>
      <translation>Files of this type are not accepted.</translation>
    </message>
    <message>
      <source>The file's name does not match its content: refused.</source>
      <translation>The file's name does not match its content: refused.</translation>
    </message>
    <message>
      <source>This lead already holds exactly this file.</source>
      <translation>This lead already holds exactly this file.</translation>
    </message>
    <message>
      <source>Some fields need attention: see the marks next to them.</source>
      <translation>Some fields need attention: see the marks next to them.</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>Reported persons</source>
      <translation>Reported persons</translation>
    </message>
    <message>
      <source>Materials kept at</source>
      <translation>Materials kept at</translation>
    </message>
    <message>
      <source>About our own staff</source>
      <translation>About our own staff</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>Voided</translation>
    </message>
    <message>
      <source>Corrected %1</source>
      <translation>Corrected %1</translation>
    </message>
    <message>
      <source>%1 · %2 · %3 · reason: %4</source>
      <translation>%1 · %2 · %3 · reason: %4</translation>
    </message>
    <message>
      <source>Oral reply</source>
      <translation>Oral reply</translation>
    </message>
    <message>
      <source>Reply letter</source>
      <translation>Reply letter</translation>
    </message>
    <message>
      <source>Informant unreachable</source>
      <translation>Informant unreachable</translation>
    </message>
    <message>
      <source>at %1 with %2</source>
      <translation>at %1 with %2</translation>
    </message>
    <message>
      <source>informant's reaction: %1</source>
      <translation>informant's reaction: %1</translation>
    </message>
    <message>
      <source>reason: %1</source>
      <translation>reason: %1</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Channel</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Reported unit</source>
      <translation>Reported unit</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Reports</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>The printer could not be opened. Nothing was printed; check that it is switched on and connected.</source>
      <translation>The printer could not be opened. Nothing was printed; check that it is switched on and connected.</translation>
    </message>
    <message>
      <source>Secret</source>
      <translation>Secret</translation>
    </message>
    <message>
      <source>Confidential</source>
      <translation>Confidential</translation>
    </message>
    <message>
      <source>Top secret</source>
      <translation>Top secret</translation>
    </message>
    <message>
      <source> years</source>
      <translation> years</translation>
    </message>
    <message>
      <source>URGENT assistance request</source>
      <translation>URGENT assistance request</translation>
    </message>
    <message>
      <source>%1 at %2</source>
      <translation>%1 at %2</translation>
    </message>
    <message>
      <source>Art %1</source>
      <translation>Art %1</translation>
    </message>
    <message>
      <source>Chapter %1</source>
      <translation>Chapter %1</translation>
    </message>
  </context>
  <context>
    <name>LeadsSection</name>
    <message>
      <source>Register</source>
      <translation>Register</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>Dashboard</translation>
    </message>
    <message>
      <source>Printing</source>
      <translation>Printing</translation>
    </message>
    <message>
      <source>New lead</source>
      <translation>New lead</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Import</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <source>LeadVault is locked</source>
      <translation>LeadVault is locked</translation>
    </message>
    <message>
      <source>The card was removed.</source>
      <translation>The card was removed.</translation>
    </message>
    <message>
      <source>The card swap was not finished in time, or was cancelled while your card was out.</source>
      <translation>The card swap was not finished in time, or was cancelled while your card was out.</translation>
    </message>
    <message>
      <source>Locked after a period without activity.</source>
      <translation>Locked after a period without activity.</translation>
    </message>
    <message>
      <source>Locked on request.</source>
      <translation>Locked on request.</translation>
    </message>
    <message>
      <source>The check of the vault database found damage, so the vault was locked. Restore a backup and report this to the chief procurator.</source>
      <translation>The check of the vault database found damage, so the vault was locked. Restore a backup and report this to the chief procurator.</translation>
    </message>
    <message>
      <source>Unlock with your password and PIN.</source>
      <translation>Unlock with your password and PIN.</translation>
    </message>
    <message>
      <source>Insert your smart card to unlock.</source>
      <translation>Insert your smart card to unlock.</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Unlock</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>LeadVault — Reporting centre confidential workstation</source>
      <translation>LeadVault — Reporting centre confidential workstation</translation>
    </message>
    <message>
      <source>[DEMO] %1</source>
      <translation>[DEMO] %1</translation>
    </message>
    <message>
      <source>&amp;Workstation</source>
      <translation>&amp;Workstation</translation>
    </message>
    <message>
      <source>&amp;Lock</source>
      <translation>&amp;Lock</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>&amp;Check the vault database now</source>
      <translation>&amp;Check the vault database now</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;Manual</source>
      <translation>&amp;Manual</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
      <source>&amp;About LeadVault</source>
      <translation>&amp;About LeadVault</translation>
    </message>
    <message>
      <source>DEVELOPMENT FOLDER: this vault accepts test cards and the virtual card reader. It is for developers and tests, never for a reporting centre.</source>
      <translation>DEVELOPMENT FOLDER: this vault accepts test cards and the virtual card reader. It is for developers and tests, never for a reporting centre.</translation>
    </message>
    <message>
      <source>This computer is connected to a network (%1). The special computer must be physically isolated: unplug the cable or switch off the wireless now.</source>
      <translation>This computer is connected to a network (%1). The special computer must be physically isolated: unplug the cable or switch off the wireless now.</translation>
    </message>
  </context>
  <context>
    <name>ManualDialog</name>
    <message>
      <source>LeadVault manual</source>
      <translation>LeadVault manual</translation>
    </message>
    <message>
      <source>Manual for:</source>
      <translation>Manual for:</translation>
    </message>
    <message>
      <source>the chief procurator</source>
      <translation>the chief procurator</translation>
    </message>
    <message>
      <source>the clerk</source>
      <translation>the clerk</translation>
    </message>
    <message>
      <source>leaders and staff (viewers)</source>
      <translation>leaders and staff (viewers)</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message numerus="yes">
      <source>Wrong PIN. %n more wrong PIN(s) will block the card.</source>
      <translation>
        <numerusform>Wrong PIN. %n more wrong PIN will block the card.</numerusform>
        <numerusform>Wrong PIN. %n more wrong PINs will block the card.</numerusform>
      </translation>
    </message>
    <message>
      <source>none was given</source>
      <translation>none was given</translation>
    </message>
    <message>
      <source>it has expired</source>
      <translation>it has expired</translation>
    </message>
    <message>
      <source>it does not cover this</source>
      <translation>it does not cover this</translation>
    </message>
    <message>
      <source>its signature does not verify</source>
      <translation>its signature does not verify</translation>
    </message>
    <message>
      <source>The card's PIN is blocked. Ask the chief procurator to have it reset.</source>
      <translation>The card's PIN is blocked. Ask the chief procurator to have it reset.</translation>
    </message>
    <message>
      <source>The card was removed. Insert it again and retry.</source>
      <translation>The card was removed. Insert it again and retry.</translation>
    </message>
    <message>
      <source>There is no card in the reader.</source>
      <translation>There is no card in the reader.</translation>
    </message>
    <message>
      <source>This card is not a LeadVault (OpenPGP) card.</source>
      <translation>This card is not a LeadVault (OpenPGP) card.</translation>
    </message>
    <message>
      <source>The card holds no keys yet. It must be prepared during enrolment.</source>
      <translation>The card holds no keys yet. It must be prepared during enrolment.</translation>
    </message>
    <message>
      <source>The card reader is not connected.</source>
      <translation>The card reader is not connected.</translation>
    </message>
    <message>
      <source>The smart card service is not running. Contact the administrator.</source>
      <translation>The smart card service is not running. Contact the administrator.</translation>
    </message>
    <message>
      <source>The PIN has the wrong length (at least 6 digits).</source>
      <translation>The PIN has the wrong length (at least 6 digits).</translation>
    </message>
    <message>
      <source>Another program is using the card. Close it and retry.</source>
      <translation>Another program is using the card. Close it and retry.</translation>
    </message>
    <message>
      <source>The password is wrong.</source>
      <translation>The password is wrong.</translation>
    </message>
    <message>
      <source>This card is not enrolled on this workstation.</source>
      <translation>This card is not enrolled on this workstation.</translation>
    </message>
    <message>
      <source>This card does not hold the keys enrolled for it. It may be a copy.</source>
      <translation>This card does not hold the keys enrolled for it. It may be a copy.</translation>
    </message>
    <message>
      <source>This computer's key store does not hold the workstation key: the vault was copied or the key store was reset. Use the sealed recovery sheet to recover.</source>
      <translation>This computer's key store does not hold the workstation key: the vault was copied or the key store was reset. Use the sealed recovery sheet to recover.</translation>
    </message>
    <message>
      <source>No secure key store is available on this computer.</source>
      <translation>No secure key store is available on this computer.</translation>
    </message>
    <message>
      <source>There is no vault in the data folder.</source>
      <translation>There is no vault in the data folder.</translation>
    </message>
    <message>
      <source>A vault already exists in that folder.</source>
      <translation>A vault already exists in that folder.</translation>
    </message>
    <message>
      <source>The vault is already open in another window or program.</source>
      <translation>The vault is already open in another window or program.</translation>
    </message>
    <message>
      <source>The vault's key file is damaged and its backup too. Use recovery.</source>
      <translation>The vault's key file is damaged and its backup too. Use recovery.</translation>
    </message>
    <message>
      <source>The vault's key file was changed outside LeadVault. Report this.</source>
      <translation>The vault's key file was changed outside LeadVault. Report this.</translation>
    </message>
    <message>
      <source>The vault's password protection is set weaker than allowed (at least 64 MiB and 2 passes): the key file was changed. Nothing was opened; report this.</source>
      <translation>The vault's password protection is set weaker than allowed (at least 64 MiB and 2 passes): the key file was changed. Nothing was opened; report this.</translation>
    </message>
    <message>
      <source>The list of enrolled users is not signed by the chief procurator's card (%1). Nothing was opened; report this to the chief procurator.</source>
      <translation>The list of enrolled users is not signed by the chief procurator's card (%1). Nothing was opened; report this to the chief procurator.</translation>
    </message>
    <message>
      <source>This vault has no signed list of users yet. The chief procurator must unlock it first with his card to sign one.</source>
      <translation>This vault has no signed list of users yet. The chief procurator must unlock it first with his card to sign one.</translation>
    </message>
    <message>
      <source>This card's key slot is not on the user list the chief procurator signed. Nothing was opened; report this to the chief procurator.</source>
      <translation>This card's key slot is not on the user list the chief procurator signed. Nothing was opened; report this to the chief procurator.</translation>
    </message>
    <message>
      <source>This card's key slot claims a role the chief procurator's signed user list does not give it: the key file was changed. Nothing was opened; report this.</source>
      <translation>This card's key slot claims a role the chief procurator's signed user list does not give it: the key file was changed. Nothing was opened; report this.</translation>
    </message>
    <message>
      <source>This card is not the chief procurator's card that the signed user list names: its signature does not verify. Nothing was opened.</source>
      <translation>This card is not the chief procurator's card that the signed user list names: its signature does not verify. Nothing was opened.</translation>
    </message>
    <message>
      <source>This card remembers checkpoint %1 of the audit trail, and the data folder does not hold it unchanged: the folder was restored from an older copy or its records were rewritten. Nothing was opened; report this at once.</source>
      <translation>This card remembers checkpoint %1 of the audit trail, and the data folder does not hold it unchanged: the folder was restored from an older copy or its records were rewritten. Nothing was opened; report this at once.</translation>
    </message>
    <message>
      <source>This card belongs to another vault (each card serves one vault only).</source>
      <translation>This card belongs to another vault (each card serves one vault only).</translation>
    </message>
    <message>
      <source>This card cannot keep the vault's checkpoint (it has no private data objects). Keyholders need an OpenPGP 3.4 card that has them.</source>
      <translation>This card cannot keep the vault's checkpoint (it has no private data objects). Keyholders need an OpenPGP 3.4 card that has them.</translation>
    </message>
    <message>
      <source>This computer's clock (%1) is earlier than the last audit record (%2): it was set back. Only the chief procurator's unlock can confirm the date. Nothing was opened.</source>
      <translation>This computer's clock (%1) is earlier than the last audit record (%2): it was set back. Only the chief procurator's unlock can confirm the date. Nothing was opened.</translation>
    </message>
    <message>
      <source>You are enrolled as a viewer: your card opens only what the chief procurator grants you, never the register itself. Nothing was opened.</source>
      <translation>You are enrolled as a viewer: your card opens only what the chief procurator grants you, never the register itself. Nothing was opened.</translation>
    </message>
    <message>
      <source>This card holds the vault's keys: unlock the vault with it instead.</source>
      <translation>This card holds the vault's keys: unlock the vault with it instead.</translation>
    </message>
    <message>
      <source>This is a test card, for development only; this vault accepts only real cards. Nothing was opened.</source>
      <translation>This is a test card, for development only; this vault accepts only real cards. Nothing was opened.</translation>
    </message>
    <message>
      <source>The last clerk cannot be removed: enrol another clerk first.</source>
      <translation>The last clerk cannot be removed: enrol another clerk first.</translation>
    </message>
    <message>
      <source>This is your own card, not the new one. Nothing was changed.</source>
      <translation>This is your own card, not the new one. Nothing was changed.</translation>
    </message>
    <message>
      <source>This is not your card (%1). Nothing was changed.</source>
      <translation>This is not your card (%1). Nothing was changed.</translation>
    </message>
    <message>
      <source>This card (%1) is not a chief procurator's card: it cannot sign the change. Its PIN was not asked for.</source>
      <translation>This card (%1) is not a chief procurator's card: it cannot sign the change. Its PIN was not asked for.</translation>
    </message>
    <message>
      <source>The chief procurator has not signed a checkpoint of the audit trail for too long: until he unlocks with his card, only new reports can be recorded. Nothing was changed.</source>
      <translation>The chief procurator has not signed a checkpoint of the audit trail for too long: until he unlocks with his card, only new reports can be recorded. Nothing was changed.</translation>
    </message>
    <message>
      <source>This needs the chief procurator's approval, and there is no valid one (%1). Nothing was changed; file a request.</source>
      <translation>This needs the chief procurator's approval, and there is no valid one (%1). Nothing was changed; file a request.</translation>
    </message>
    <message>
      <source>The approval could not be handled. Nothing was changed.</source>
      <translation>The approval could not be handled. Nothing was changed.</translation>
    </message>
    <message>
      <source>Not recorded: give who examined it, or a reward's amount and basis (at most 200 characters). Nothing was changed.</source>
      <translation>Not recorded: give who examined it, or a reward's amount and basis (at most 200 characters). Nothing was changed.</translation>
    </message>
    <message>
      <source>There is no such request.</source>
      <translation>There is no such request.</translation>
    </message>
    <message>
      <source>This request has already been decided. Nothing was changed.</source>
      <translation>This request has already been decided. Nothing was changed.</translation>
    </message>
    <message>
      <source>A decision may narrow the scope or shorten the time asked for, never widen them. Nothing was signed.</source>
      <translation>A decision may narrow the scope or shorten the time asked for, never widen them. Nothing was signed.</translation>
    </message>
    <message>
      <source>The request names a lead or user that does not exist. Nothing was filed.</source>
      <translation>The request names a lead or user that does not exist. Nothing was filed.</translation>
    </message>
    <message>
      <source>This grant has expired; it no longer opens. Ask again if you still need it.</source>
      <translation>This grant has expired; it no longer opens. Ask again if you still need it.</translation>
    </message>
    <message>
      <source>There is no such grant for you: it was revoked, has expired and was removed, or was granted to someone else.</source>
      <translation>There is no such grant for you: it was revoked, has expired and was removed, or was granted to someone else.</translation>
    </message>
    <message>
      <source>The chief procurator did not grant the informant's identity.</source>
      <translation>The chief procurator did not grant the informant's identity.</translation>
    </message>
    <message>
      <source>This grant does not verify (%1): it was altered or is not yours. Nothing was shown; report this to the chief procurator.</source>
      <translation>This grant does not verify (%1): it was altered or is not yours. Nothing was shown; report this to the chief procurator.</translation>
    </message>
    <message>
      <source>Requests cannot be sent yet: the chief procurator has not signed a checkpoint this computer can trust. Ask him to unlock LeadVault once. Nothing was filed.</source>
      <translation>Requests cannot be sent yet: the chief procurator has not signed a checkpoint this computer can trust. Ask him to unlock LeadVault once. Nothing was filed.</translation>
    </message>
    <message>
      <source>The card in the reader is not the one you unlocked with. Nothing was signed.</source>
      <translation>The card in the reader is not the one you unlocked with. Nothing was signed.</translation>
    </message>
    <message>
      <source>Only an approved viewing request of a viewer becomes a grant.</source>
      <translation>Only an approved viewing request of a viewer becomes a grant.</translation>
    </message>
    <message>
      <source>A sealed item does not open with this key: it was altered. Nothing was shown.</source>
      <translation>A sealed item does not open with this key: it was altered. Nothing was shown.</translation>
    </message>
    <message>
      <source>The request is incomplete: give its subjects, a reason (at most 200 characters) and a time of 1 hour to 90 days. Nothing was filed.</source>
      <translation>The request is incomplete: give its subjects, a reason (at most 200 characters) and a time of 1 hour to 90 days. Nothing was filed.</translation>
    </message>
    <message>
      <source>The signed user list does not verify (%1). Nothing was changed; report this to the chief procurator.</source>
      <translation>The signed user list does not verify (%1). Nothing was changed; report this to the chief procurator.</translation>
    </message>
    <message>
      <source>A record signed by the chief procurator's card is damaged or not in LeadVault's form. Nothing was changed; report this to the chief procurator.</source>
      <translation>A record signed by the chief procurator's card is damaged or not in LeadVault's form. Nothing was changed; report this to the chief procurator.</translation>
    </message>
    <message>
      <source>The audit trail refused to record identity or content. Nothing was changed; report this to the administrator.</source>
      <translation>The audit trail refused to record identity or content. Nothing was changed; report this to the administrator.</translation>
    </message>
    <message>
      <source>The vault database is damaged. Nothing was changed; restore a backup.</source>
      <translation>The vault database is damaged. Nothing was changed; restore a backup.</translation>
    </message>
    <message>
      <source>The vault database is older than its audit record: it was replaced by an old copy. Report this to the chief procurator.</source>
      <translation>The vault database is older than its audit record: it was replaced by an old copy. Report this to the chief procurator.</translation>
    </message>
    <message numerus="yes">
      <source>Too many failed attempts. Wait %n second(s) and try again.</source>
      <translation>
        <numerusform>Too many failed attempts. Wait %n second and try again.</numerusform>
        <numerusform>Too many failed attempts. Wait %n seconds and try again.</numerusform>
      </translation>
    </message>
    <message>
      <source>This card is already enrolled for someone else.</source>
      <translation>This card is already enrolled for someone else.</translation>
    </message>
    <message>
      <source>A user with this name is already enrolled.</source>
      <translation>A user with this name is already enrolled.</translation>
    </message>
    <message>
      <source>The recovery code is mistyped. Check it against the sheet.</source>
      <translation>The recovery code is mistyped. Check it against the sheet.</translation>
    </message>
    <message>
      <source>This recovery code does not belong to this vault.</source>
      <translation>This recovery code does not belong to this vault.</translation>
    </message>
    <message>
      <source>The chief procurator's signature did not verify. Nothing was changed.</source>
      <translation>The chief procurator's signature did not verify. Nothing was changed.</translation>
    </message>
    <message>
      <source>There is no such user on this workstation.</source>
      <translation>There is no such user on this workstation.</translation>
    </message>
    <message>
      <source>The last chief procurator cannot be removed.</source>
      <translation>The last chief procurator cannot be removed.</translation>
    </message>
    <message>
      <source>The card refused the command. Take it out, insert it again and retry.</source>
      <translation>The card refused the command. Take it out, insert it again and retry.</translation>
    </message>
    <message>
      <source>The card gave an answer that could not be read. Retry with the card re-inserted.</source>
      <translation>The card gave an answer that could not be read. Retry with the card re-inserted.</translation>
    </message>
    <message>
      <source>The card needs the PIN for this step.</source>
      <translation>The card needs the PIN for this step.</translation>
    </message>
    <message>
      <source>The card's keys are of a kind LeadVault does not use.</source>
      <translation>The card's keys are of a kind LeadVault does not use.</translation>
    </message>
    <message>
      <source>This card has been reset to factory state and must be enrolled again.</source>
      <translation>This card has been reset to factory state and must be enrolled again.</translation>
    </message>
    <message>
      <source>This card cannot keep LeadVault's checkpoint record (it has no private data objects). Use a card that supports OpenPGP 3.4 private data objects.</source>
      <translation>This card cannot keep LeadVault's checkpoint record (it has no private data objects). Use a card that supports OpenPGP 3.4 private data objects.</translation>
    </message>
    <message>
      <source>The smart card service reported an error. Re-insert the card and retry.</source>
      <translation>The smart card service reported an error. Re-insert the card and retry.</translation>
    </message>
    <message>
      <source>The vault database is missing from the data folder.</source>
      <translation>The vault database is missing from the data folder.</translation>
    </message>
    <message>
      <source>A vault database already exists there.</source>
      <translation>A vault database already exists there.</translation>
    </message>
    <message>
      <source>The vault database does not match its key file.</source>
      <translation>The vault database does not match its key file.</translation>
    </message>
    <message>
      <source>The vault was written by a newer LeadVault. Update this workstation first.</source>
      <translation>The vault was written by a newer LeadVault. Update this workstation first.</translation>
    </message>
    <message>
      <source>Updating the vault's structure failed. Nothing was changed.</source>
      <translation>Updating the vault's structure failed. Nothing was changed.</translation>
    </message>
    <message>
      <source>The change breaks a rule of the vault and was refused.</source>
      <translation>The change breaks a rule of the vault and was refused.</translation>
    </message>
    <message>
      <source>The record was not found.</source>
      <translation>The record was not found.</translation>
    </message>
    <message>
      <source>Your role (%1) may not do this. Nothing was changed.</source>
      <translation>Your role (%1) may not do this. Nothing was changed.</translation>
    </message>
    <message>
      <source>The card of %1 was not inserted in time. Nothing was created; try again.</source>
      <translation>The card of %1 was not inserted in time. Nothing was created; try again.</translation>
    </message>
    <message>
      <source>The vault refused the operation. Nothing was changed.</source>
      <translation>The vault refused the operation. Nothing was changed.</translation>
    </message>
    <message>
      <source>The card could not complete the operation. Re-insert it and retry.</source>
      <translation>The card could not complete the operation. Re-insert it and retry.</translation>
    </message>
    <message>
      <source>The vault database refused the operation. Nothing was changed.</source>
      <translation>The vault database refused the operation. Nothing was changed.</translation>
    </message>
    <message>
      <source>The disk refused the operation (%1). Nothing was changed.</source>
      <translation>The disk refused the operation (%1). Nothing was changed.</translation>
    </message>
    <message>
      <source>Something went wrong (%1). Nothing was changed.</source>
      <translation>Something went wrong (%1). Nothing was changed.</translation>
    </message>
    <message>
      <source>Enter the name of the procuratorate.</source>
      <translation>Enter the name of the procuratorate.</translation>
    </message>
    <message>
      <source>The unit name is too long (60 characters at most).</source>
      <translation>The unit name is too long (60 characters at most).</translation>
    </message>
    <message>
      <source>The unit code is exactly six digits.</source>
      <translation>The unit code is exactly six digits.</translation>
    </message>
    <message>
      <source>Choose a full folder path.</source>
      <translation>Choose a full folder path.</translation>
    </message>
    <message>
      <source>That folder already holds a vault.</source>
      <translation>That folder already holds a vault.</translation>
    </message>
    <message>
      <source>Choose an empty or new folder.</source>
      <translation>Choose an empty or new folder.</translation>
    </message>
    <message>
      <source>LeadVault may not write in that folder.</source>
      <translation>LeadVault may not write in that folder.</translation>
    </message>
    <message>
      <source>Run the key derivation test first.</source>
      <translation>Run the key derivation test first.</translation>
    </message>
    <message>
      <source>Enter the person's name.</source>
      <translation>Enter the person's name.</translation>
    </message>
    <message>
      <source>The name is too long.</source>
      <translation>The name is too long.</translation>
    </message>
    <message>
      <source>Insert this person's card and read it.</source>
      <translation>Insert this person's card and read it.</translation>
    </message>
    <message>
      <source>This card is already used by another person.</source>
      <translation>This card is already used by another person.</translation>
    </message>
    <message>
      <source>The password is too weak.</source>
      <translation>The password is too weak.</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>The two passwords differ.</translation>
    </message>
    <message>
      <source>The PIN is 6 or more digits.</source>
      <translation>The PIN is 6 or more digits.</translation>
    </message>
    <message>
      <source>Enrol at least one clerk.</source>
      <translation>Enrol at least one clerk.</translation>
    </message>
    <message>
      <source>Confirm that the recovery sheet is printed or the code written down.</source>
      <translation>Confirm that the recovery sheet is printed or the code written down.</translation>
    </message>
    <message>
      <source>at least 12 characters</source>
      <translation>at least 12 characters</translation>
    </message>
    <message>
      <source>a well-known password</source>
      <translation>a well-known password</translation>
    </message>
    <message>
      <source>too many repeated characters</source>
      <translation>too many repeated characters</translation>
    </message>
    <message>
      <source>a keyboard or number run</source>
      <translation>a keyboard or number run</translation>
    </message>
    <message>
      <source>mix letters, digits and signs</source>
      <translation>mix letters, digits and signs</translation>
    </message>
    <message>
      <source>very weak</source>
      <translation>very weak</translation>
    </message>
    <message>
      <source>weak</source>
      <translation>weak</translation>
    </message>
    <message>
      <source>fair</source>
      <translation>fair</translation>
    </message>
    <message>
      <source>strong</source>
      <translation>strong</translation>
    </message>
    <message>
      <source>very strong</source>
      <translation>very strong</translation>
    </message>
    <message>
      <source>The set-up steps got out of order. Nothing was created; start again.</source>
      <translation>The set-up steps got out of order. Nothing was created; start again.</translation>
    </message>
  </context>
  <context>
    <name>NewCardScreen</name>
    <message>
      <source>Enrol %1</source>
      <translation>Enrol %1</translation>
    </message>
    <message>
      <source>Replace the card of %1</source>
      <translation>Replace the card of %1</translation>
    </message>
    <message>
      <source>New user's password</source>
      <translation>New user's password</translation>
    </message>
    <message>
      <source>New password of the user</source>
      <translation>New password of the user</translation>
    </message>
    <message>
      <source>Password again</source>
      <translation>Password again</translation>
    </message>
    <message>
      <source>PIN of the new card</source>
      <translation>PIN of the new card</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>Continue</translation>
    </message>
    <message>
      <source>Your card PIN</source>
      <translation>Your card PIN</translation>
    </message>
    <message>
      <source>Your password</source>
      <translation>Your password</translation>
    </message>
    <message>
      <source>Sign the change</source>
      <translation>Sign the change</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Take your card out of the reader, then insert the new user's prepared card.</source>
      <translation>Take your card out of the reader, then insert the new user's prepared card.</translation>
    </message>
    <message>
      <source>Insert the new user's prepared card.</source>
      <translation>Insert the new user's prepared card.</translation>
    </message>
    <message>
      <source>Put your own card back in the reader.</source>
      <translation>Put your own card back in the reader.</translation>
    </message>
    <message>
      <source>Reading the card…</source>
      <translation>Reading the card…</translation>
    </message>
    <message>
      <source>Card %1: the new user types her new password twice and the PIN of this card.</source>
      <translation>Card %1: the new user types her new password twice and the PIN of this card.</translation>
    </message>
    <message>
      <source>Take this card out and insert the new user's prepared card.</source>
      <translation>Take this card out and insert the new user's prepared card.</translation>
    </message>
    <message>
      <source>The new passwords differ.</source>
      <translation>The new passwords differ.</translation>
    </message>
    <message>
      <source>The new password is too weak.</source>
      <translation>The new password is too weak.</translation>
    </message>
    <message>
      <source>Checking the new card with its PIN…</source>
      <translation>Checking the new card with its PIN…</translation>
    </message>
    <message>
      <source>Take the new user's card out and put your own card back in the reader.</source>
      <translation>Take the new user's card out and put your own card back in the reader.</translation>
    </message>
    <message>
      <source>Take this card out and put your own card back in the reader.</source>
      <translation>Take this card out and put your own card back in the reader.</translation>
    </message>
    <message>
      <source>Your card signs the change: give its PIN.</source>
      <translation>Your card signs the change: give its PIN.</translation>
    </message>
    <message>
      <source>Signing and saving the change…</source>
      <translation>Signing and saving the change…</translation>
    </message>
    <message>
      <source>Cancelled: nothing was changed.</source>
      <translation>Cancelled: nothing was changed.</translation>
    </message>
    <message>
      <source>Time left to put your card back: %1 s</source>
      <translation>Time left to put your card back: %1 s</translation>
    </message>
  </context>
  <context>
    <name>NewLeadForm</name>
    <message>
      <source>Lead</source>
      <translation>Lead</translation>
    </message>
    <message>
      <source>Surrender (not a report)</source>
      <translation>Surrender (not a report)</translation>
    </message>
    <message>
      <source>About our own staff</source>
      <translation>About our own staff</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Channel</translation>
    </message>
    <message>
      <source>Received at</source>
      <translation>Received at</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Report text (as received)</source>
      <translation>Report text (as received)</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
    <message>
      <source>Reference number</source>
      <translation>Reference number</translation>
    </message>
    <message>
      <source>Materials kept at</source>
      <translation>Materials kept at</translation>
    </message>
    <message>
      <source>Reported person</source>
      <translation>Reported person</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Post</source>
      <translation>Post</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>Rank</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <source>Further reported persons</source>
      <translation>Further reported persons</translation>
    </message>
    <message>
      <source>Informant (optional; encrypted)</source>
      <translation>Informant (optional; encrypted)</translation>
    </message>
    <message>
      <source>Name (relation) phone; …</source>
      <translation>Name (relation) phone; …</translation>
    </message>
    <message>
      <source>The informant confirms making this report</source>
      <translation>The informant confirms making this report</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>ID number</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>Phones</source>
      <translation>Phones</translation>
    </message>
    <message>
      <source>Relatives to protect</source>
      <translation>Relatives to protect</translation>
    </message>
    <message>
      <source>Told of the liability for a false accusation (CPL Art 111)</source>
      <translation>Told of the liability for a false accusation (CPL Art 111)</translation>
    </message>
    <message>
      <source>Received in person</source>
      <translation>Received in person</translation>
    </message>
    <message>
      <source>Names, separated by commas</source>
      <translation>Names, separated by commas</translation>
    </message>
    <message>
      <source>Transcript read back to the informant</source>
      <translation>Transcript read back to the informant</translation>
    </message>
    <message>
      <source>Transcript signed and fingerprinted</source>
      <translation>Transcript signed and fingerprinted</translation>
    </message>
    <message>
      <source>Informant consents to audio/video recording</source>
      <translation>Informant consents to audio/video recording</translation>
    </message>
    <message>
      <source>One item a line, e.g. receipts ×3</source>
      <translation>One item a line, e.g. receipts ×3</translation>
    </message>
    <message>
      <source>Receiving staff</source>
      <translation>Receiving staff</translation>
    </message>
    <message>
      <source>Items received</source>
      <translation>Items received</translation>
    </message>
    <message>
      <source>Letter or fax</source>
      <translation>Letter or fax</translation>
    </message>
    <message>
      <source>Postmark legible</source>
      <translation>Postmark legible</translation>
    </message>
    <message>
      <source>e.g. smudged, only the province legible</source>
      <translation>e.g. smudged, only the province legible</translation>
    </message>
    <message>
      <source>Envelope kept</source>
      <translation>Envelope kept</translation>
    </message>
    <message>
      <source>Postmark date</source>
      <translation>Postmark date</translation>
    </message>
    <message>
      <source>Postmark illegible</source>
      <translation>Postmark illegible</translation>
    </message>
    <message>
      <source>Sent from</source>
      <translation>Sent from</translation>
    </message>
    <message>
      <source>Record lead</source>
      <translation>Record lead</translation>
    </message>
    <message>
      <source>Clear form</source>
      <translation>Clear form</translation>
    </message>
    <message>
      <source>Some fields need attention: see the marks next to them.</source>
      <translation>Some fields need attention: see the marks next to them.</translation>
    </message>
    <message>
      <source>The report was added to the existing lead as a repeat report.</source>
      <translation>The report was added to the existing lead as a repeat report.</translation>
    </message>
    <message>
      <source>Recording…</source>
      <translation>Recording…</translation>
    </message>
    <message>
      <source>Lead %1 was recorded.</source>
      <translation>Lead %1 was recorded.</translation>
    </message>
    <message>
      <source>Possible repeat of: %1</source>
      <translation>Possible repeat of: %1</translation>
    </message>
  </context>
  <context>
    <name>PasswordPanel</name>
    <message>
      <source>My password</source>
      <translation>My password</translation>
    </message>
    <message>
      <source>Change my password…</source>
      <translation>Change my password…</translation>
    </message>
    <message>
      <source>Fill in every field.</source>
      <translation>Fill in every field.</translation>
    </message>
    <message>
      <source>The new passwords differ.</source>
      <translation>The new passwords differ.</translation>
    </message>
    <message>
      <source>The new password is too weak.</source>
      <translation>The new password is too weak.</translation>
    </message>
    <message>
      <source>Change my password</source>
      <translation>Change my password</translation>
    </message>
    <message>
      <source>Your card stays in the reader: the vault checks it and your PIN again.</source>
      <translation>Your card stays in the reader: the vault checks it and your PIN again.</translation>
    </message>
    <message>
      <source>Current password</source>
      <translation>Current password</translation>
    </message>
    <message>
      <source>New password</source>
      <translation>New password</translation>
    </message>
    <message>
      <source>New password again</source>
      <translation>New password again</translation>
    </message>
    <message>
      <source>Card PIN</source>
      <translation>Card PIN</translation>
    </message>
    <message>
      <source>Your password was changed.</source>
      <translation>Your password was changed.</translation>
    </message>
  </context>
  <context>
    <name>PersonForm</name>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Read card</source>
      <translation>Read card</translation>
    </message>
    <message>
      <source>Prepare blank card</source>
      <translation>Prepare blank card</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>Card</translation>
    </message>
    <message>
      <source>No card read yet.</source>
      <translation>No card read yet.</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>Password again</source>
      <translation>Password again</translation>
    </message>
    <message>
      <source>Strength</source>
      <translation>Strength</translation>
    </message>
    <message>
      <source>Card PIN</source>
      <translation>Card PIN</translation>
    </message>
    <message>
      <source>Reading the card…</source>
      <translation>Reading the card…</translation>
    </message>
    <message>
      <source>Card %1 is blank. Prepare it to generate its keys.</source>
      <translation>Card %1 is blank. Prepare it to generate its keys.</translation>
    </message>
    <message>
      <source>Card %1 is already enrolled.</source>
      <translation>Card %1 is already enrolled.</translation>
    </message>
    <message>
      <source>Card %1 (%2), PIN tries left: %3</source>
      <translation>Card %1 (%2), PIN tries left: %3</translation>
    </message>
    <message>
      <source>Enter the name first: it is written on the card.</source>
      <translation>Enter the name first: it is written on the card.</translation>
    </message>
    <message>
      <source>Generating keys on the card…</source>
      <translation>Generating keys on the card…</translation>
    </message>
  </context>
  <context>
    <name>PersonsTable</name>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Post</source>
      <translation>Post</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>Rank</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <source>Add a person</source>
      <translation>Add a person</translation>
    </message>
    <message>
      <source>Remove the selected person</source>
      <translation>Remove the selected person</translation>
    </message>
  </context>
  <context>
    <name>PinField</name>
    <message>
      <source>Card PIN</source>
      <translation>Card PIN</translation>
    </message>
  </context>
  <context>
    <name>PlanDialog</name>
    <message>
      <source>Protection plan, lead %1</source>
      <translation>Protection plan, lead %1</translation>
    </message>
    <message>
      <source>One measure a line</source>
      <translation>One measure a line</translation>
    </message>
    <message>
      <source>Measures</source>
      <translation>Measures</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <source>Review on</source>
      <translation>Review on</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
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
      <source>Choose a printer: this document is printed on paper only, never to a file.</source>
      <translation>Choose a printer: this document is printed on paper only, never to a file.</translation>
    </message>
    <message>
      <source>The print system's settings (%1) cannot be read, so it is unknown whether it keeps a copy of what it prints. Nothing was printed and no copy number was spent. Ask the administrator to check them.</source>
      <translation>The print system's settings (%1) cannot be read, so it is unknown whether it keeps a copy of what it prints. Nothing was printed and no copy number was spent. Ask the administrator to check them.</translation>
    </message>
    <message>
      <source>The print system refused the job. Nothing was printed and no copy number was spent.</source>
      <translation>The print system refused the job. Nothing was printed and no copy number was spent.</translation>
    </message>
    <message>
      <source>The printer could not be opened. Nothing was printed.</source>
      <translation>The printer could not be opened. Nothing was printed.</translation>
    </message>
    <message>
      <source>The print system is not running. Nothing was printed and no copy number was spent. Ask the administrator to start the print service (CUPS).</source>
      <translation>The print system is not running. Nothing was printed and no copy number was spent. Ask the administrator to start the print service (CUPS).</translation>
    </message>
    <message>
      <source>The printer did not finish the job%1. It was removed from the print queue; its copy numbers are spent and recorded as not printed. Check the printer, then print again.</source>
      <translation>The printer did not finish the job%1. It was removed from the print queue; its copy numbers are spent and recorded as not printed. Check the printer, then print again.</translation>
    </message>
    <message>
      <source>Printed, but the print system still holds part of the job (%1). Tell the administrator: the print system must keep no job files.</source>
      <translation>Printed, but the print system still holds part of the job (%1). Tell the administrator: the print system must keep no job files.</translation>
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
    <message>
      <source>The return address must not name the procuratorate (“%1”).</source>
      <translation>The return address must not name the procuratorate (“%1”).</translation>
    </message>
    <message>
      <source>This cannot be printed. Nothing was printed.</source>
      <translation>This cannot be printed. Nothing was printed.</translation>
    </message>
    <message>
      <source>This document names an informant. Exporting it to a file needs the chief procurator's approval; print it instead.</source>
      <translation>This document names an informant. Exporting it to a file needs the chief procurator's approval; print it instead.</translation>
    </message>
    <message>
      <source>Note: the print system keeps job files or history on disk; set PreserveJobFiles No and PreserveJobHistory No.</source>
      <translation>Note: the print system keeps job files or history on disk; set PreserveJobFiles No and PreserveJobHistory No.</translation>
    </message>
    <message>
      <source>No printer is set up. Nothing was printed and no copy number was spent. Ask the administrator to add the printer.</source>
      <translation>No printer is set up. Nothing was printed and no copy number was spent. Ask the administrator to add the printer.</translation>
    </message>
    <message>
      <source>The printer “%1” is not set up in the print system. Nothing was printed and no copy number was spent.</source>
      <translation>The printer “%1” is not set up in the print system. Nothing was printed and no copy number was spent.</translation>
    </message>
    <message>
      <source>The printer “%1” is stopped%2. Nothing was printed and no copy number was spent. Have it resumed, then print again.</source>
      <translation>The printer “%1” is stopped%2. Nothing was printed and no copy number was spent. Have it resumed, then print again.</translation>
    </message>
    <message>
      <source>The printer “%1” is not accepting jobs%2. Nothing was printed and no copy number was spent. Have it enabled, then print again.</source>
      <translation>The printer “%1” is not accepting jobs%2. Nothing was printed and no copy number was spent. Have it enabled, then print again.</translation>
    </message>
    <message>
      <source>paused</source>
      <translation>paused</translation>
    </message>
    <message>
      <source>out of paper</source>
      <translation>out of paper</translation>
    </message>
    <message>
      <source>paper jam</source>
      <translation>paper jam</translation>
    </message>
    <message>
      <source>out of toner</source>
      <translation>out of toner</translation>
    </message>
    <message>
      <source>toner low</source>
      <translation>toner low</translation>
    </message>
    <message>
      <source>cover open</source>
      <translation>cover open</translation>
    </message>
    <message>
      <source>door open</source>
      <translation>door open</translation>
    </message>
    <message>
      <source>offline</source>
      <translation>offline</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>cancelled</translation>
    </message>
    <message>
      <source>aborted</source>
      <translation>aborted</translation>
    </message>
    <message>
      <source> (%1)</source>
      <translation> (%1)</translation>
    </message>
    <message>
      <source>The print system keeps a copy of every job on disk (%1: PreserveJobFiles %2, PreserveJobHistory %3). This document names an informant or holds a secret and is printed only when nothing of it is kept: have the administrator set “PreserveJobFiles No” and “PreserveJobHistory No” there and restart CUPS. Nothing was printed and no copy number was spent.</source>
      <translation>The print system keeps a copy of every job on disk (%1: PreserveJobFiles %2, PreserveJobHistory %3). This document names an informant or holds a secret and is printed only when nothing of it is kept: have the administrator set “PreserveJobFiles No” and “PreserveJobHistory No” there and restart CUPS. Nothing was printed and no copy number was spent.</translation>
    </message>
  </context>
  <context>
    <name>ProtectionPage</name>
    <message>
      <source>Ask for a supplement…</source>
      <translation>Ask for a supplement…</translation>
    </message>
    <message>
      <source>Supplement received</source>
      <translation>Supplement received</translation>
    </message>
    <message>
      <source>Assess risk…</source>
      <translation>Assess risk…</translation>
    </message>
    <message>
      <source>Protection plan…</source>
      <translation>Protection plan…</translation>
    </message>
    <message>
      <source>Assistance request…</source>
      <translation>Assistance request…</translation>
    </message>
    <message>
      <source>Record assistance step…</source>
      <translation>Record assistance step…</translation>
    </message>
    <message>
      <source>The supplement request was recorded.</source>
      <translation>The supplement request was recorded.</translation>
    </message>
    <message>
      <source>The risk assessment was recorded.</source>
      <translation>The risk assessment was recorded.</translation>
    </message>
    <message>
      <source>The protection plan was recorded.</source>
      <translation>The protection plan was recorded.</translation>
    </message>
    <message>
      <source>The assistance request was recorded.</source>
      <translation>The assistance request was recorded.</translation>
    </message>
    <message>
      <source>The assistance step was recorded.</source>
      <translation>The assistance step was recorded.</translation>
    </message>
    <message>
      <source>Supplements asked for</source>
      <translation>Supplements asked for</translation>
    </message>
    <message>
      <source>Risk assessments</source>
      <translation>Risk assessments</translation>
    </message>
    <message>
      <source>Protection plans</source>
      <translation>Protection plans</translation>
    </message>
    <message>
      <source>Assistance requests</source>
      <translation>Assistance requests</translation>
    </message>
    <message>
      <source>Asked %1 · due %2 · %3</source>
      <translation>Asked %1 · due %2 · %3</translation>
    </message>
    <message>
      <source>received</source>
      <translation>received</translation>
    </message>
    <message>
      <source>awaited</source>
      <translation>awaited</translation>
    </message>
    <message>
      <source>%1 · %2 · factors: %3</source>
      <translation>%1 · %2 · factors: %3</translation>
    </message>
    <message>
      <source>%1 · responsible: %2 · review on %3 · %4</source>
      <translation>%1 · responsible: %2 · review on %3 · %4</translation>
    </message>
    <message>
      <source>None.</source>
      <translation>None.</translation>
    </message>
    <message>
      <source>The supplement was recorded as received.</source>
      <translation>The supplement was recorded as received.</translation>
    </message>
  </context>
  <context>
    <name>RecoverySheetPanel</name>
    <message>
      <source>Print the recovery sheet…</source>
      <translation>Print the recovery sheet…</translation>
    </message>
    <message>
      <source>The sheet is printed (or the code written down)</source>
      <translation>The sheet is printed (or the code written down)</translation>
    </message>
  </context>
  <context>
    <name>RecoveryView</name>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Recover</source>
      <translation>Recover</translation>
    </message>
    <message>
      <source>Recover with the recovery code</source>
      <translation>Recover with the recovery code</translation>
    </message>
    <message>
      <source>The backup is in place. </source>
      <translation>The backup is in place. </translation>
    </message>
    <message>
      <source>This computer's key store does not hold the vault's workstation key (a new computer, or a key store that was reset). The chief procurator opens the sealed recovery sheet and types its code: the key goes back into this computer, and a new code replaces the old one, which then no longer works. Have the printer or paper ready for the new code.</source>
      <translation>This computer's key store does not hold the vault's workstation key (a new computer, or a key store that was reset). The chief procurator opens the sealed recovery sheet and types its code: the key goes back into this computer, and a new code replaces the old one, which then no longer works. Have the printer or paper ready for the new code.</translation>
    </message>
    <message>
      <source>New recovery code</source>
      <translation>New recovery code</translation>
    </message>
    <message>
      <source>The vault is recovered and the code you typed no longer works. This new code is shown only now: print the sheet, seal it in a confidential bag and keep it in the safe in place of the old one.</source>
      <translation>The vault is recovered and the code you typed no longer works. This new code is shown only now: print the sheet, seal it in a confidential bag and keep it in the safe in place of the old one.</translation>
    </message>
    <message>
      <source>The new recovery code is not kept yet</source>
      <translation>The new recovery code is not kept yet</translation>
    </message>
    <message>
      <source>The new recovery code has not been printed or written down. The old code no longer works, and the new one is never shown again: if you quit now, this vault cannot be recovered with a code on another computer. Quit anyway?</source>
      <translation>The new recovery code has not been printed or written down. The old code no longer works, and the new one is never shown again: if you quit now, this vault cannot be recovered with a code on another computer. Quit anyway?</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Character %1 is not one of the code's letters (A–Z, 2–7).</source>
      <translation>Character %1 is not one of the code's letters (A–Z, 2–7).</translation>
    </message>
    <message>
      <source>The code has 27 letters and digits, in groups of four.</source>
      <translation>The code has 27 letters and digits, in groups of four.</translation>
    </message>
  </context>
  <context>
    <name>RepeatPanel</name>
    <message>
      <source>Possible repeat report</source>
      <translation>Possible repeat report</translation>
    </message>
    <message>
      <source>Brings new content</source>
      <translation>Brings new content</translation>
    </message>
    <message>
      <source>Add as a report to this lead</source>
      <translation>Add as a report to this lead</translation>
    </message>
    <message>
      <source>Lead %1: %2, %3</source>
      <translation>Lead %1: %2, %3</translation>
    </message>
    <message>
      <source>The register already holds %1 lead(s) about this person and unit. If this is the same matter, add the report to that lead instead of recording a new one.</source>
      <translation>The register already holds %1 lead(s) about this person and unit. If this is the same matter, add the report to that lead instead of recording a new one.</translation>
    </message>
  </context>
  <context>
    <name>ReplyDialog</name>
    <message>
      <source>Reply to the informant of lead %1</source>
      <translation>Reply to the informant of lead %1</translation>
    </message>
    <message>
      <source>%1 · code %2</source>
      <translation>%1 · code %2</translation>
    </message>
    <message>
      <source>Names, separated by commas</source>
      <translation>Names, separated by commas</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Report</translation>
    </message>
    <message>
      <source>Form of reply</source>
      <translation>Form of reply</translation>
    </message>
    <message>
      <source>Replied at</source>
      <translation>Replied at</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>What was said or written</source>
      <translation>What was said or written</translation>
    </message>
    <message>
      <source>Informant's reaction</source>
      <translation>Informant's reaction</translation>
    </message>
    <message>
      <source>Why no reply was possible</source>
      <translation>Why no reply was possible</translation>
    </message>
  </context>
  <context>
    <name>RequestsView</name>
    <message>
      <source>My requests to the chief procurator</source>
      <translation>My requests to the chief procurator</translation>
    </message>
    <message>
      <source>Department (when filed on its behalf)</source>
      <translation>Department (when filed on its behalf)</translation>
    </message>
    <message>
      <source>On behalf of:</source>
      <translation>On behalf of:</translation>
    </message>
    <message>
      <source>File the request</source>
      <translation>File the request</translation>
    </message>
    <message>
      <source>Request %1 filed; it waits for the chief procurator.</source>
      <translation>Request %1 filed; it waits for the chief procurator.</translation>
    </message>
  </context>
  <context>
    <name>Restore</name>
    <message>
      <source>There is not enough space for the vault on this computer's disk. Nothing was restored; the data folder is as it was.</source>
      <translation>There is not enough space for the vault on this computer's disk. Nothing was restored; the data folder is as it was.</translation>
    </message>
    <message>
      <source>The data folder cannot be written. Nothing was restored.</source>
      <translation>The data folder cannot be written. Nothing was restored.</translation>
    </message>
    <message>
      <source>Reading the backup or writing the data folder failed (was the medium pulled out?). Nothing was restored and the data folder is as it was; insert the medium again and retry.</source>
      <translation>Reading the backup or writing the data folder failed (was the medium pulled out?). Nothing was restored and the data folder is as it was; insert the medium again and retry.</translation>
    </message>
    <message>
      <source>The data folder %1 is not empty: a backup is restored only into an empty folder, so that nothing is overwritten. Nothing was changed.</source>
      <translation>The data folder %1 is not empty: a backup is restored only into an empty folder, so that nothing is overwritten. Nothing was changed.</translation>
    </message>
    <message>
      <source>The backup does not match its manifest (%1). Do not rely on it. Nothing was restored; try another backup.</source>
      <translation>The backup does not match its manifest (%1). Do not rely on it. Nothing was restored; try another backup.</translation>
    </message>
  </context>
  <context>
    <name>RestoreView</name>
    <message>
      <source>Setting up this workstation</source>
      <translation>Setting up this workstation</translation>
    </message>
    <message>
      <source>Restore from a backup</source>
      <translation>Restore from a backup</translation>
    </message>
    <message>
      <source>Insert the removable medium and choose the backup's own folder on it. The backup is checked against its manifest and put into the data folder %1, which must be empty. On a new computer the recovery code is asked for next.</source>
      <translation>Insert the removable medium and choose the backup's own folder on it. The backup is checked against its manifest and put into the data folder %1, which must be empty. On a new computer the recovery code is asked for next.</translation>
    </message>
    <message>
      <source>Choose the backup's folder…</source>
      <translation>Choose the backup's folder…</translation>
    </message>
    <message>
      <source>This backup</source>
      <translation>This backup</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Folder</translation>
    </message>
    <message>
      <source>Vault</source>
      <translation>Vault</translation>
    </message>
    <message>
      <source>Made</source>
      <translation>Made</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Size</translation>
    </message>
    <message>
      <source>Audit log up to</source>
      <translation>Audit log up to</translation>
    </message>
    <message>
      <source>Back to setting up</source>
      <translation>Back to setting up</translation>
    </message>
    <message>
      <source>Restore this backup</source>
      <translation>Restore this backup</translation>
    </message>
    <message>
      <source>Choose the backup's folder</source>
      <translation>Choose the backup's folder</translation>
    </message>
    <message>
      <source>Check that this is the backup you mean (the medium's label, the date), then restore it. Anything recorded after it was made is not in it.</source>
      <translation>Check that this is the backup you mean (the medium's label, the date), then restore it. Anything recorded after it was made is not in it.</translation>
    </message>
    <message>
      <source>Checking the backup: %1 of %2</source>
      <translation>Checking the backup: %1 of %2</translation>
    </message>
    <message>
      <source>Restoring: %1 of %2</source>
      <translation>Restoring: %1 of %2</translation>
    </message>
  </context>
  <context>
    <name>RiskDialog</name>
    <message>
      <source>Risk assessment, lead %1</source>
      <translation>Risk assessment, lead %1</translation>
    </message>
    <message>
      <source>%1 · code %2</source>
      <translation>%1 · code %2</translation>
    </message>
    <message>
      <source>e.g. works under the reported person; was threatened</source>
      <translation>e.g. works under the reported person; was threatened</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Report</translation>
    </message>
    <message>
      <source>Risk level</source>
      <translation>Risk level</translation>
    </message>
    <message>
      <source>Risk factors</source>
      <translation>Risk factors</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
  </context>
  <context>
    <name>Roles</name>
    <message>
      <source>Clerk</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <source>Reporting centre director</source>
      <translation>Reporting centre director</translation>
    </message>
    <message>
      <source>Deputy chief procurator</source>
      <translation>Deputy chief procurator</translation>
    </message>
    <message>
      <source>Chief procurator</source>
      <translation>Chief procurator</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Staff</translation>
    </message>
  </context>
  <context>
    <name>RoutingDialog</name>
    <message>
      <source>Disposition of lead %1</source>
      <translation>Disposition of lead %1</translation>
    </message>
    <message>
      <source>Department or authority</source>
      <translation>Department or authority</translation>
    </message>
    <message>
      <source>Disposition</source>
      <translation>Disposition</translation>
    </message>
    <message>
      <source>To</source>
      <translation>To</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
  </context>
  <context>
    <name>SecretsDialog</name>
    <message>
      <source>Card reader</source>
      <translation>Card reader</translation>
    </message>
  </context>
  <context>
    <name>Sections</name>
    <message>
      <source>Leads</source>
      <translation>Leads</translation>
    </message>
    <message>
      <source>Confidential bags</source>
      <translation>Confidential bags</translation>
    </message>
    <message>
      <source>Prints</source>
      <translation>Prints</translation>
    </message>
    <message>
      <source>My requests</source>
      <translation>My requests</translation>
    </message>
    <message>
      <source>Approvals inbox</source>
      <translation>Approvals inbox</translation>
    </message>
    <message>
      <source>Bags awaiting unsealing</source>
      <translation>Bags awaiting unsealing</translation>
    </message>
    <message>
      <source>Audit trail</source>
      <translation>Audit trail</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>Users</translation>
    </message>
    <message>
      <source>Granted to me</source>
      <translation>Granted to me</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>Recording and searching leads</source>
      <translation>Recording and searching leads</translation>
    </message>
    <message>
      <source>Sealing confidential bags</source>
      <translation>Sealing confidential bags</translation>
    </message>
    <message>
      <source>The print register</source>
      <translation>The print register</translation>
    </message>
    <message>
      <source>Approval requests</source>
      <translation>Approval requests</translation>
    </message>
    <message>
      <source>Deciding approval requests</source>
      <translation>Deciding approval requests</translation>
    </message>
    <message>
      <source>Unsealing bags</source>
      <translation>Unsealing bags</translation>
    </message>
    <message>
      <source>Reading the audit trail</source>
      <translation>Reading the audit trail</translation>
    </message>
    <message>
      <source>Managing users</source>
      <translation>Managing users</translation>
    </message>
    <message>
      <source>Leads granted to you</source>
      <translation>Leads granted to you</translation>
    </message>
    <message>
      <source>%1 is not available yet in this version.</source>
      <translation>%1 is not available yet in this version.</translation>
    </message>
  </context>
  <context>
    <name>Sentences</name>
    <message>
      <source>%1 %2</source>
      <translation>%1 %2</translation>
    </message>
  </context>
  <context>
    <name>SettingsView</name>
    <message>
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Apply</translation>
    </message>
    <message>
      <source>Lock after inactivity</source>
      <translation>Lock after inactivity</translation>
    </message>
    <message>
      <source>Only the chief procurator may change the idle-lock time.</source>
      <translation>Only the chief procurator may change the idle-lock time.</translation>
    </message>
  </context>
  <context>
    <name>SetupWizardView</name>
    <message>
      <source>Setting up this workstation</source>
      <translation>Setting up this workstation</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Back</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Next</translation>
    </message>
    <message>
      <source>Your procuratorate</source>
      <translation>Your procuratorate</translation>
    </message>
    <message>
      <source>Unit name</source>
      <translation>Unit name</translation>
    </message>
    <message>
      <source>Six-digit unit code</source>
      <translation>Six-digit unit code</translation>
    </message>
    <message>
      <source>The unit code begins every confidential number.</source>
      <translation>The unit code begins every confidential number.</translation>
    </message>
    <message>
      <source>Replacing a computer or a disk? Put the vault back from its backup instead of creating a new one.</source>
      <translation>Replacing a computer or a disk? Put the vault back from its backup instead of creating a new one.</translation>
    </message>
    <message>
      <source>Restore from a backup…</source>
      <translation>Restore from a backup…</translation>
    </message>
    <message>
      <source>Where the vault is kept</source>
      <translation>Where the vault is kept</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>Data folder</translation>
    </message>
    <message>
      <source>The folder holds only the encrypted database and its key file. It must be new or empty.</source>
      <translation>The folder holds only the encrypted database and its key file. It must be new or empty.</translation>
    </message>
    <message>
      <source>Measuring this computer</source>
      <translation>Measuring this computer</translation>
    </message>
    <message>
      <source>Passwords are protected with Argon2id, tuned so that one try takes about half a second here. This makes guessing slow.</source>
      <translation>Passwords are protected with Argon2id, tuned so that one try takes about half a second here. This makes guessing slow.</translation>
    </message>
    <message>
      <source>The chief procurator</source>
      <translation>The chief procurator</translation>
    </message>
    <message>
      <source>The chief procurator approves viewing and unsealing with his own card.</source>
      <translation>The chief procurator approves viewing and unsealing with his own card.</translation>
    </message>
    <message>
      <source>The designated clerks</source>
      <translation>The designated clerks</translation>
    </message>
    <message>
      <source>Enrol at least one clerk, each with their own card.</source>
      <translation>Enrol at least one clerk, each with their own card.</translation>
    </message>
    <message>
      <source>Add this clerk</source>
      <translation>Add this clerk</translation>
    </message>
    <message>
      <source>Recovery code</source>
      <translation>Recovery code</translation>
    </message>
    <message>
      <source>This code is shown only now. Print the sheet, seal it in a confidential bag and keep it in the safe. It opens the vault if cards or this computer are lost.</source>
      <translation>This code is shown only now. Print the sheet, seal it in a confidential bag and keep it in the safe. It opens the vault if cards or this computer are lost.</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>Finish</translation>
    </message>
    <message>
      <source>Measuring…</source>
      <translation>Measuring…</translation>
    </message>
    <message>
      <source>Argon2id: %1 passes over %2 MiB, %3 lane(s).</source>
      <translation>Argon2id: %1 passes over %2 MiB, %3 lane(s).</translation>
    </message>
    <message>
      <source>%1 (card %2)</source>
      <translation>%1 (card %2)</translation>
    </message>
    <message>
      <source>Insert the card of %1 (%2, card %3).</source>
      <translation>Insert the card of %1 (%2, card %3).</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>%1 (unit code %2)</source>
      <translation>%1 (unit code %2)</translation>
    </message>
    <message>
      <source>Password protection</source>
      <translation>Password protection</translation>
    </message>
    <message>
      <source>Argon2id, %1 passes, %2 MiB</source>
      <translation>Argon2id, %1 passes, %2 MiB</translation>
    </message>
    <message>
      <source>%1, card %2</source>
      <translation>%1, card %2</translation>
    </message>
    <message>
      <source>Recovery sheet</source>
      <translation>Recovery sheet</translation>
    </message>
    <message>
      <source>printed or written down; to be sealed in a bag</source>
      <translation>printed or written down; to be sealed in a bag</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Keyboard shortcuts</translation>
    </message>
  </context>
  <context>
    <name>StatusBar</name>
    <message>
      <source>Locked</source>
      <translation>Locked</translation>
    </message>
    <message>
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message>
      <source>Card: inserted</source>
      <translation>Card: inserted</translation>
    </message>
    <message>
      <source>Card: none</source>
      <translation>Card: none</translation>
    </message>
    <message>
      <source>Network: isolated</source>
      <translation>Network: isolated</translation>
    </message>
    <message>
      <source>Network: CONNECTED</source>
      <translation>Network: CONNECTED</translation>
    </message>
    <message>
      <source>Network: not checked</source>
      <translation>Network: not checked</translation>
    </message>
    <message>
      <source>Requests waiting: %1</source>
      <translation>Requests waiting: %1</translation>
    </message>
    <message>
      <source>Requests decided: %1</source>
      <translation>Requests decided: %1</translation>
    </message>
    <message>
      <source>Database checked</source>
      <translation>Database checked</translation>
    </message>
    <message>
      <source>Checking the database: %1%</source>
      <translation>Checking the database: %1%</translation>
    </message>
    <message>
      <source>Auto-lock in %1</source>
      <translation>Auto-lock in %1</translation>
    </message>
  </context>
  <context>
    <name>StepDialog</name>
    <message>
      <source>Assistance step, lead %1</source>
      <translation>Assistance step, lead %1</translation>
    </message>
    <message>
      <source>URGENT assistance request</source>
      <translation>URGENT assistance request</translation>
    </message>
    <message>
      <source>Assistance request</source>
      <translation>Assistance request</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>Request</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Step</translation>
    </message>
    <message>
      <source>Done at</source>
      <translation>Done at</translation>
    </message>
  </context>
  <context>
    <name>SupplementDialog</name>
    <message>
      <source>Ask for a supplement, lead %1</source>
      <translation>Ask for a supplement, lead %1</translation>
    </message>
    <message>
      <source>The informant was asked to supplement unclear material (Art 18); the answer is due within the supplement deadline.</source>
      <translation>The informant was asked to supplement unclear material (Art 18); the answer is due within the supplement deadline.</translation>
    </message>
    <message>
      <source>Asked at</source>
      <translation>Asked at</translation>
    </message>
  </context>
  <context>
    <name>UnlockView</name>
    <message>
      <source>This folder was restored from a backup on purpose: the chief procurator's card accepts it, and what is lost is recorded</source>
      <translation>This folder was restored from a backup on purpose: the chief procurator's card accepts it, and what is lost is recorded</translation>
    </message>
    <message>
      <source>Recover with the recovery code…</source>
      <translation>Recover with the recovery code…</translation>
    </message>
    <message>
      <source>Unlock LeadVault</source>
      <translation>Unlock LeadVault</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>Card PIN</source>
      <translation>Card PIN</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Unlock</translation>
    </message>
    <message>
      <source>Reading the card…</source>
      <translation>Reading the card…</translation>
    </message>
    <message>
      <source>Insert your smart card.</source>
      <translation>Insert your smart card.</translation>
    </message>
    <message>
      <source>This card is not enrolled on this workstation.</source>
      <translation>This card is not enrolled on this workstation.</translation>
    </message>
    <message>
      <source>%1, %2</source>
      <translation>%1, %2</translation>
    </message>
    <message>
      <source>Requests waiting for your decision: %1</source>
      <translation>Requests waiting for your decision: %1</translation>
    </message>
    <message>
      <source>Your requests decided: %1</source>
      <translation>Your requests decided: %1</translation>
    </message>
    <message>
      <source>The PIN is blocked.</source>
      <translation>The PIN is blocked.</translation>
    </message>
    <message numerus="yes">
      <source>PIN tries left: %n</source>
      <translation>
        <numerusform>PIN tries left: %n</numerusform>
        <numerusform>PIN tries left: %n</numerusform>
      </translation>
    </message>
    <message>
      <source>Enter both your password and your card PIN.</source>
      <translation>Enter both your password and your card PIN.</translation>
    </message>
  </context>
  <context>
    <name>UrgentBanner</name>
    <message>
      <source>URGENT assistance request not yet acted on by the police (Art 62): lead %1. Handle it now.</source>
      <translation>URGENT assistance request not yet acted on by the police (Art 62): lead %1. Handle it now.</translation>
    </message>
  </context>
  <context>
    <name>UsersView</name>
    <message>
      <source>Users</source>
      <translation>Users</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>Card</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Last unlock</source>
      <translation>Last unlock</translation>
    </message>
    <message>
      <source>Enrol a user…</source>
      <translation>Enrol a user…</translation>
    </message>
    <message>
      <source>Replace card…</source>
      <translation>Replace card…</translation>
    </message>
    <message>
      <source>Print enrolment record…</source>
      <translation>Print enrolment record…</translation>
    </message>
    <message>
      <source>Remove user…</source>
      <translation>Remove user…</translation>
    </message>
    <message>
      <source>Unblock a PIN…</source>
      <translation>Unblock a PIN…</translation>
    </message>
    <message>
      <source>active</source>
      <translation>active</translation>
    </message>
    <message>
      <source>removed</source>
      <translation>removed</translation>
    </message>
    <message>
      <source> (you)</source>
      <translation> (you)</translation>
    </message>
    <message>
      <source>Renewing the vault's keys and removing %1…</source>
      <translation>Renewing the vault's keys and removing %1…</translation>
    </message>
    <message>
      <source>%1 was removed and the vault's keys were renewed: the card opens nothing current.</source>
      <translation>%1 was removed and the vault's keys were renewed: the card opens nothing current.</translation>
    </message>
    <message>
      <source>Enrolling and replacing a card are roster changes your card signs. With one reader, a covering screen guides you: your card out, the new card in, yours back; with two, the new card goes into the second. Removal and a replaced card renew the vault's keys; neither takes back copies made before (old backups, grant packages).</source>
      <translation>Enrolling and replacing a card are roster changes your card signs. With one reader, a covering screen guides you: your card out, the new card in, yours back; with two, the new card goes into the second. Removal and a replaced card renew the vault's keys; neither takes back copies made before (old backups, grant packages).</translation>
    </message>
    <message>
      <source>Give the new user's name.</source>
      <translation>Give the new user's name.</translation>
    </message>
    <message>
      <source>Enrolling %1…</source>
      <translation>Enrolling %1…</translation>
    </message>
    <message>
      <source>Replacing the card of %1…</source>
      <translation>Replacing the card of %1…</translation>
    </message>
    <message>
      <source>The card of %1 was replaced and the vault's keys were renewed: the old card opens nothing current.</source>
      <translation>The card of %1 was replaced and the vault's keys were renewed: the old card opens nothing current.</translation>
    </message>
    <message>
      <source>Enrolment record of %1</source>
      <translation>Enrolment record of %1</translation>
    </message>
    <message>
      <source>Choose an enrolled user first.</source>
      <translation>Choose an enrolled user first.</translation>
    </message>
    <message>
      <source>%1 was enrolled with card %2.</source>
      <translation>%1 was enrolled with card %2.</translation>
    </message>
    <message>
      <source>The PIN of card %1 was reset.</source>
      <translation>The PIN of card %1 was reset.</translation>
    </message>
    <message>
      <source>Remove %1</source>
      <translation>Remove %1</translation>
    </message>
    <message>
      <source>Remove %1? The vault's keys are renewed first, with your card: keep it in the reader. Give your PIN and password.</source>
      <translation>Remove %1? The vault's keys are renewed first, with your card: keep it in the reader. Give your PIN and password.</translation>
    </message>
    <message>
      <source>Your card PIN</source>
      <translation>Your card PIN</translation>
    </message>
    <message>
      <source>Your password</source>
      <translation>Your password</translation>
    </message>
    <message>
      <source>Unblock a PIN</source>
      <translation>Unblock a PIN</translation>
    </message>
    <message>
      <source>Put the user's card in a reader. Its admin PIN sets a new PIN.</source>
      <translation>Put the user's card in a reader. Its admin PIN sets a new PIN.</translation>
    </message>
    <message>
      <source>Admin PIN</source>
      <translation>Admin PIN</translation>
    </message>
    <message>
      <source>New PIN</source>
      <translation>New PIN</translation>
    </message>
    <message>
      <source>Enrol a user</source>
      <translation>Enrol a user</translation>
    </message>
    <message>
      <source>Choose the reader for the new user's prepared card. With one reader, choose yours: the next screen guides you through swapping the cards.</source>
      <translation>Choose the reader for the new user's prepared card. With one reader, choose yours: the next screen guides you through swapping the cards.</translation>
    </message>
    <message>
      <source>Choose the reader for the new prepared card. With one reader, choose yours: the next screen guides you through swapping the cards. Your card signs the change, then renews the vault's keys.</source>
      <translation>Choose the reader for the new prepared card. With one reader, choose yours: the next screen guides you through swapping the cards. Your card signs the change, then renews the vault's keys.</translation>
    </message>
    <message>
      <source>Replace the card of %1</source>
      <translation>Replace the card of %1</translation>
    </message>
  </context>
  <context>
    <name>ViewerRequestsView</name>
    <message>
      <source>My requests to the chief procurator</source>
      <translation>My requests to the chief procurator</translation>
    </message>
    <message>
      <source>Your card signs each request. The chief procurator sees it after the next unlock by the clerk or by him; what he grants appears under Granted to me.</source>
      <translation>Your card signs each request. The chief procurator sees it after the next unlock by the clerk or by him; what he grants appears under Granted to me.</translation>
    </message>
    <message>
      <source>Card PIN:</source>
      <translation>Card PIN:</translation>
    </message>
    <message>
      <source>Sign and file the request</source>
      <translation>Sign and file the request</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>Request</translation>
    </message>
    <message>
      <source>Leads</source>
      <translation>Leads</translation>
    </message>
    <message>
      <source>Parts</source>
      <translation>Parts</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>Hours</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>Request %1 signed and filed; the chief procurator sees it after the next keyholder unlock.</source>
      <translation>Request %1 signed and filed; the chief procurator sees it after the next keyholder unlock.</translation>
    </message>
  </context>
  <context>
    <name>VoidDialog</name>
    <message>
      <source>Void lead %1</source>
      <translation>Void lead %1</translation>
    </message>
    <message>
      <source>A void lead stays in the register with its reason; it is never deleted. Its open deadlines end and nothing more can be recorded on it.</source>
      <translation>A void lead stays in the register with its reason; it is never deleted. Its open deadlines end and nothing more can be recorded on it.</translation>
    </message>
  </context>
  <context>
    <name>WitnessSheetDialog</name>
    <message>
      <source>Checkpoint witness sheet</source>
      <translation>Checkpoint witness sheet</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Sent to %1.</source>
      <translation>Sent to %1.</translation>
    </message>
  </context>
  <context>
    <name>WorkSettingsPanel</name>
    <message>
      <source>Leads register: work calendar and deadlines</source>
      <translation>Leads register: work calendar and deadlines</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Year</translation>
    </message>
    <message>
      <source>Public holidays (one date a line)</source>
      <translation>Public holidays (one date a line)</translation>
    </message>
    <message>
      <source>Weekend days worked in exchange</source>
      <translation>Weekend days worked in exchange</translation>
    </message>
    <message>
      <source>Save the days of this year</source>
      <translation>Save the days of this year</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <source>Time unit</source>
      <translation>Time unit</translation>
    </message>
    <message>
      <source>Deadlines the Provisions leave to the centre (the others are fixed by them):</source>
      <translation>Deadlines the Provisions leave to the centre (the others are fixed by them):</translation>
    </message>
    <message>
      <source>Save the deadlines</source>
      <translation>Save the deadlines</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Discipline inspection department</source>
      <translation>Discipline inspection department</translation>
    </message>
    <message>
      <source>Default classification of prints</source>
      <translation>Default classification of prints</translation>
    </message>
    <message>
      <source>Set by hand for this year.</source>
      <translation>Set by hand for this year.</translation>
    </message>
    <message>
      <source>From the kept holiday calendar (State Council notices).</source>
      <translation>From the kept holiday calendar (State Council notices).</translation>
    </message>
    <message>
      <source>The kept calendar does not know this year: enter its days from the State Council's notice.</source>
      <translation>The kept calendar does not know this year: enter its days from the State Council's notice.</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>hours</source>
      <translation>hours</translation>
    </message>
    <message>
      <source>days</source>
      <translation>days</translation>
    </message>
    <message>
      <source>working days</source>
      <translation>working days</translation>
    </message>
    <message>
      <source>months</source>
      <translation>months</translation>
    </message>
    <message>
      <source>The days of %1 were saved.</source>
      <translation>The days of %1 were saved.</translation>
    </message>
    <message>
      <source>The deadlines were saved.</source>
      <translation>The deadlines were saved.</translation>
    </message>
    <message>
      <source>The department was saved.</source>
      <translation>The department was saved.</translation>
    </message>
    <message>
      <source>The default classification was saved.</source>
      <translation>The default classification was saved.</translation>
    </message>
  </context>
  <context>
    <name>_ReasonDialog</name>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
  </context>
</TS>
