<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
  <context>
    <name>AgreementDialog</name>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="66" />
      <source>New agreement</source>
      <translation>New agreement</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="66" />
      <source>Edit agreement</source>
      <translation>Edit agreement</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="104" />
      <source>event default</source>
      <translation>event default</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="105" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="111" />
      <source>Side</source>
      <translation>Side</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="112" />
      <source>Signatory</source>
      <translation>Signatory</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="110" />
      <source>Organisation (those of the side's people)</source>
      <translation>Organisation (those of the side's people)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="113" />
      <source>Power of attorney</source>
      <translation>Power of attorney</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="122" />
      <source>Add party</source>
      <translation>Add party</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="122" />
      <source>Remove party</source>
      <translation>Remove party</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="137" />
      <source>Title (Russian)</source>
      <translation>Title (Russian)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="138" />
      <source>Title (English)</source>
      <translation>Title (English)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="139" />
      <source>Level</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="140" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="141" />
      <source>Originals</source>
      <translation>Originals</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="142" />
      <source>Languages of the texts</source>
      <translation>Languages of the texts</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="143" />
      <source>Signing takes</source>
      <translation>Signing takes</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="148" />
      <source>Parties</source>
      <translation>Parties</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="150" />
      <source>In the presence of</source>
      <translation>In the presence of</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="151" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="158" />
      <source>Russian</source>
      <translation>Russian</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="159" />
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="160" />
      <source>Belarusian</source>
      <translation>Belarusian</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="161" />
      <source>Kazakh</source>
      <translation>Kazakh</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="162" />
      <source>Chinese</source>
      <translation>Chinese</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="163" />
      <source>Arabic</source>
      <translation>Arabic</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="197" />
      <source>if not his own organisation</source>
      <translation>if not his own organisation</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="200" />
      <source>The power of attorney under which the signatory signs for this party's organisation when it is not his own, e.g. «доверенность № 12 от 01.07.2023»; printed in the originals.</source>
      <translation>The power of attorney under which the signatory signs for this party's organisation when it is not his own, e.g. «доверенность № 12 от 01.07.2023»; printed in the originals.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="232" />
      <source>— not chosen —</source>
      <translation>— not chosen —</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="326" />
      <source>Party %1: choose or type the organisation.</source>
      <translation>Party %1: choose or type the organisation.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="330" />
      <source>Party %1: the event has no side to choose.</source>
      <translation>Party %1: the event has no side to choose.</translation>
    </message>
  </context>
  <context>
    <name>AgreementsPage</name>
    <message>
      <location filename="../../ui/pages/agreements.py" line="29" />
      <source>Search agreements: title, party, signatory…</source>
      <translation>Search agreements: title, party, signatory…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/agreements.py" line="30" />
      <source>Add agreement…</source>
      <translation>Add agreement…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/agreements.py" line="34" />
      <source>Print the signing papers…</source>
      <translation>Print the signing papers…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/agreements.py" line="37" />
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../ui/pages/agreements.py" line="47" />
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/agreements.py" line="53" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../ui/pages/agreements.py" line="58" />
      <source>Level</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="../../ui/pages/agreements.py" line="66" />
      <source>Parties</source>
      <translation>Parties</translation>
    </message>
    <message>
      <location filename="../../ui/pages/agreements.py" line="70" />
      <source>Signatories</source>
      <translation>Signatories</translation>
    </message>
    <message>
      <location filename="../../ui/pages/agreements.py" line="74" />
      <source>Originals</source>
      <translation>Originals</translation>
    </message>
    <message>
      <location filename="../../ui/pages/agreements.py" line="81" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/pages/agreements.py" line="107" />
      <source>No agreements yet: add one with “Add agreement…”, or import a list with File › Import participants… (it reads agreement lists too).</source>
      <translation>No agreements yet: add one with “Add agreement…”, or import a list with File › Import participants… (it reads agreement lists too).</translation>
    </message>
    <message>
      <location filename="../../ui/pages/agreements.py" line="115" />
      <location filename="../../ui/pages/agreements.py" line="193" />
      <source>Edit agreement %1</source>
      <translation>Edit agreement %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/agreements.py" line="128" />
      <source>The number of originals is a whole number from 1.</source>
      <translation>The number of originals is a whole number from 1.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/agreements.py" line="162" />
      <source>Add agreement</source>
      <translation>Add agreement</translation>
    </message>
    <message>
      <location filename="../../ui/pages/agreements.py" line="202" />
      <source>Delete the agreement «%1»?</source>
      <translation>Delete the agreement «%1»?</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/pages/agreements.py" line="204" />
      <source>Delete %n agreement(s)?</source>
      <translation>
        <numerusform>Delete %n agreement?</numerusform>
        <numerusform>Delete %n agreements?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/pages/agreements.py" line="209" />
      <source>Delete %n agreement(s)</source>
      <translation>
        <numerusform>Delete %n agreement</numerusform>
        <numerusform>Delete %n agreements</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>AppContext</name>
    <message>
      <location filename="../../ui/context.py" line="45" />
      <source>Read-only</source>
      <translation>Read-only</translation>
    </message>
    <message>
      <location filename="../../ui/context.py" line="46" />
      <source>This store is open read-only; changes are not possible.</source>
      <translation>This store is open read-only; changes are not possible.</translation>
    </message>
    <message>
      <location filename="../../ui/context.py" line="53" />
      <source>Cannot do that</source>
      <translation>Cannot do that</translation>
    </message>
  </context>
  <context>
    <name>CheckPage</name>
    <message>
      <location filename="../../ui/import_wizard.py" line="546" />
      <source>Check</source>
      <translation>Check</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="547" />
      <source>Nothing is written until you press Import.</source>
      <translation>Nothing is written until you press Import.</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="549" />
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="557" />
      <source>Checking every row…</source>
      <translation>Checking every row…</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="568" />
      <source>The file cannot be imported: %1</source>
      <translation>The file cannot be imported: %1</translation>
    </message>
  </context>
  <context>
    <name>Commands</name>
    <message>
      <location filename="../../ui/commands.py" line="76" />
      <source>The store is open read-only.</source>
      <translation>The store is open read-only.</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <location filename="../../ui/widgets.py" line="78" />
      <source>DD.MM.YYYY</source>
      <translation>DD.MM.YYYY</translation>
    </message>
    <message>
      <location filename="../../ui/widgets.py" line="87" />
      <source>Choose on a calendar</source>
      <translation>Choose on a calendar</translation>
    </message>
  </context>
  <context>
    <name>Documents</name>
    <message>
      <location filename="../../ui/document_kinds.py" line="101" />
      <source>Written</source>
      <translation>Written</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="120" />
      <source>Writing the list (%1)</source>
      <translation>Writing the list (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="134" />
      <source>Ordering the ceremony</source>
      <translation>Ordering the ceremony</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="142" />
      <source>Comparing with the last list sent</source>
      <translation>Comparing with the last list sent</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="151" />
      <source>Choose at least one section of the pack.</source>
      <translation>Choose at least one section of the pack.</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="152" />
      <source>Building the pack</source>
      <translation>Building the pack</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="160" />
      <source>Cover</source>
      <translation>Cover</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="161" />
      <source>Contents</source>
      <translation>Contents</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="162" />
      <source>Purpose and points to raise</source>
      <translation>Purpose and points to raise</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="163" />
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="164" />
      <source>Participants (with biographies)</source>
      <translation>Participants (with biographies)</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="165" />
      <location filename="../../ui/document_kinds.py" line="295" />
      <source>Seating plans</source>
      <translation>Seating plans</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="166" />
      <source>Signing order</source>
      <translation>Signing order</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="167" />
      <source>Contacts</source>
      <translation>Contacts</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="176" />
      <source>Include passport numbers and dates of birth</source>
      <translation>Include passport numbers and dates of birth</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="179" />
      <source>CSV in Windows-1251 (for old Excel)</source>
      <translation>CSV in Windows-1251 (for old Excel)</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="190" />
      <source>Negotiation table, seated by the rules (not saved)</source>
      <translation>Negotiation table, seated by the rules (not saved)</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="193" />
      <source>Signing table, seated by the rules (not saved)</source>
      <translation>Signing table, seated by the rules (not saved)</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="203" />
      <source>Choose at least one seating plan (save one on the Seating page).</source>
      <translation>Choose at least one seating plan (save one on the Seating page).</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="230" />
      <source>Drawing the plans (%1)</source>
      <translation>Drawing the plans (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="240" />
      <source>This event has no seating plan to draw yet.</source>
      <translation>This event has no seating plan to draw yet.</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="254" />
      <source>Cards for plan %1</source>
      <translation>Cards for plan %1</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="273" />
      <source>Attendee list</source>
      <translation>Attendee list</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="282" />
      <source>Briefing pack</source>
      <translation>Briefing pack</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="289" />
      <source>Signing papers and the announcer's script</source>
      <translation>Signing papers and the announcer's script</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="303" />
      <source>Place cards</source>
      <translation>Place cards</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="311" />
      <source>Changes since the last attendee list sent</source>
      <translation>Changes since the last attendee list sent</translation>
    </message>
  </context>
  <context>
    <name>DocumentsPage</name>
    <message>
      <location filename="../../ui/pages/documents.py" line="192" />
      <source>Russian</source>
      <translation>Russian</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="193" />
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="194" />
      <source>Russian and English</source>
      <translation>Russian and English</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="86" />
      <location filename="../../ui/pages/documents.py" line="229" />
      <source>Sections and options</source>
      <translation>Sections and options</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="89" />
      <source>Choose…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="106" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="117" />
      <source>Open the file</source>
      <translation>Open the file</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="120" />
      <source>Show in folder</source>
      <translation>Show in folder</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="125" />
      <source>What the papers lack (double-click one to fill it in)</source>
      <translation>What the papers lack (double-click one to fill it in)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="140" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="143" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="141" />
      <source>Language of the document</source>
      <translation>Language of the document</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="97" />
      <source>The name of the file, without the ending (.pdf, .docx…)</source>
      <translation>The name of the file, without the ending (.pdf, .docx…)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="103" />
      <source>Save the document</source>
      <translation>Save the document</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="144" />
      <source>Folder</source>
      <translation>Folder</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="145" />
      <source>File name</source>
      <translation>File name</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="199" />
      <source>each guest's own languages</source>
      <translation>each guest's own languages</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="229" />
      <source>Plans</source>
      <translation>Plans</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="295" />
      <source>Folder for documents</source>
      <translation>Folder for documents</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="316" />
      <source>Choose an event on the left to see its documents.</source>
      <translation>Choose an event on the left to see its documents.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="319" />
      <source>Making the preview…</source>
      <translation>Making the preview…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="336" />
      <location filename="../../ui/pages/documents.py" line="371" />
      <source>No preview: %1</source>
      <translation>No preview: %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="383" />
      <source>Type a file name without folders, e.g. %1.</source>
      <translation>Type a file name without folders, e.g. %1.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="394" />
      <source>Cannot use the folder %1: %2</source>
      <translation>Cannot use the folder %1: %2</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="423" />
      <source>Working…</source>
      <translation>Working…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="432" />
      <source>Stopping…</source>
      <translation>Stopping…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="443" />
      <source>Written: %1</source>
      <translation>Written: %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="452" />
      <source>Not written: %1</source>
      <translation>Not written: %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="458" />
      <source>Cancelled; nothing was written.</source>
      <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="466" />
      <source>The folder %1 could not be opened: the system has no file manager set up for it.</source>
      <translation>The folder %1 could not be opened: the system has no file manager set up for it.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="469" />
      <source>The file %1 could not be opened: the system has no program set up to open it. Open it from its folder, or print it from the preview.</source>
      <translation>The file %1 could not be opened: the system has no program set up to open it. Open it from its folder, or print it from the preview.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="474" />
      <source>Cannot open</source>
      <translation>Cannot open</translation>
    </message>
  </context>
  <context>
    <name>EventDialog</name>
    <message>
      <location filename="../../ui/dialogs/event.py" line="42" />
      <source>New event</source>
      <translation>New event</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="42" />
      <source>Edit event</source>
      <translation>Edit event</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="56" />
      <source>several days, until</source>
      <translation>several days, until</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="66" />
      <source>e.g. Ulyanovsk Region</source>
      <translation>e.g. Ulyanovsk Region</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="67" />
      <source>e.g. Republic of Belarus</source>
      <translation>e.g. Republic of Belarus</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="69" />
      <source>right hand (usual)</source>
      <translation>right hand (usual)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="70" />
      <source>left hand</source>
      <translation>left hand</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="72" />
      <source>at the head's right</source>
      <translation>at the head's right</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="73" />
      <source>on a chair behind the head</source>
      <translation>on a chair behind the head</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="76" />
      <location filename="../../ui/dialogs/event.py" line="82" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="78" />
      <source>HH:MM</source>
      <translation>HH:MM</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="83" />
      <source>none</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="87" />
      <source>by their heads' rank</source>
      <translation>by their heads' rank</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="88" />
      <source>alphabetically, from a letter drawn by lot</source>
      <translation>alphabetically, from a letter drawn by lot</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="92" />
      <source>e.g. K</source>
      <translation>e.g. K</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="95" />
      <source>at the host's right</source>
      <translation>at the host's right</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="96" />
      <source>opposite the host</source>
      <translation>opposite the host</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="102" />
      <source>Title (Russian)</source>
      <translation>Title (Russian)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="103" />
      <source>Title (English)</source>
      <translation>Title (English)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="104" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="106" />
      <source>City (Russian)</source>
      <translation>City (Russian)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="107" />
      <source>City (English)</source>
      <translation>City (English)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="108" />
      <source>Venue (Russian)</source>
      <translation>Venue (Russian)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="109" />
      <source>Venue (English)</source>
      <translation>Venue (English)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="111" />
      <source>Host side</source>
      <translation>Host side</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="112" />
      <source>Guest side</source>
      <translation>Guest side</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="116" />
      <source>Senior side</source>
      <translation>Senior side</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="117" />
      <source>Interpreter sits</source>
      <translation>Interpreter sits</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="118" />
      <source>One signing takes</source>
      <translation>One signing takes</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="119" />
      <source>Signing starts at</source>
      <translation>Signing starts at</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="120" />
      <source>Opening remarks before the signing</source>
      <translation>Opening remarks before the signing</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="121" />
      <source>Closing and photo after the signing</source>
      <translation>Closing and photo after the signing</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="122" />
      <source>Talks of three or more delegations: guests</source>
      <translation>Talks of three or more delegations: guests</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="123" />
      <source>Letter drawn by lot</source>
      <translation>Letter drawn by lot</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="124" />
      <source>The senior guest delegation sits</source>
      <translation>The senior guest delegation sits</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="128" />
      <source>Purpose (Russian)</source>
      <translation>Purpose (Russian)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="129" />
      <source>Purpose (English)</source>
      <translation>Purpose (English)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="130" />
      <source>Points to raise (Russian)</source>
      <translation>Points to raise (Russian)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="131" />
      <source>Points to raise (English)</source>
      <translation>Points to raise (English)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="132" />
      <source>Contacts</source>
      <translation>Contacts</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="136" />
      <source>Event</source>
      <translation>Event</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="137" />
      <source>Ceremony</source>
      <translation>Ceremony</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="138" />
      <source>Briefing</source>
      <translation>Briefing</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="233" />
      <source>The event needs a title.</source>
      <translation>The event needs a title.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="222" />
      <source>The date is a day DD.MM.YYYY, e.g. 07.07.2027.</source>
      <translation>The date is a day DD.MM.YYYY, e.g. 07.07.2027.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="224" />
      <source>The last day is a day DD.MM.YYYY, e.g. 09.07.2027.</source>
      <translation>The last day is a day DD.MM.YYYY, e.g. 09.07.2027.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="234" />
      <source>The last day is before the first day.</source>
      <translation>The last day is before the first day.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="227" />
      <source>The host and the guest side need different names.</source>
      <translation>The host and the guest side need different names.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="235" />
      <source>The signing start is a time HH:MM, e.g. 14:30.</source>
      <translation>The signing start is a time HH:MM, e.g. 14:30.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="236" />
      <source>The letter drawn by lot is one letter, e.g. K.</source>
      <translation>The letter drawn by lot is one letter, e.g. K.</translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <location filename="../../ui/import_wizard.py" line="240" />
      <source>Choose the file</source>
      <translation>Choose the file</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="241" />
      <source>A list of participants or of agreements, as CSV or Excel (XLSX).</source>
      <translation>A list of participants or of agreements, as CSV or Excel (XLSX).</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="243" />
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="244" />
      <source>Agreements</source>
      <translation>Agreements</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="247" />
      <source>Choose…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="253" />
      <source>as the file says (column «Side»)</source>
      <translation>as the file says (column «Side»)</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="261" />
      <source>List of</source>
      <translation>List of</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="262" />
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="263" />
      <source>Side of rows without one</source>
      <translation>Side of rows without one</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="270" />
      <source>File to import</source>
      <translation>File to import</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="270" />
      <source>Tables (*.csv *.txt *.xlsx)</source>
      <translation>Tables (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="287" />
      <source>Add a row naming the columns (for example «ФИО», «Должность», «Сторона») above the list in the spreadsheet, then choose the file again.</source>
      <translation>Add a row naming the columns (for example «ФИО», «Должность», «Сторона») above the list in the spreadsheet, then choose the file again.</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <location filename="../../ui/import_wizard.py" line="57" />
      <source>; (semicolon)</source>
      <translation>; (semicolon)</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="58" />
      <source>, (comma)</source>
      <translation>, (comma)</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="59" />
      <source>Tab</source>
      <translation>Tab</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="60" />
      <source>| (vertical bar)</source>
      <translation>| (vertical bar)</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="67" />
      <source>Full name (surname, name, patronymic)</source>
      <translation>Full name (surname, name, patronymic)</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="68" />
      <source>Surname</source>
      <translation>Surname</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="69" />
      <source>Given name</source>
      <translation>Given name</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="70" />
      <source>Patronymic</source>
      <translation>Patronymic</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="71" />
      <source>Position (Russian)</source>
      <translation>Position (Russian)</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="72" />
      <source>Position (English)</source>
      <translation>Position (English)</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="73" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="74" />
      <source>Side</source>
      <translation>Side</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="75" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="76" />
      <source>Precedence</source>
      <translation>Precedence</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="77" />
      <source>Name in Latin letters</source>
      <translation>Name in Latin letters</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="78" />
      <source>Latin surname</source>
      <translation>Latin surname</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="79" />
      <source>Latin given names</source>
      <translation>Latin given names</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="80" />
      <source>Honorific</source>
      <translation>Honorific</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="81" />
      <source>Organisation (English)</source>
      <translation>Organisation (English)</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="82" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="83" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="84" />
      <source>Gender</source>
      <translation>Gender</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="85" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="86" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="87" />
      <source>Passport</source>
      <translation>Passport</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="88" />
      <source>Date of birth</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="89" />
      <source>Title (Russian)</source>
      <translation>Title (Russian)</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="90" />
      <source>Title (English)</source>
      <translation>Title (English)</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="91" />
      <source>Level</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="92" />
      <source>Witnesses</source>
      <translation>Witnesses</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="93" />
      <source>Originals</source>
      <translation>Originals</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="94" />
      <source>Languages</source>
      <translation>Languages</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="95" />
      <source>Order of signing</source>
      <translation>Order of signing</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="96" />
      <source>First party</source>
      <translation>First party</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="97" />
      <source>Signatory of the first party</source>
      <translation>Signatory of the first party</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="98" />
      <source>Second party</source>
      <translation>Second party</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="99" />
      <source>Signatory of the second party</source>
      <translation>Signatory of the second party</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="100" />
      <source>Power of attorney of the first party</source>
      <translation>Power of attorney of the first party</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="103" />
      <source>Power of attorney of the second party</source>
      <translation>Power of attorney of the second party</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="116" />
      <source>Party %1</source>
      <translation>Party %1</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="117" />
      <source>Signatory of party %1</source>
      <translation>Signatory of party %1</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="118" />
      <source>Power of attorney of party %1</source>
      <translation>Power of attorney of party %1</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="159" />
      <location filename="../../ui/import_wizard.py" line="222" />
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="173" />
      <source>Import a list</source>
      <translation>Import a list</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="183" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="217" />
      <source>Import %1</source>
      <translation>Import %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/import_wizard.py" line="224" />
      <source>%n row(s) changed by someone else since the import were left as they are.</source>
      <translation>
        <numerusform>%n row changed by someone else since the import was left as it is.</numerusform>
        <numerusform>%n rows changed by someone else since the import were left as they are.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LayoutControls</name>
    <message>
      <location filename="../../ui/seating_controls.py" line="26" />
      <source>none</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="27" />
      <source>Men and women alternate</source>
      <translation>Men and women alternate</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="30" />
      <source>At each table a man and a woman side by side where the rules allow</source>
      <translation>At each table a man and a woman side by side where the rules allow</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="34" />
      <source>right</source>
      <translation>right</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="35" />
      <source>left</source>
      <translation>left</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="38" />
      <source>at the head's right</source>
      <translation>at the head's right</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="39" />
      <source>on a chair behind</source>
      <translation>on a chair behind</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="46" />
      <source>Rearrange</source>
      <translation>Rearrange</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="48" />
      <source>Seat the plan again with these sizes; locked seats are kept</source>
      <translation>Seat the plan again with these sizes; locked seats are kept</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="51" />
      <source>Head table, seats</source>
      <translation>Head table, seats</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="52" />
      <source>Interpreters</source>
      <translation>Interpreters</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="56" />
      <source>Senior side</source>
      <translation>Senior side</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="83" />
      <source>Tables</source>
      <translation>Tables</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="83" />
      <source>Seats per table</source>
      <translation>Seats per table</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="84" />
      <location filename="../../ui/seating_controls.py" line="85" />
      <source>Rows</source>
      <translation>Rows</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="84" />
      <location filename="../../ui/seating_controls.py" line="85" />
      <source>Seats per row</source>
      <translation>Seats per row</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="86" />
      <source>Seats per side</source>
      <translation>Seats per side</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="87" />
      <source>Standing places per row</source>
      <translation>Standing places per row</translation>
    </message>
  </context>
  <context>
    <name>ListPage</name>
    <message>
      <location filename="../../ui/pages/list_page.py" line="52" />
      <source>Choose an event on the left, or create one with Event › New event.</source>
      <translation>Choose an event on the left, or create one with Event › New event.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/list_page.py" line="91" />
      <source>Edit › Undo brings it back.</source>
      <translation>Edit › Undo brings it back.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/list_page.py" line="92" />
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
  </context>
  <context>
    <name>ListView</name>
    <message>
      <location filename="../../ui/list_view.py" line="84" />
      <source>Search: type any part of a name, position, organisation…</source>
      <translation>Search: type any part of a name, position, organisation…</translation>
    </message>
    <message>
      <location filename="../../ui/list_view.py" line="167" />
      <source>Edit</source>
      <translation>Edit</translation>
    </message>
    <message>
      <location filename="../../ui/list_view.py" line="167" />
      <source>Edit…</source>
      <translation>Edit…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/list_view.py" line="232" />
      <source>%n row(s)</source>
      <translation>
        <numerusform>%n row</numerusform>
        <numerusform>%n rows</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/list_view.py" line="234" />
      <source>%1 of %2</source>
      <translation>%1 of %2</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../ui/main_window.py" line="86" />
      <source>Search events</source>
      <translation>Search events</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="88" />
      <source>New event…</source>
      <translation>New event…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="91" />
      <location filename="../../ui/main_window.py" line="359" />
      <source>Delete event</source>
      <translation>Delete event</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="118" />
      <source>Events</source>
      <translation>Events</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="120" />
      <source>Pages</source>
      <translation>Pages</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="144" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="146" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="150" />
      <source>City</source>
      <translation>City</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="159" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="160" />
      <source>&amp;New store…</source>
      <translation>&amp;New store…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="162" />
      <source>&amp;Open store…</source>
      <translation>&amp;Open store…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="164" />
      <source>Recent stores</source>
      <translation>Recent stores</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="168" />
      <source>&amp;Import participants…</source>
      <translation>&amp;Import participants…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="173" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="174" />
      <source>&amp;Edit</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="175" />
      <source>&amp;Undo</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="177" />
      <source>&amp;Redo</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="182" />
      <source>E&amp;vent</source>
      <translation>E&amp;vent</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="185" />
      <source>&amp;Settings</source>
      <translation>&amp;Settings</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="186" />
      <source>Interface language</source>
      <translation>Interface language</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="187" />
      <source>As the system</source>
      <translation>As the system</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="193" />
      <source>&amp;Rank ladder…</source>
      <translation>&amp;Rank ladder…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="194" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="195" />
      <source>&amp;About Protocol Desk</source>
      <translation>&amp;About Protocol Desk</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="225" />
      <source> (read-only)</source>
      <translation> (read-only)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="228" />
      <source>Store: %1. Every change is saved as you make it.</source>
      <translation>Store: %1. Every change is saved as you make it.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="230" />
      <source>Store: %1, open read-only: another window holds it.</source>
      <translation>Store: %1, open read-only: another window holds it.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="343" />
      <source>New event %1</source>
      <translation>New event %1</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="361" />
      <source>Delete the event «%1» with its sides, participation, agreements and programme? The people stay in the directory. You can undo this.</source>
      <translation>Delete the event «%1» with its sides, participation, agreements and programme? The people stay in the directory. You can undo this.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="376" />
      <source>Delete event %1</source>
      <translation>Delete event %1</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="390" />
      <location filename="../../ui/main_window.py" line="397" />
      <source>New store</source>
      <translation>New store</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="398" />
      <source>%1 already exists; use Open store.</source>
      <translation>%1 already exists; use Open store.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="405" />
      <source>Open store</source>
      <translation>Open store</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="417" />
      <source>Cannot open the store</source>
      <translation>Cannot open the store</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="475" />
      <source>About Protocol Desk</source>
      <translation>About Protocol Desk</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="476" />
      <source>Protocol Desk: seating plans, signing orders and briefing packs for protocol officers.</source>
      <translation>Protocol Desk: seating plans, signing orders and briefing packs for protocol officers.</translation>
    </message>
  </context>
  <context>
    <name>OverviewPage</name>
    <message>
      <location filename="../../ui/pages/overview.py" line="29" />
      <source>Edit event…</source>
      <translation>Edit event…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/overview.py" line="41" />
      <source>No event chosen. Create one with Event › New event.</source>
      <translation>No event chosen. Create one with Event › New event.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/overview.py" line="64" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../ui/pages/overview.py" line="65" />
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../ui/pages/overview.py" line="67" />
      <source>Sides</source>
      <translation>Sides</translation>
    </message>
    <message>
      <location filename="../../ui/pages/overview.py" line="74" />
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../ui/pages/overview.py" line="75" />
      <source>Agreements</source>
      <translation>Agreements</translation>
    </message>
    <message>
      <location filename="../../ui/pages/overview.py" line="76" />
      <source>Programme items</source>
      <translation>Programme items</translation>
    </message>
    <message>
      <location filename="../../ui/pages/overview.py" line="83" />
      <source>Purpose of the meeting</source>
      <translation>Purpose of the meeting</translation>
    </message>
    <message>
      <location filename="../../ui/pages/overview.py" line="83" />
      <source>Points to raise</source>
      <translation>Points to raise</translation>
    </message>
    <message>
      <location filename="../../ui/pages/overview.py" line="102" />
      <source>Edit event %1</source>
      <translation>Edit event %1</translation>
    </message>
  </context>
  <context>
    <name>PackageActions</name>
    <message>
      <location filename="../../ui/package_actions.py" line="41" />
      <source>Protocol Desk event package (*.pdpkg *.sqlite);;All files (*)</source>
      <translation>Protocol Desk event package (*.pdpkg *.sqlite);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../ui/package_actions.py" line="52" />
      <source>&amp;Export event package…</source>
      <translation>&amp;Export event package…</translation>
    </message>
    <message>
      <location filename="../../ui/package_actions.py" line="57" />
      <source>I&amp;mport event package…</source>
      <translation>I&amp;mport event package…</translation>
    </message>
    <message>
      <location filename="../../ui/package_actions.py" line="62" />
      <source>Open &amp;read-only…</source>
      <translation>Open &amp;read-only…</translation>
    </message>
    <message>
      <location filename="../../ui/package_actions.py" line="76" />
      <location filename="../../ui/package_actions.py" line="83" />
      <location filename="../../ui/package_actions.py" line="95" />
      <source>Export event package</source>
      <translation>Export event package</translation>
    </message>
    <message>
      <location filename="../../ui/package_actions.py" line="100" />
      <source>Wrote %1: the event with %2 participants.</source>
      <translation>Wrote %1: the event with %2 participants.</translation>
    </message>
    <message>
      <location filename="../../ui/package_actions.py" line="111" />
      <source>the same event as in this store</source>
      <translation>the same event as in this store</translation>
    </message>
    <message>
      <location filename="../../ui/package_actions.py" line="113" />
      <source>a new event</source>
      <translation>a new event</translation>
    </message>
    <message>
      <location filename="../../ui/package_actions.py" line="116" />
      <source>«%1»: %2. New rows: %3; empty fields filled in: %4; conflicts: %5.</source>
      <translation>«%1»: %2. New rows: %3; empty fields filled in: %4; conflicts: %5.</translation>
    </message>
    <message>
      <location filename="../../ui/package_actions.py" line="127" />
      <source>%1, %2: here «%3», in the package «%4» (kept as here)</source>
      <translation>%1, %2: here «%3», in the package «%4» (kept as here)</translation>
    </message>
    <message>
      <location filename="../../ui/package_actions.py" line="145" />
      <location filename="../../ui/package_actions.py" line="152" />
      <source>Import event package</source>
      <translation>Import event package</translation>
    </message>
    <message>
      <location filename="../../ui/package_actions.py" line="158" />
      <source>Import it?</source>
      <translation>Import it?</translation>
    </message>
    <message>
      <location filename="../../ui/package_actions.py" line="179" />
      <location filename="../../ui/package_actions.py" line="191" />
      <source>Open read-only</source>
      <translation>Open read-only</translation>
    </message>
    <message>
      <location filename="../../ui/package_actions.py" line="197" />
      <source>%1, open read-only: a copy; the file is not changed.</source>
      <translation>%1, open read-only: a copy; the file is not changed.</translation>
    </message>
  </context>
  <context>
    <name>Pages</name>
    <message>
      <location filename="../../ui/pages/__init__.py" line="33" />
      <source>Overview</source>
      <translation>Overview</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="34" />
      <source>Sides and delegations</source>
      <translation>Sides and delegations</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="35" />
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="36" />
      <source>Agreements</source>
      <translation>Agreements</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="37" />
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="38" />
      <source>Seating</source>
      <translation>Seating</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="39" />
      <source>Signing</source>
      <translation>Signing</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="40" />
      <source>Documents</source>
      <translation>Documents</translation>
    </message>
  </context>
  <context>
    <name>ParticipantsPage</name>
    <message>
      <location filename="../../ui/pages/participants.py" line="35" />
      <source>Add person…</source>
      <translation>Add person…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="38" />
      <source>Print the list…</source>
      <translation>Print the list…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="40" />
      <source>Import a list…</source>
      <translation>Import a list…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="43" />
      <source>Remove from event</source>
      <translation>Remove from event</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="58" />
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="65" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="69" />
      <source>Latin name</source>
      <translation>Latin name</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="70" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="71" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="72" />
      <source>Side</source>
      <translation>Side</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="74" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="77" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="84" />
      <source>Precedence set</source>
      <translation>Precedence set</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="90" />
      <source>Why this place</source>
      <translation>Why this place</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="91" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="92" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="93" />
      <source>Passport</source>
      <translation>Passport</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="104" />
      <source>No participants yet: add people one by one with “Add person…”, or import a list from Excel or CSV with “Import a list…”.</source>
      <translation>No participants yet: add people one by one with “Add person…”, or import a list from Excel or CSV with “Import a list…”.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="111" />
      <source>Positions not ranked: %1. Rank each once in Settings → Rank ladder.</source>
      <translation>Positions not ranked: %1. Rank each once in Settings → Rank ladder.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="130" />
      <source>Change role of %1</source>
      <translation>Change role of %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="135" />
      <source>Change status of %1</source>
      <translation>Change status of %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="145" />
      <source>Precedence is a whole number from 1 (the highest), or empty for the rules.</source>
      <translation>Precedence is a whole number from 1 (the highest), or empty for the rules.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="151" />
      <source>Change precedence of %1</source>
      <translation>Change precedence of %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="223" />
      <source>Add %1</source>
      <translation>Add %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="257" />
      <source>Edit %1</source>
      <translation>Edit %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="270" />
      <source>Remove %1 from this event?</source>
      <translation>Remove %1 from this event?</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/pages/participants.py" line="272" />
      <source>Remove %n people from this event?</source>
      <translation>
        <numerusform>Remove %n person from this event?</numerusform>
        <numerusform>Remove %n people from this event?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="286" />
      <source>They stay in the directory; Edit › Undo brings them back.</source>
      <translation>They stay in the directory; Edit › Undo brings them back.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="285" />
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="275" />
      <source>Remove %1</source>
      <translation>Remove %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/pages/participants.py" line="277" />
      <source>Remove %n people</source>
      <translation>
        <numerusform>Remove %n person</numerusform>
        <numerusform>Remove %n people</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PeoplePanel</name>
    <message>
      <location filename="../../ui/seating_people.py" line="34" />
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../ui/seating_people.py" line="35" />
      <source>Side</source>
      <translation>Side</translation>
    </message>
    <message>
      <location filename="../../ui/seating_people.py" line="36" />
      <source>Precedence</source>
      <translation>Precedence</translation>
    </message>
    <message>
      <location filename="../../ui/seating_people.py" line="37" />
      <source>Seat</source>
      <translation>Seat</translation>
    </message>
    <message>
      <location filename="../../ui/seating_people.py" line="43" />
      <source>Search people and seats</source>
      <translation>Search people and seats</translation>
    </message>
    <message>
      <location filename="../../ui/seating_people.py" line="45" />
      <source>Seat at the chosen seat</source>
      <translation>Seat at the chosen seat</translation>
    </message>
    <message>
      <location filename="../../ui/seating_people.py" line="48" />
      <source>Without a seat only</source>
      <translation>Without a seat only</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <location filename="../../ui/dialogs/person.py" line="277" />
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="82" />
      <source>Edit person</source>
      <translation>Edit person</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="82" />
      <source>New participant</source>
      <translation>New participant</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="100" />
      <source>type a surname to take a person already in the directory</source>
      <translation>type a surname to take a person already in the directory</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="125" />
      <source>Taken from the directory: changes here change this person everywhere.</source>
      <translation>Taken from the directory: changes here change this person everywhere.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="138" />
      <source>Transliterate</source>
      <translation>Transliterate</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="168" />
      <source>not given</source>
      <translation>not given</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="168" />
      <source>male</source>
      <translation>male</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="168" />
      <source>female</source>
      <translation>female</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="186" />
      <source>Personal data: masked on screen, left out of exports</source>
      <translation>Personal data: masked on screen, left out of exports</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="200" />
      <source>by the rules</source>
      <translation>by the rules</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="217" />
      <source>Choose photo…</source>
      <translation>Choose photo…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="217" />
      <source>Remove photo</source>
      <translation>Remove photo</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="223" />
      <source>From the directory</source>
      <translation>From the directory</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="224" />
      <source>Surname</source>
      <translation>Surname</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="225" />
      <source>Given name</source>
      <translation>Given name</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="226" />
      <source>Patronymic</source>
      <translation>Patronymic</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="136" />
      <source>surname as in the passport, e.g. Russkikh</source>
      <translation>surname as in the passport, e.g. Russkikh</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="137" />
      <source>given names as in the passport, e.g. Aleksei</source>
      <translation>given names as in the passport, e.g. Aleksei</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="140" />
      <source>Suggest the Latin spelling (ICAO rules, pinyin for Chinese); the passport spelling wins</source>
      <translation>Suggest the Latin spelling (ICAO rules, pinyin for Chinese); the passport spelling wins</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="146" />
      <source>by the script and the country</source>
      <translation>by the script and the country</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="149" />
      <source>surname first, no initials (Chinese, Korean, Vietnamese, Hungarian)</source>
      <translation>surname first, no initials (Chinese, Korean, Vietnamese, Hungarian)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="151" />
      <source>given name first</source>
      <translation>given name first</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="156" />
      <source>H.E., Sheikh, Dr: never part of the name</source>
      <translation>H.E., Sheikh, Dr: never part of the name</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="160" />
      <source>the name in Cyrillic letters for Russian papers, e.g. Ван Вэй</source>
      <translation>the name in Cyrillic letters for Russian papers, e.g. Ван Вэй</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="162" />
      <source>Palladius</source>
      <translation>Palladius</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="164" />
      <source>Suggest the Cyrillic form of a Chinese name by Palladius's system</source>
      <translation>Suggest the Cyrillic form of a Chinese name by Palladius's system</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="177" />
      <source>the organisation's name in English papers</source>
      <translation>the organisation's name in English papers</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="205" />
      <source>A spouse takes the partner's rank and is not seated beside him or her</source>
      <translation>A spouse takes the partner's rank and is not seated beside him or her</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="230" />
      <source>Latin surname</source>
      <translation>Latin surname</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="231" />
      <source>Latin given names</source>
      <translation>Latin given names</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="232" />
      <source>Name order</source>
      <translation>Name order</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="233" />
      <source>Honorific</source>
      <translation>Honorific</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="237" />
      <source>Name in Cyrillic</source>
      <translation>Name in Cyrillic</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="238" />
      <source>Gender</source>
      <translation>Gender</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="239" />
      <source>Position (Russian)</source>
      <translation>Position (Russian)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="240" />
      <source>Position (English)</source>
      <translation>Position (English)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="241" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="242" />
      <source>Organisation (English)</source>
      <translation>Organisation (English)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="243" />
      <source>Side</source>
      <translation>Side</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="244" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="245" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="246" />
      <source>Precedence</source>
      <translation>Precedence</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="247" />
      <source>Interprets for</source>
      <translation>Interprets for</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="248" />
      <source>Spouse of</source>
      <translation>Spouse of</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="253" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="254" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="255" />
      <source>Seniority date</source>
      <translation>Seniority date</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="256" />
      <source>Passport</source>
      <translation>Passport</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="257" />
      <source>Date of birth</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="262" />
      <source>Biography (Russian)</source>
      <translation>Biography (Russian)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="263" />
      <source>Biography (English)</source>
      <translation>Biography (English)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="272" />
      <location filename="../../ui/dialogs/person.py" line="345" />
      <source>Photo</source>
      <translation>Photo</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="278" />
      <source>Contacts and dates</source>
      <translation>Contacts and dates</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="279" />
      <source>Biography and photo</source>
      <translation>Biography and photo</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="345" />
      <source>Images (*.jpg *.jpeg *.png)</source>
      <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="354" />
      <source>%1 is not an image of at most 2 MB</source>
      <translation>%1 is not an image of at most 2 MB</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="366" />
      <source>no photo</source>
      <translation>no photo</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="374" />
      <source>seniority date</source>
      <translation>seniority date</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="375" />
      <source>date of birth</source>
      <translation>date of birth</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="379" />
      <source>The %1 must be a date DD.MM.YYYY, e.g. 07.07.1975.</source>
      <translation>The %1 must be a date DD.MM.YYYY, e.g. 07.07.1975.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="382" />
      <source>The event has no sides yet: add a side first.</source>
      <translation>The event has no sides yet: add a side first.</translation>
    </message>
  </context>
  <context>
    <name>PreviewPane</name>
    <message>
      <location filename="../../ui/preview.py" line="67" />
      <source>Fit width</source>
      <translation>Fit width</translation>
    </message>
    <message>
      <location filename="../../ui/preview.py" line="100" />
      <source>Nothing to preview yet.</source>
      <translation>Nothing to preview yet.</translation>
    </message>
    <message>
      <location filename="../../ui/preview.py" line="103" />
      <source>Previous page</source>
      <translation>Previous page</translation>
    </message>
    <message>
      <location filename="../../ui/preview.py" line="104" />
      <source>Next page</source>
      <translation>Next page</translation>
    </message>
    <message>
      <location filename="../../ui/preview.py" line="105" />
      <source>Zoom</source>
      <translation>Zoom</translation>
    </message>
    <message>
      <location filename="../../ui/preview.py" line="106" />
      <source>Paper</source>
      <translation>Paper</translation>
    </message>
    <message>
      <location filename="../../ui/preview.py" line="107" />
      <source>Print…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <location filename="../../ui/preview.py" line="185" />
      <source>The page cannot be shown: %1</source>
      <translation>The page cannot be shown: %1</translation>
    </message>
    <message>
      <location filename="../../ui/preview.py" line="198" />
      <source>of %1</source>
      <translation>of %1</translation>
    </message>
    <message>
      <location filename="../../ui/preview.py" line="220" />
      <source>Not printed</source>
      <translation>Not printed</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <location filename="../../ui/printing.py" line="34" />
      <source>Card stock A4 (210×297 mm)</source>
      <translation>Card stock A4 (210×297 mm)</translation>
    </message>
    <message>
      <location filename="../../ui/printing.py" line="38" />
      <source>Card stock A5 (148×210 mm)</source>
      <translation>Card stock A5 (148×210 mm)</translation>
    </message>
    <message>
      <location filename="../../ui/printing.py" line="42" />
      <source>Tent card 210×99 mm</source>
      <translation>Tent card 210×99 mm</translation>
    </message>
    <message>
      <location filename="../../ui/printing.py" line="64" />
      <source>Print</source>
      <translation>Print</translation>
    </message>
    <message>
      <location filename="../../ui/printing.py" line="102" />
      <source>The printer could not be started.</source>
      <translation>The printer could not be started.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/paper_printer.py" line="72" />
      <location filename="../../ui/pages/paper_printer.py" line="89" />
      <source>Not printed</source>
      <translation>Not printed</translation>
    </message>
  </context>
  <context>
    <name>ProgrammePage</name>
    <message>
      <location filename="../../ui/pages/programme.py" line="24" />
      <source>Search the programme</source>
      <translation>Search the programme</translation>
    </message>
    <message>
      <location filename="../../ui/pages/programme.py" line="25" />
      <source>Add item</source>
      <translation>Add item</translation>
    </message>
    <message>
      <location filename="../../ui/pages/programme.py" line="28" />
      <source>Print the programme…</source>
      <translation>Print the programme…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/programme.py" line="31" />
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../ui/pages/programme.py" line="41" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../ui/pages/programme.py" line="42" />
      <source>End</source>
      <translation>End</translation>
    </message>
    <message>
      <location filename="../../ui/pages/programme.py" line="44" />
      <source>Title (Russian)</source>
      <translation>Title (Russian)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/programme.py" line="47" />
      <source>Title (English)</source>
      <translation>Title (English)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/programme.py" line="52" />
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../ui/pages/programme.py" line="54" />
      <source>Press</source>
      <translation>Press</translation>
    </message>
    <message>
      <location filename="../../ui/pages/programme.py" line="56" />
      <source>Who takes part</source>
      <translation>Who takes part</translation>
    </message>
    <message>
      <location filename="../../ui/pages/programme.py" line="65" />
      <source>No programme yet: “Add item” below adds a line; then type its time, title and place in the table.</source>
      <translation>No programme yet: “Add item” below adds a line; then type its time, title and place in the table.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/programme.py" line="75" />
      <source>Edit programme item %1</source>
      <translation>Edit programme item %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/programme.py" line="90" />
      <source>New item</source>
      <translation>New item</translation>
    </message>
    <message>
      <location filename="../../ui/pages/programme.py" line="89" />
      <source>Add programme item</source>
      <translation>Add programme item</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/pages/programme.py" line="102" />
      <source>Delete %n programme item(s)?</source>
      <translation>
        <numerusform>Delete %n programme item?</numerusform>
        <numerusform>Delete %n programme items?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/pages/programme.py" line="103" />
      <source>Delete %n programme item(s)</source>
      <translation>
        <numerusform>Delete %n programme item</numerusform>
        <numerusform>Delete %n programme items</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RanksDialog</name>
    <message>
      <location filename="../../ui/dialogs/ranks.py" line="39" />
      <source>Rank ladder</source>
      <translation>Rank ladder</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/ranks.py" line="47" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/ranks.py" line="47" />
      <source>Position (English)</source>
      <translation>Position (English)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/ranks.py" line="47" />
      <source>Level</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/ranks.py" line="47" />
      <source>Rung</source>
      <translation>Rung</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/ranks.py" line="54" />
      <source>Position, as officers write it</source>
      <translation>Position, as officers write it</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/ranks.py" line="60" />
      <source>10 head of state … 150 advisers and specialists; from 160 support staff</source>
      <translation>10 head of state … 150 advisers and specialists; from 160 support staff</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/ranks.py" line="62" />
      <source>Rank</source>
      <translation>Rank</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/ranks.py" line="73" />
      <source>Positions of this event not on the ladder (rank each once):</source>
      <translation>Positions of this event not on the ladder (rank each once):</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/ranks.py" line="122" />
      <source>Write the position first</source>
      <translation>Write the position first</translation>
    </message>
  </context>
  <context>
    <name>ReadingPage</name>
    <message>
      <location filename="../../ui/import_wizard.py" line="304" />
      <source>How the file is read</source>
      <translation>How the file is read</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="305" />
      <source>Check the encoding and the separator, and which column fills which field.</source>
      <translation>Check the encoding and the separator, and which column fills which field.</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="320" />
      <source>Column of the file</source>
      <translation>Column of the file</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="320" />
      <source>First values</source>
      <translation>First values</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="320" />
      <source>Field</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="350" />
      <source>Columns: which field each column of the file fills</source>
      <translation>Columns: which field each column of the file fills</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="337" />
      <source>Encoding</source>
      <translation>Encoding</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="338" />
      <source>Separator</source>
      <translation>Separator</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="339" />
      <source>Sheet</source>
      <translation>Sheet</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="352" />
      <source>First rows</source>
      <translation>First rows</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="369" />
      <source>%1 file, header in row %2, %3</source>
      <translation>%1 file, header in row %2, %3</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/import_wizard.py" line="372" />
      <source>%n data row(s)</source>
      <translation>
        <numerusform>%n data row</numerusform>
        <numerusform>%n data rows</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="395" />
      <source>— not imported —</source>
      <translation>— not imported —</translation>
    </message>
  </context>
  <context>
    <name>Reliability</name>
    <message>
      <location filename="../../ui/reliability.py" line="100" />
      <source>Unexpected error</source>
      <translation>Unexpected error</translation>
    </message>
    <message>
      <location filename="../../ui/reliability.py" line="102" />
      <source>Something went wrong: {message}</source>
      <translation>Something went wrong: {message}</translation>
    </message>
    <message>
      <location filename="../../ui/reliability.py" line="104" />
      <source>Your data is safe: every change was saved when you made it.</source>
      <translation>Your data is safe: every change was saved when you made it.</translation>
    </message>
    <message>
      <location filename="../../ui/reliability.py" line="109" />
      <source>Details are in the log file:
{path}</source>
      <translation>Details are in the log file:
{path}</translation>
    </message>
  </context>
  <context>
    <name>ReportView</name>
    <message>
      <location filename="../../ui/import_wizard.py" line="486" />
      <source>Row</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="486" />
      <source>Column</source>
      <translation>Column</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="486" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="486" />
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="497" />
      <source>Created %1, updated %2, skipped %3.</source>
      <translation>Created %1, updated %2, skipped %3.</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="504" />
      <source>Would create %1, update %2, skip %3.</source>
      <translation>Would create %1, update %2, skip %3.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/import_wizard.py" line="511" />
      <source>%n error(s): fix the file or the mapping, then check again. Nothing will be written.</source>
      <translation>
        <numerusform>%n error: fix the file or the mapping, then check again. Nothing will be written.</numerusform>
        <numerusform>%n errors: fix the file or the mapping, then check again. Nothing will be written.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/import_wizard.py" line="516" />
      <source>%n warning(s); the rows are imported.</source>
      <translation>
        <numerusform>%n warning; the rows are imported.</numerusform>
        <numerusform>%n warnings; the rows are imported.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="519" />
      <source>error</source>
      <translation>error</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="520" />
      <source>warning</source>
      <translation>warning</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="521" />
      <source>change</source>
      <translation>change</translation>
    </message>
  </context>
  <context>
    <name>ResultPage</name>
    <message>
      <location filename="../../ui/import_wizard.py" line="591" />
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="592" />
      <source>Written in one step: Undo takes the whole import back.</source>
      <translation>Written in one step: Undo takes the whole import back.</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="604" />
      <source>Importing…</source>
      <translation>Importing…</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="612" />
      <source>cancelled</source>
      <translation>cancelled</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="628" />
      <source>The file cannot be imported: %1</source>
      <translation>The file cannot be imported: %1</translation>
    </message>
  </context>
  <context>
    <name>Scratch</name>
    <message>
      <location filename="../../ui/scratch.py" line="32" />
      <source>No private temporary folder for the papers: %1</source>
      <translation>No private temporary folder for the papers: %1</translation>
    </message>
  </context>
  <context>
    <name>SeatLooks</name>
    <message>
      <location filename="../../ui/seating_looks.py" line="48" />
      <source>locked</source>
      <translation>locked</translation>
    </message>
    <message>
      <location filename="../../ui/seating_looks.py" line="51" />
      <source>Empty seat</source>
      <translation>Empty seat</translation>
    </message>
    <message>
      <location filename="../../ui/seating_looks.py" line="66" />
      <source>Rank %1 on the side (%2)</source>
      <translation>Rank %1 on the side (%2)</translation>
    </message>
    <message>
      <location filename="../../ui/seating_looks.py" line="93" />
      <source>, chair behind</source>
      <translation>, chair behind</translation>
    </message>
    <message>
      <location filename="../../ui/seating_looks.py" line="96" />
      <source>Table %1, seat %2</source>
      <translation>Table %1, seat %2</translation>
    </message>
    <message>
      <location filename="../../ui/seating_looks.py" line="99" />
      <source>Seat %1</source>
      <translation>Seat %1</translation>
    </message>
  </context>
  <context>
    <name>SeatingCanvas</name>
    <message>
      <location filename="../../ui/seating_canvas.py" line="488" />
      <source>Unlock</source>
      <translation>Unlock</translation>
    </message>
    <message>
      <location filename="../../ui/seating_canvas.py" line="488" />
      <source>Lock in this seat</source>
      <translation>Lock in this seat</translation>
    </message>
    <message>
      <location filename="../../ui/seating_canvas.py" line="492" />
      <source>Take off the seat</source>
      <translation>Take off the seat</translation>
    </message>
    <message>
      <location filename="../../ui/seating_canvas.py" line="496" />
      <source>Pick up to move</source>
      <translation>Pick up to move</translation>
    </message>
  </context>
  <context>
    <name>SeatingPage</name>
    <message>
      <location filename="../../ui/pages/seating.py" line="81" />
      <source>Negotiation table</source>
      <translation>Negotiation table</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="82" />
      <source>Signing table</source>
      <translation>Signing table</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="83" />
      <source>Banquet</source>
      <translation>Banquet</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="84" />
      <source>Presidium</source>
      <translation>Presidium</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="85" />
      <source>Hall (theatre)</source>
      <translation>Hall (theatre)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="93" />
      <location filename="../../ui/pages/seating.py" line="554" />
      <location filename="../../ui/pages/seating.py" line="567" />
      <source>Seat the rest by the rules</source>
      <translation>Seat the rest by the rules</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="95" />
      <source>People placed or locked by hand keep their seats</source>
      <translation>People placed or locked by hand keep their seats</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="119" />
      <source>Go to seat…</source>
      <translation>Go to seat…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="138" />
      <source>Plan (drag people to move them)</source>
      <translation>Plan (drag people to move them)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="139" />
      <source>As printed</source>
      <translation>As printed</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="153" />
      <source>Seat the person chosen in the list here</source>
      <translation>Seat the person chosen in the list here</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="174" />
      <source>People (drag onto a seat, or choose a seat and press Enter)</source>
      <translation>People (drag onto a seat, or choose a seat and press Enter)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="178" />
      <source>Breaches of the rules (click to see the seats)</source>
      <translation>Breaches of the rules (click to see the seats)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="179" />
      <source>Wishes (choose two people, then Keep together or apart)</source>
      <translation>Wishes (choose two people, then Keep together or apart)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="411" />
      <source>Unlock %1</source>
      <translation>Unlock %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="411" />
      <source>Lock %1</source>
      <translation>Lock %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="97" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="107" />
      <source>Layout</source>
      <translation>Layout</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="163" />
      <source>Keep together</source>
      <translation>Keep together</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="169" />
      <source>Keep apart</source>
      <translation>Keep apart</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="335" />
      <source>The plan follows every rule.</source>
      <translation>The plan follows every rule.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="301" />
      <location filename="../../ui/pages/seating.py" line="518" />
      <source>Seating…</source>
      <translation>Seating…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="143" />
      <source>Drag a person onto another seat to swap, onto an empty seat to move, off the seats to take him or her off. Keys: arrows and Tab choose a seat, Space picks up and drops, Escape puts back, L locks or unlocks, Delete takes off the seat, + and - zoom, 0 shows the whole plan.</source>
      <translation>Drag a person onto another seat to swap, onto an empty seat to move, off the seats to take him or her off. Keys: arrows and Tab choose a seat, Space picks up and drops, Escape puts back, L locks or unlocks, Delete takes off the seat, + and - zoom, 0 shows the whole plan.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="301" />
      <source>No plan for this layout yet.</source>
      <translation>No plan for this layout yet.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="307" />
      <source>Open read-only: this plan is seated by the rules and is not stored.</source>
      <translation>Open read-only: this plan is seated by the rules and is not stored.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="309" />
      <source>Every change is saved as you make it; Ctrl+Z undoes it.</source>
      <translation>Every change is saved as you make it; Ctrl+Z undoes it.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="312" />
      <source>Breaches: %1, warnings: %2.</source>
      <translation>Breaches: %1, warnings: %2.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="390" />
      <source>Swap %1 and %2</source>
      <translation>Swap %1 and %2</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="390" />
      <source>Seat %1</source>
      <translation>Seat %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="401" />
      <source>Take %1 off the seat</source>
      <translation>Take %1 off the seat</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="445" />
      <source>Choose a seat on the plan first (click it, or arrows and Tab).</source>
      <translation>Choose a seat on the plan first (click it, or arrows and Tab).</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="465" />
      <source>Moving %1: choose a seat and press Space (Escape puts back).</source>
      <translation>Moving %1: choose a seat and press Space (Escape puts back).</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="483" />
      <source>No seat %1 in this plan.</source>
      <translation>No seat %1 in this plan.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="567" />
      <source>Rearrange the plan</source>
      <translation>Rearrange the plan</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="575" />
      <source>Cancelled; the plan is as it was.</source>
      <translation>Cancelled; the plan is as it was.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="586" />
      <source>Senior side</source>
      <translation>Senior side</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="586" />
      <source>Interpreters' seat</source>
      <translation>Interpreters' seat</translation>
    </message>
  </context>
  <context>
    <name>SeatingScene</name>
    <message>
      <location filename="../../ui/seating_items.py" line="320" />
      <source>Signing table</source>
      <translation>Signing table</translation>
    </message>
    <message>
      <location filename="../../ui/seating_items.py" line="326" />
      <source>Stage</source>
      <translation>Stage</translation>
    </message>
    <message>
      <location filename="../../ui/seating_items.py" line="333" />
      <source>Row %1</source>
      <translation>Row %1</translation>
    </message>
    <message>
      <location filename="../../ui/seating_items.py" line="386" />
      <source>Entrance</source>
      <translation>Entrance</translation>
    </message>
  </context>
  <context>
    <name>Session</name>
    <message>
      <location filename="../../ui/session.py" line="37" />
      <source>Store in use</source>
      <translation>Store in use</translation>
    </message>
    <message>
      <location filename="../../ui/session.py" line="38" />
      <source>The store {path} is open in another Protocol Desk window</source>
      <translation>The store {path} is open in another Protocol Desk window</translation>
    </message>
    <message>
      <location filename="../../ui/session.py" line="45" />
      <source>Open it read-only here (you can look and export, not change), or not at all?</source>
      <translation>Open it read-only here (you can look and export, not change), or not at all?</translation>
    </message>
    <message>
      <location filename="../../ui/session.py" line="50" />
      <source>Open read-only</source>
      <translation>Open read-only</translation>
    </message>
    <message>
      <location filename="../../ui/session.py" line="61" />
      <source>Store on a network drive</source>
      <translation>Store on a network drive</translation>
    </message>
    <message>
      <location filename="../../ui/session.py" line="62" />
      <source>The store {path} is on a network drive. If the connection drops while the program writes, the store can be damaged, and two people opening it at once cannot be told apart reliably. Keep the store on this computer and copy it to the network for sharing.</source>
      <translation>The store {path} is on a network drive. If the connection drops while the program writes, the store can be damaged, and two people opening it at once cannot be told apart reliably. Keep the store on this computer and copy it to the network for sharing.</translation>
    </message>
  </context>
  <context>
    <name>SidesPage</name>
    <message>
      <location filename="../../ui/pages/sides.py" line="27" />
      <source>Search sides</source>
      <translation>Search sides</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="28" />
      <source>Add side…</source>
      <translation>Add side…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="30" />
      <source>Delete side</source>
      <translation>Delete side</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="35" />
      <source>Search the delegation</source>
      <translation>Search the delegation</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="53" />
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="58" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="60" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="67" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="68" />
      <source>Why this place</source>
      <translation>Why this place</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="85" />
      <source>Delegation: %1</source>
      <translation>Delegation: %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="87" />
      <source>Choose a side to see its delegation</source>
      <translation>Choose a side to see its delegation</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="94" />
      <source>Name (Russian)</source>
      <translation>Name (Russian)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="96" />
      <source>Name (English)</source>
      <translation>Name (English)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="98" />
      <source>Country</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="100" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="106" />
      <source>People</source>
      <translation>People</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="121" />
      <source>No sides yet: add the host and the guest side with “Add side…” below.</source>
      <translation>No sides yet: add the host and the guest side with “Add side…” below.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="134" />
      <source>Edit side %1</source>
      <translation>Edit side %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="141" />
      <source>Add side</source>
      <translation>Add side</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="141" />
      <source>Name of the side (Russian):</source>
      <translation>Name of the side (Russian):</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="151" />
      <source>Add side %1</source>
      <translation>Add side %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="165" />
      <source>Delete the side «%1» with its delegation?</source>
      <translation>Delete the side «%1» with its delegation?</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="166" />
      <source>Delete side %1</source>
      <translation>Delete side %1</translation>
    </message>
  </context>
  <context>
    <name>SigningPage</name>
    <message>
      <location filename="../../ui/pages/signing.py" line="104" />
      <source>Search the signing order</source>
      <translation>Search the signing order</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="106" />
      <source>Move up</source>
      <translation>Move up</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="113" />
      <source>Move down</source>
      <translation>Move down</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="119" />
      <location filename="../../ui/pages/signing.py" line="258" />
      <source>Order by the rule</source>
      <translation>Order by the rule</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="124" />
      <source>Mark: %1</source>
      <translation>Mark: %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="131" />
      <source>HH:MM</source>
      <translation>HH:MM</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="136" />
      <source>Ceremony starts at</source>
      <translation>Ceremony starts at</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="147" />
      <source>Problems</source>
      <translation>Problems</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="149" />
      <source>Announcer's script</source>
      <translation>Announcer's script</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="165" />
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="169" />
      <source>order set by hand</source>
      <translation>order set by hand</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="169" />
      <source>order by the rule</source>
      <translation>order by the rule</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="172" />
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="173" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="174" />
      <source>Level</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="176" />
      <source>Signatories, left to right</source>
      <translation>Signatories, left to right</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="183" />
      <source>In the presence of</source>
      <translation>In the presence of</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="186" />
      <source>Originals</source>
      <translation>Originals</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="187" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="211" />
      <source>No problems found.</source>
      <translation>No problems found.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/pages/signing.py" line="214" />
      <source>%n signing(s)</source>
      <translation>
        <numerusform>%n signing</numerusform>
        <numerusform>%n signings</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="215" />
      <source>, ends at %1</source>
      <translation>, ends at %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="238" />
      <source>Move agreement %1 to %2</source>
      <translation>Move agreement %1 to %2</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="275" />
      <source>Mark %1</source>
      <translation>Mark %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="292" />
      <source>Ceremony start %1</source>
      <translation>Ceremony start %1</translation>
    </message>
  </context>
  <context>
    <name>TableChooser</name>
    <message>
      <location filename="../../ui/seating_tables.py" line="22" />
      <source>The whole plan, or one table at a time (a double click on a table shows it alone). To seat someone from another table here, drag him or her from the list of people.</source>
      <translation>The whole plan, or one table at a time (a double click on a table shows it alone). To seat someone from another table here, drag him or her from the list of people.</translation>
    </message>
    <message>
      <location filename="../../ui/seating_tables.py" line="36" />
      <source>All tables</source>
      <translation>All tables</translation>
    </message>
    <message>
      <location filename="../../ui/seating_tables.py" line="38" />
      <source>Table %1</source>
      <translation>Table %1</translation>
    </message>
  </context>
  <context>
    <name>Widgets</name>
    <message>
      <location filename="../../ui/widgets.py" line="146" />
      <source>Choose or create an event first.</source>
      <translation>Choose or create an event first.</translation>
    </message>
  </context>
  <context>
    <name>WishesPanel</name>
    <message>
      <location filename="../../ui/seating_wishes.py" line="22" />
      <source>together</source>
      <translation>together</translation>
    </message>
    <message>
      <location filename="../../ui/seating_wishes.py" line="22" />
      <source>apart</source>
      <translation>apart</translation>
    </message>
    <message>
      <location filename="../../ui/seating_wishes.py" line="24" />
      <source>Keep</source>
      <translation>Keep</translation>
    </message>
    <message>
      <location filename="../../ui/seating_wishes.py" line="25" />
      <source>First</source>
      <translation>First</translation>
    </message>
    <message>
      <location filename="../../ui/seating_wishes.py" line="26" />
      <source>Second</source>
      <translation>Second</translation>
    </message>
    <message>
      <location filename="../../ui/seating_wishes.py" line="36" />
      <location filename="../../ui/seating_wishes.py" line="84" />
      <source>Delete wish</source>
      <translation>Delete wish</translation>
    </message>
    <message>
      <location filename="../../ui/seating_wishes.py" line="59" />
      <source>Choose two people in the list.</source>
      <translation>Choose two people in the list.</translation>
    </message>
    <message>
      <location filename="../../ui/seating_wishes.py" line="68" />
      <source>Keep together</source>
      <translation>Keep together</translation>
    </message>
    <message>
      <location filename="../../ui/seating_wishes.py" line="68" />
      <source>Keep apart</source>
      <translation>Keep apart</translation>
    </message>
  </context>
</TS>