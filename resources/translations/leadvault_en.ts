<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>AppController</name>
    <message>
      <source>Saved.</source>
      <translation>Saved.</translation>
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
      <source>Locked after a period without activity.</source>
      <translation>Locked after a period without activity.</translation>
    </message>
    <message>
      <source>Locked on request.</source>
      <translation>Locked on request.</translation>
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
      <source>This computer is connected to a network (%1). The special computer must be physically isolated: unplug the cable or switch off the wireless now.</source>
      <translation>This computer is connected to a network (%1). The special computer must be physically isolated: unplug the cable or switch off the wireless now.</translation>
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
      <source>The vault database is damaged. Nothing was changed; restore a backup.</source>
      <translation>The vault database is damaged. Nothing was changed; restore a backup.</translation>
    </message>
    <message>
      <source>The vault database is older than its audit record: it was replaced by an old copy. Report this to the chief procurator.</source>
      <translation>The vault database is older than its audit record: it was replaced by an old copy. Report this to the chief procurator.</translation>
    </message>
    <message>
      <source>Your role may not do this.</source>
      <translation>Your role may not do this.</translation>
    </message>
    <message numerus="yes">
      <source>Too many failed attempts. Wait %n second(s) and try again.</source>
      <translation>
        <numerusform>Too many failed attempts. Wait %n second and try again.</numerusform>
        <numerusform>Too many failed attempts. Wait %n seconds and try again.</numerusform>
      </translation>
    </message>
    <message>
      <source>The key derivation settings are too weak.</source>
      <translation>The key derivation settings are too weak.</translation>
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
      <source>The card could not be read. Take it out and insert it again.</source>
      <translation>The card could not be read. Take it out and insert it again.</translation>
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
      <source>Leads under review</source>
      <translation>Leads under review</translation>
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
      <source>Reviewing leads</source>
      <translation>Reviewing leads</translation>
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
      <source>Print the recovery sheet…</source>
      <translation>Print the recovery sheet…</translation>
    </message>
    <message>
      <source>The sheet is printed (or the code written down)</source>
      <translation>The sheet is printed (or the code written down)</translation>
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
      <source>Auto-lock in %1</source>
      <translation>Auto-lock in %1</translation>
    </message>
  </context>
  <context>
    <name>UnlockView</name>
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
</TS>
