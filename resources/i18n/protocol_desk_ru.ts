<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>AgreementDialog</name>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="66" />
      <source>New agreement</source>
      <translation>Новое соглашение</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="66" />
      <source>Edit agreement</source>
      <translation>Изменить соглашение</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="104" />
      <source>event default</source>
      <translation>как для мероприятия</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="105" />
      <source> min</source>
      <translation> мин</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="111" />
      <source>Side</source>
      <translation>Сторона</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="112" />
      <source>Signatory</source>
      <translation>Подписант</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="110" />
      <source>Organisation (those of the side's people)</source>
      <translation>Организация (из участников стороны)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="113" />
      <source>Power of attorney</source>
      <translation>Доверенность</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="122" />
      <source>Add party</source>
      <translation>Добавить сторону</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="122" />
      <source>Remove party</source>
      <translation>Убрать сторону</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="137" />
      <source>Title (Russian)</source>
      <translation>Название (рус.)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="138" />
      <source>Title (English)</source>
      <translation>Название (англ.)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="139" />
      <source>Level</source>
      <translation>Уровень</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="140" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="141" />
      <source>Originals</source>
      <translation>Экземпляров</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="142" />
      <source>Languages of the texts</source>
      <translation>Языки текстов</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="143" />
      <source>Signing takes</source>
      <translation>Подписание занимает</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="148" />
      <source>Parties</source>
      <translation>Стороны</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="150" />
      <source>In the presence of</source>
      <translation>В присутствии</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="151" />
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="158" />
      <source>Russian</source>
      <translation>русский</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="159" />
      <source>English</source>
      <translation>английский</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="160" />
      <source>Belarusian</source>
      <translation>белорусский</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="161" />
      <source>Kazakh</source>
      <translation>казахский</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="162" />
      <source>Chinese</source>
      <translation>китайский</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="163" />
      <source>Arabic</source>
      <translation>арабский</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="197" />
      <source>if not his own organisation</source>
      <translation>если организация не его</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="200" />
      <source>The power of attorney under which the signatory signs for this party's organisation when it is not his own, e.g. «доверенность № 12 от 01.07.2023»; printed in the originals.</source>
      <translation>Доверенность, по которой подписант подписывает за организацию этой стороны, если она не его, например «доверенность № 12 от 01.07.2023»; печатается в подлинниках.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="232" />
      <source>— not chosen —</source>
      <translation>— не выбран —</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="326" />
      <source>Party %1: choose or type the organisation.</source>
      <translation>Сторона %1: выберите или впишите организацию.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/agreement.py" line="330" />
      <source>Party %1: the event has no side to choose.</source>
      <translation>Сторона %1: у мероприятия нет стороны для выбора.</translation>
    </message>
  </context>
  <context>
    <name>AgreementsPage</name>
    <message>
      <location filename="../../ui/pages/agreements.py" line="29" />
      <source>Search agreements: title, party, signatory…</source>
      <translation>Поиск соглашений: название, сторона, подписант…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/agreements.py" line="30" />
      <source>Add agreement…</source>
      <translation>Добавить соглашение…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/agreements.py" line="34" />
      <source>Print the signing papers…</source>
      <translation>Печать документов подписания…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/agreements.py" line="37" />
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <location filename="../../ui/pages/agreements.py" line="47" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="../../ui/pages/agreements.py" line="53" />
      <source>Title</source>
      <translation>Название</translation>
    </message>
    <message>
      <location filename="../../ui/pages/agreements.py" line="58" />
      <source>Level</source>
      <translation>Уровень</translation>
    </message>
    <message>
      <location filename="../../ui/pages/agreements.py" line="66" />
      <source>Parties</source>
      <translation>Стороны</translation>
    </message>
    <message>
      <location filename="../../ui/pages/agreements.py" line="70" />
      <source>Signatories</source>
      <translation>Подписанты</translation>
    </message>
    <message>
      <location filename="../../ui/pages/agreements.py" line="74" />
      <source>Originals</source>
      <translation>Экземпляров</translation>
    </message>
    <message>
      <location filename="../../ui/pages/agreements.py" line="81" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../ui/pages/agreements.py" line="107" />
      <source>No agreements yet: add one with “Add agreement…”, or import a list with File › Import participants… (it reads agreement lists too).</source>
      <translation>Соглашений пока нет: добавьте соглашение кнопкой «Добавить соглашение…» или загрузите список через Файл › Загрузить список…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/agreements.py" line="115" />
      <location filename="../../ui/pages/agreements.py" line="193" />
      <source>Edit agreement %1</source>
      <translation>Изменить соглашение %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/agreements.py" line="128" />
      <source>The number of originals is a whole number from 1.</source>
      <translation>Число экземпляров — целое число от 1.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/agreements.py" line="162" />
      <source>Add agreement</source>
      <translation>Добавить соглашение</translation>
    </message>
    <message>
      <location filename="../../ui/pages/agreements.py" line="202" />
      <source>Delete the agreement «%1»?</source>
      <translation>Удалить соглашение «%1»?</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/pages/agreements.py" line="204" />
      <source>Delete %n agreement(s)?</source>
      <translation>
        <numerusform>Удалить %n соглашение?</numerusform>
        <numerusform>Удалить %n соглашения?</numerusform>
        <numerusform>Удалить %n соглашений?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/pages/agreements.py" line="209" />
      <source>Delete %n agreement(s)</source>
      <translation>
        <numerusform>Удалить %n соглашение</numerusform>
        <numerusform>Удалить %n соглашения</numerusform>
        <numerusform>Удалить %n соглашений</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>AppContext</name>
    <message>
      <location filename="../../ui/context.py" line="45" />
      <source>Read-only</source>
      <translation>Только чтение</translation>
    </message>
    <message>
      <location filename="../../ui/context.py" line="46" />
      <source>This store is open read-only; changes are not possible.</source>
      <translation>Хранилище открыто только для чтения; изменения невозможны.</translation>
    </message>
    <message>
      <location filename="../../ui/context.py" line="53" />
      <source>Cannot do that</source>
      <translation>Не получилось</translation>
    </message>
  </context>
  <context>
    <name>CheckPage</name>
    <message>
      <location filename="../../ui/import_wizard.py" line="546" />
      <source>Check</source>
      <translation>Проверка</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="547" />
      <source>Nothing is written until you press Import.</source>
      <translation>Ничего не записывается, пока вы не нажмёте «Загрузить».</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="549" />
      <source>Import</source>
      <translation>Загрузить</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="557" />
      <source>Checking every row…</source>
      <translation>Проверяю каждую строку…</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="568" />
      <source>The file cannot be imported: %1</source>
      <translation>Файл нельзя загрузить: %1</translation>
    </message>
  </context>
  <context>
    <name>Commands</name>
    <message>
      <location filename="../../ui/commands.py" line="76" />
      <source>The store is open read-only.</source>
      <translation>Хранилище открыто только для чтения.</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <location filename="../../ui/widgets.py" line="78" />
      <source>DD.MM.YYYY</source>
      <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
      <location filename="../../ui/widgets.py" line="87" />
      <source>Choose on a calendar</source>
      <translation>Выбрать в календаре</translation>
    </message>
  </context>
  <context>
    <name>Documents</name>
    <message>
      <location filename="../../ui/document_kinds.py" line="101" />
      <source>Written</source>
      <translation>Записано</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="120" />
      <source>Writing the list (%1)</source>
      <translation>Записываю список (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="134" />
      <source>Ordering the ceremony</source>
      <translation>Составляю порядок церемонии</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="142" />
      <source>Comparing with the last list sent</source>
      <translation>Сравнение с последним отправленным списком</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="151" />
      <source>Choose at least one section of the pack.</source>
      <translation>Выберите хотя бы один раздел справки.</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="152" />
      <source>Building the pack</source>
      <translation>Собираю папку</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="160" />
      <source>Cover</source>
      <translation>Обложка</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="161" />
      <source>Contents</source>
      <translation>Содержание</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="162" />
      <source>Purpose and points to raise</source>
      <translation>Цель встречи и вопросы для обсуждения</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="163" />
      <source>Programme</source>
      <translation>Программа</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="164" />
      <source>Participants (with biographies)</source>
      <translation>Участники (с биографиями)</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="165" />
      <location filename="../../ui/document_kinds.py" line="295" />
      <source>Seating plans</source>
      <translation>Схемы рассадки</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="166" />
      <source>Signing order</source>
      <translation>Порядок подписания</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="167" />
      <source>Contacts</source>
      <translation>Контакты</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="176" />
      <source>Include passport numbers and dates of birth</source>
      <translation>Включить номера паспортов и даты рождения</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="179" />
      <source>CSV in Windows-1251 (for old Excel)</source>
      <translation>CSV в кодировке Windows-1251 (для старого Excel)</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="190" />
      <source>Negotiation table, seated by the rules (not saved)</source>
      <translation>Стол переговоров, рассадка по правилам (не сохранена)</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="193" />
      <source>Signing table, seated by the rules (not saved)</source>
      <translation>Стол подписания, рассадка по правилам (не сохранена)</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="203" />
      <source>Choose at least one seating plan (save one on the Seating page).</source>
      <translation>Выберите хотя бы одну схему рассадки (сохраните её на странице «Рассадка»).</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="230" />
      <source>Drawing the plans (%1)</source>
      <translation>Рисуем схемы (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="240" />
      <source>This event has no seating plan to draw yet.</source>
      <translation>У мероприятия пока нет схемы рассадки.</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="254" />
      <source>Cards for plan %1</source>
      <translation>Карточки для схемы %1</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="273" />
      <source>Attendee list</source>
      <translation>Список участников</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="282" />
      <source>Briefing pack</source>
      <translation>Папка руководителя</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="289" />
      <source>Signing papers and the announcer's script</source>
      <translation>Документы подписания и сценарий ведущего</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="303" />
      <source>Place cards</source>
      <translation>Карточки рассадки</translation>
    </message>
    <message>
      <location filename="../../ui/document_kinds.py" line="311" />
      <source>Changes since the last attendee list sent</source>
      <translation>Изменения с последнего отправленного списка участников</translation>
    </message>
  </context>
  <context>
    <name>DocumentsPage</name>
    <message>
      <location filename="../../ui/pages/documents.py" line="192" />
      <source>Russian</source>
      <translation>русский</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="193" />
      <source>English</source>
      <translation>английский</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="194" />
      <source>Russian and English</source>
      <translation>русский и английский</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="86" />
      <location filename="../../ui/pages/documents.py" line="229" />
      <source>Sections and options</source>
      <translation>Разделы и настройки</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="89" />
      <source>Choose…</source>
      <translation>Выбрать…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="106" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="117" />
      <source>Open the file</source>
      <translation>Открыть файл</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="120" />
      <source>Show in folder</source>
      <translation>Показать в папке</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="125" />
      <source>What the papers lack (double-click one to fill it in)</source>
      <translation>Чего не хватает в документах (двойной щелчок — перейти туда, где это ввести)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="140" />
      <source>Document</source>
      <translation>Документ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="143" />
      <source>Format</source>
      <translation>Формат</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="141" />
      <source>Language of the document</source>
      <translation>Язык документа</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="97" />
      <source>The name of the file, without the ending (.pdf, .docx…)</source>
      <translation>Имя файла без расширения (.pdf, .docx…)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="103" />
      <source>Save the document</source>
      <translation>Сохранить документ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="144" />
      <source>Folder</source>
      <translation>Папка</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="145" />
      <source>File name</source>
      <translation>Имя файла</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="199" />
      <source>each guest's own languages</source>
      <translation>на языках каждого гостя</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="229" />
      <source>Plans</source>
      <translation>Схемы</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="295" />
      <source>Folder for documents</source>
      <translation>Папка для документов</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="316" />
      <source>Choose an event on the left to see its documents.</source>
      <translation>Выберите мероприятие слева, чтобы увидеть его документы.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="319" />
      <source>Making the preview…</source>
      <translation>Готовится предпросмотр…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="336" />
      <location filename="../../ui/pages/documents.py" line="371" />
      <source>No preview: %1</source>
      <translation>Просмотр невозможен: %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="383" />
      <source>Type a file name without folders, e.g. %1.</source>
      <translation>Введите имя файла без папок, например %1.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="394" />
      <source>Cannot use the folder %1: %2</source>
      <translation>Нельзя использовать папку %1: %2</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="423" />
      <source>Working…</source>
      <translation>Выполняется…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="432" />
      <source>Stopping…</source>
      <translation>Останавливаю…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="443" />
      <source>Written: %1</source>
      <translation>Записано: %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="452" />
      <source>Not written: %1</source>
      <translation>Не записано: %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="458" />
      <source>Cancelled; nothing was written.</source>
      <translation>Отменено; ничего не записано.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="466" />
      <source>The folder %1 could not be opened: the system has no file manager set up for it.</source>
      <translation>Не удалось открыть папку %1: в системе не настроен файловый менеджер.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="469" />
      <source>The file %1 could not be opened: the system has no program set up to open it. Open it from its folder, or print it from the preview.</source>
      <translation>Не удалось открыть файл %1: в системе нет программы для таких файлов. Откройте его из папки или напечатайте из окна просмотра.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents.py" line="474" />
      <source>Cannot open</source>
      <translation>Не удаётся открыть</translation>
    </message>
  </context>
  <context>
    <name>EventDialog</name>
    <message>
      <location filename="../../ui/dialogs/event.py" line="42" />
      <source>New event</source>
      <translation>Новое мероприятие</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="42" />
      <source>Edit event</source>
      <translation>Изменить мероприятие</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="56" />
      <source>several days, until</source>
      <translation>несколько дней, по</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="66" />
      <source>e.g. Ulyanovsk Region</source>
      <translation>например, Ульяновская область</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="67" />
      <source>e.g. Republic of Belarus</source>
      <translation>например, Республика Беларусь</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="69" />
      <source>right hand (usual)</source>
      <translation>правая рука (обычно)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="70" />
      <source>left hand</source>
      <translation>левая рука</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="72" />
      <source>at the head's right</source>
      <translation>справа от главы</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="73" />
      <source>on a chair behind the head</source>
      <translation>на стуле позади главы</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="76" />
      <location filename="../../ui/dialogs/event.py" line="82" />
      <source> min</source>
      <translation> мин</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="78" />
      <source>HH:MM</source>
      <translation>ЧЧ:ММ</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="83" />
      <source>none</source>
      <translation>нет</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="87" />
      <source>by their heads' rank</source>
      <translation>по рангу глав делегаций</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="88" />
      <source>alphabetically, from a letter drawn by lot</source>
      <translation>по алфавиту, с буквы, выпавшей по жребию</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="92" />
      <source>e.g. K</source>
      <translation>например, К</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="95" />
      <source>at the host's right</source>
      <translation>справа от принимающего</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="96" />
      <source>opposite the host</source>
      <translation>напротив принимающего</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="102" />
      <source>Title (Russian)</source>
      <translation>Название (рус.)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="103" />
      <source>Title (English)</source>
      <translation>Название (англ.)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="104" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="106" />
      <source>City (Russian)</source>
      <translation>Город (рус.)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="107" />
      <source>City (English)</source>
      <translation>Город (англ.)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="108" />
      <source>Venue (Russian)</source>
      <translation>Место (рус.)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="109" />
      <source>Venue (English)</source>
      <translation>Место (англ.)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="111" />
      <source>Host side</source>
      <translation>Принимающая сторона</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="112" />
      <source>Guest side</source>
      <translation>Гостевая сторона</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="116" />
      <source>Senior side</source>
      <translation>Почётная сторона</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="117" />
      <source>Interpreter sits</source>
      <translation>Переводчик сидит</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="118" />
      <source>One signing takes</source>
      <translation>Одно подписание занимает</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="119" />
      <source>Signing starts at</source>
      <translation>Начало подписания</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="120" />
      <source>Opening remarks before the signing</source>
      <translation>Вступительное слово перед подписанием</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="121" />
      <source>Closing and photo after the signing</source>
      <translation>Завершение и фото после подписания</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="122" />
      <source>Talks of three or more delegations: guests</source>
      <translation>Переговоры трёх и более делегаций: гости</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="123" />
      <source>Letter drawn by lot</source>
      <translation>Буква по жребию</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="124" />
      <source>The senior guest delegation sits</source>
      <translation>Старшая гостевая делегация сидит</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="128" />
      <source>Purpose (Russian)</source>
      <translation>Цель встречи (рус.)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="129" />
      <source>Purpose (English)</source>
      <translation>Цель встречи (англ.)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="130" />
      <source>Points to raise (Russian)</source>
      <translation>Вопросы для обсуждения (рус.)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="131" />
      <source>Points to raise (English)</source>
      <translation>Вопросы для обсуждения (англ.)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="132" />
      <source>Contacts</source>
      <translation>Контакты</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="136" />
      <source>Event</source>
      <translation>Мероприятие</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="137" />
      <source>Ceremony</source>
      <translation>Церемония</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="138" />
      <source>Briefing</source>
      <translation>Справка</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="233" />
      <source>The event needs a title.</source>
      <translation>Укажите название мероприятия.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="222" />
      <source>The date is a day DD.MM.YYYY, e.g. 07.07.2027.</source>
      <translation>Дата пишется как ДД.ММ.ГГГГ, например 07.07.2027.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="224" />
      <source>The last day is a day DD.MM.YYYY, e.g. 09.07.2027.</source>
      <translation>Последний день пишется как ДД.ММ.ГГГГ, например 09.07.2027.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="234" />
      <source>The last day is before the first day.</source>
      <translation>Последний день раньше первого.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="227" />
      <source>The host and the guest side need different names.</source>
      <translation>У принимающей и гостевой стороны должны быть разные названия.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="235" />
      <source>The signing start is a time HH:MM, e.g. 14:30.</source>
      <translation>Начало подписания — время ЧЧ:ММ, например 14:30.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/event.py" line="236" />
      <source>The letter drawn by lot is one letter, e.g. K.</source>
      <translation>Буква по жребию — одна буква, например К.</translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <location filename="../../ui/import_wizard.py" line="240" />
      <source>Choose the file</source>
      <translation>Выбор файла</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="241" />
      <source>A list of participants or of agreements, as CSV or Excel (XLSX).</source>
      <translation>Список участников или соглашений в формате CSV или Excel (XLSX).</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="243" />
      <source>Participants</source>
      <translation>участников</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="244" />
      <source>Agreements</source>
      <translation>соглашений</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="247" />
      <source>Choose…</source>
      <translation>Выбрать…</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="253" />
      <source>as the file says (column «Side»)</source>
      <translation>как указано в файле (столбец «Сторона»)</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="261" />
      <source>List of</source>
      <translation>Список</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="262" />
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="263" />
      <source>Side of rows without one</source>
      <translation>Сторона для строк без неё</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="270" />
      <source>File to import</source>
      <translation>Файл для загрузки</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="270" />
      <source>Tables (*.csv *.txt *.xlsx)</source>
      <translation>Таблицы (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="287" />
      <source>Add a row naming the columns (for example «ФИО», «Должность», «Сторона») above the list in the spreadsheet, then choose the file again.</source>
      <translation>Добавьте над списком строку с названиями столбцов (например «ФИО», «Должность», «Сторона») и выберите файл снова.</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <location filename="../../ui/import_wizard.py" line="57" />
      <source>; (semicolon)</source>
      <translation>; (точка с запятой)</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="58" />
      <source>, (comma)</source>
      <translation>, (запятая)</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="59" />
      <source>Tab</source>
      <translation>табуляция</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="60" />
      <source>| (vertical bar)</source>
      <translation>| (вертикальная черта)</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="67" />
      <source>Full name (surname, name, patronymic)</source>
      <translation>ФИО (фамилия, имя, отчество)</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="68" />
      <source>Surname</source>
      <translation>Фамилия</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="69" />
      <source>Given name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="70" />
      <source>Patronymic</source>
      <translation>Отчество</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="71" />
      <source>Position (Russian)</source>
      <translation>Должность (рус.)</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="72" />
      <source>Position (English)</source>
      <translation>Должность (англ.)</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="73" />
      <source>Organisation</source>
      <translation>Организация</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="74" />
      <source>Side</source>
      <translation>Сторона</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="75" />
      <source>Role</source>
      <translation>Роль</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="76" />
      <source>Precedence</source>
      <translation>Старшинство</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="77" />
      <source>Name in Latin letters</source>
      <translation>Имя латиницей</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="78" />
      <source>Latin surname</source>
      <translation>Фамилия латиницей</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="79" />
      <source>Latin given names</source>
      <translation>Имя латиницей</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="80" />
      <source>Honorific</source>
      <translation>Обращение, титул</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="81" />
      <source>Organisation (English)</source>
      <translation>Организация (англ.)</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="82" />
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="83" />
      <source>E-mail</source>
      <translation>Эл. почта</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="84" />
      <source>Gender</source>
      <translation>Пол</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="85" />
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="86" />
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="87" />
      <source>Passport</source>
      <translation>Паспорт</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="88" />
      <source>Date of birth</source>
      <translation>Дата рождения</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="89" />
      <source>Title (Russian)</source>
      <translation>Название (рус.)</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="90" />
      <source>Title (English)</source>
      <translation>Название (англ.)</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="91" />
      <source>Level</source>
      <translation>Уровень</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="92" />
      <source>Witnesses</source>
      <translation>Свидетели</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="93" />
      <source>Originals</source>
      <translation>Экземпляров</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="94" />
      <source>Languages</source>
      <translation>Языки</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="95" />
      <source>Order of signing</source>
      <translation>Порядок подписания</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="96" />
      <source>First party</source>
      <translation>Первая сторона</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="97" />
      <source>Signatory of the first party</source>
      <translation>Подписант первой стороны</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="98" />
      <source>Second party</source>
      <translation>Вторая сторона</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="99" />
      <source>Signatory of the second party</source>
      <translation>Подписант второй стороны</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="100" />
      <source>Power of attorney of the first party</source>
      <translation>Доверенность первой стороны</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="103" />
      <source>Power of attorney of the second party</source>
      <translation>Доверенность второй стороны</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="116" />
      <source>Party %1</source>
      <translation>Сторона %1</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="117" />
      <source>Signatory of party %1</source>
      <translation>Подписант стороны %1</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="118" />
      <source>Power of attorney of party %1</source>
      <translation>Доверенность стороны %1</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="159" />
      <location filename="../../ui/import_wizard.py" line="222" />
      <source>Import</source>
      <translation>Загрузить</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="173" />
      <source>Import a list</source>
      <translation>Загрузка списка</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="183" />
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="217" />
      <source>Import %1</source>
      <translation>Загрузка %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/import_wizard.py" line="224" />
      <source>%n row(s) changed by someone else since the import were left as they are.</source>
      <translation>
        <numerusform>%n строка, изменённая другими после загрузки, оставлена как есть.</numerusform>
        <numerusform>%n строки, изменённые другими после загрузки, оставлены как есть.</numerusform>
        <numerusform>%n строк, изменённых другими после загрузки, оставлены как есть.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LayoutControls</name>
    <message>
      <location filename="../../ui/seating_controls.py" line="26" />
      <source>none</source>
      <translation>нет</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="27" />
      <source>Men and women alternate</source>
      <translation>М/Ж через одного</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="30" />
      <source>At each table a man and a woman side by side where the rules allow</source>
      <translation>За каждым столом мужчина рядом с женщиной, где позволяют правила</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="34" />
      <source>right</source>
      <translation>правая</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="35" />
      <source>left</source>
      <translation>левая</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="38" />
      <source>at the head's right</source>
      <translation>справа от главы</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="39" />
      <source>on a chair behind</source>
      <translation>на стуле позади</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="46" />
      <source>Rearrange</source>
      <translation>Переставить</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="48" />
      <source>Seat the plan again with these sizes; locked seats are kept</source>
      <translation>Рассадить заново с этими размерами; закреплённые места сохраняются</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="51" />
      <source>Head table, seats</source>
      <translation>Главный стол, мест</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="52" />
      <source>Interpreters</source>
      <translation>Переводчики</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="56" />
      <source>Senior side</source>
      <translation>Почётная сторона</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="83" />
      <source>Tables</source>
      <translation>Столов</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="83" />
      <source>Seats per table</source>
      <translation>Мест за столом</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="84" />
      <location filename="../../ui/seating_controls.py" line="85" />
      <source>Rows</source>
      <translation>Рядов</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="84" />
      <location filename="../../ui/seating_controls.py" line="85" />
      <source>Seats per row</source>
      <translation>Мест в ряду</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="86" />
      <source>Seats per side</source>
      <translation>Мест с каждой стороны</translation>
    </message>
    <message>
      <location filename="../../ui/seating_controls.py" line="87" />
      <source>Standing places per row</source>
      <translation>Мест стоя в ряду</translation>
    </message>
  </context>
  <context>
    <name>ListPage</name>
    <message>
      <location filename="../../ui/pages/list_page.py" line="52" />
      <source>Choose an event on the left, or create one with Event › New event.</source>
      <translation>Выберите мероприятие слева или создайте новое: Мероприятие › Новое мероприятие.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/list_page.py" line="91" />
      <source>Edit › Undo brings it back.</source>
      <translation>Вернуть можно через Правка › Отменить.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/list_page.py" line="92" />
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
  </context>
  <context>
    <name>ListView</name>
    <message>
      <location filename="../../ui/list_view.py" line="84" />
      <source>Search: type any part of a name, position, organisation…</source>
      <translation>Поиск: любая часть имени, должности, организации…</translation>
    </message>
    <message>
      <location filename="../../ui/list_view.py" line="167" />
      <source>Edit</source>
      <translation>Изменить</translation>
    </message>
    <message>
      <location filename="../../ui/list_view.py" line="167" />
      <source>Edit…</source>
      <translation>Изменить…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/list_view.py" line="232" />
      <source>%n row(s)</source>
      <translation>
        <numerusform>%n строка</numerusform>
        <numerusform>%n строки</numerusform>
        <numerusform>%n строк</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/list_view.py" line="234" />
      <source>%1 of %2</source>
      <translation>%1 из %2</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../ui/main_window.py" line="86" />
      <source>Search events</source>
      <translation>Поиск мероприятий</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="88" />
      <source>New event…</source>
      <translation>Новое мероприятие…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="91" />
      <location filename="../../ui/main_window.py" line="359" />
      <source>Delete event</source>
      <translation>Удалить мероприятие</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="118" />
      <source>Events</source>
      <translation>Мероприятия</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="120" />
      <source>Pages</source>
      <translation>Разделы</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="144" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="146" />
      <source>Title</source>
      <translation>Название</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="150" />
      <source>City</source>
      <translation>Город</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="159" />
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="160" />
      <source>&amp;New store…</source>
      <translation>&amp;Новое хранилище…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="162" />
      <source>&amp;Open store…</source>
      <translation>&amp;Открыть хранилище…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="164" />
      <source>Recent stores</source>
      <translation>Недавние хранилища</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="168" />
      <source>&amp;Import participants…</source>
      <translation>&amp;Загрузить список…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="173" />
      <source>&amp;Quit</source>
      <translation>В&amp;ыход</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="174" />
      <source>&amp;Edit</source>
      <translation>&amp;Правка</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="175" />
      <source>&amp;Undo</source>
      <translation>&amp;Отменить</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="177" />
      <source>&amp;Redo</source>
      <translation>&amp;Повторить</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="182" />
      <source>E&amp;vent</source>
      <translation>&amp;Мероприятие</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="185" />
      <source>&amp;Settings</source>
      <translation>&amp;Настройки</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="186" />
      <source>Interface language</source>
      <translation>Язык интерфейса</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="187" />
      <source>As the system</source>
      <translation>Как в системе</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="193" />
      <source>&amp;Rank ladder…</source>
      <translation>&amp;Таблица рангов…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="194" />
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="195" />
      <source>&amp;About Protocol Desk</source>
      <translation>&amp;О программе Protocol Desk</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="225" />
      <source> (read-only)</source>
      <translation> (только чтение)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="228" />
      <source>Store: %1. Every change is saved as you make it.</source>
      <translation>Хранилище: %1. Каждое изменение сохраняется сразу.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="230" />
      <source>Store: %1, open read-only: another window holds it.</source>
      <translation>Хранилище: %1, только чтение: его держит другое окно.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="343" />
      <source>New event %1</source>
      <translation>Новое мероприятие %1</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="361" />
      <source>Delete the event «%1» with its sides, participation, agreements and programme? The people stay in the directory. You can undo this.</source>
      <translation>Удалить мероприятие «%1» со сторонами, участием, соглашениями и программой? Люди останутся в справочнике. Это можно отменить.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="376" />
      <source>Delete event %1</source>
      <translation>Удалить мероприятие %1</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="390" />
      <location filename="../../ui/main_window.py" line="397" />
      <source>New store</source>
      <translation>Новое хранилище</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="398" />
      <source>%1 already exists; use Open store.</source>
      <translation>%1 уже существует; используйте «Открыть хранилище».</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="405" />
      <source>Open store</source>
      <translation>Открыть хранилище</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="417" />
      <source>Cannot open the store</source>
      <translation>Не удалось открыть хранилище</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="475" />
      <source>About Protocol Desk</source>
      <translation>О программе Protocol Desk</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="476" />
      <source>Protocol Desk: seating plans, signing orders and briefing packs for protocol officers.</source>
      <translation>Protocol Desk: рассадка, порядок подписания и папки руководителя для сотрудников протокола.</translation>
    </message>
  </context>
  <context>
    <name>OverviewPage</name>
    <message>
      <location filename="../../ui/pages/overview.py" line="29" />
      <source>Edit event…</source>
      <translation>Изменить мероприятие…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/overview.py" line="41" />
      <source>No event chosen. Create one with Event › New event.</source>
      <translation>Мероприятие не выбрано. Создайте его: Мероприятие › Новое мероприятие.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/overview.py" line="64" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../../ui/pages/overview.py" line="65" />
      <source>Place</source>
      <translation>Место</translation>
    </message>
    <message>
      <location filename="../../ui/pages/overview.py" line="67" />
      <source>Sides</source>
      <translation>Стороны</translation>
    </message>
    <message>
      <location filename="../../ui/pages/overview.py" line="74" />
      <source>Participants</source>
      <translation>Участники</translation>
    </message>
    <message>
      <location filename="../../ui/pages/overview.py" line="75" />
      <source>Agreements</source>
      <translation>Соглашения</translation>
    </message>
    <message>
      <location filename="../../ui/pages/overview.py" line="76" />
      <source>Programme items</source>
      <translation>Пунктов программы</translation>
    </message>
    <message>
      <location filename="../../ui/pages/overview.py" line="83" />
      <source>Purpose of the meeting</source>
      <translation>Цель встречи</translation>
    </message>
    <message>
      <location filename="../../ui/pages/overview.py" line="83" />
      <source>Points to raise</source>
      <translation>Вопросы для обсуждения</translation>
    </message>
    <message>
      <location filename="../../ui/pages/overview.py" line="102" />
      <source>Edit event %1</source>
      <translation>Изменить мероприятие %1</translation>
    </message>
  </context>
  <context>
    <name>PackageActions</name>
    <message>
      <location filename="../../ui/package_actions.py" line="41" />
      <source>Protocol Desk event package (*.pdpkg *.sqlite);;All files (*)</source>
      <translation>Пакет мероприятия Protocol Desk (*.pdpkg *.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../ui/package_actions.py" line="52" />
      <source>&amp;Export event package…</source>
      <translation>&amp;Выгрузить пакет мероприятия…</translation>
    </message>
    <message>
      <location filename="../../ui/package_actions.py" line="57" />
      <source>I&amp;mport event package…</source>
      <translation>Загрузить &amp;пакет мероприятия…</translation>
    </message>
    <message>
      <location filename="../../ui/package_actions.py" line="62" />
      <source>Open &amp;read-only…</source>
      <translation>Открыть только для &amp;чтения…</translation>
    </message>
    <message>
      <location filename="../../ui/package_actions.py" line="76" />
      <location filename="../../ui/package_actions.py" line="83" />
      <location filename="../../ui/package_actions.py" line="95" />
      <source>Export event package</source>
      <translation>Выгрузка пакета мероприятия</translation>
    </message>
    <message>
      <location filename="../../ui/package_actions.py" line="100" />
      <source>Wrote %1: the event with %2 participants.</source>
      <translation>Записан файл %1: мероприятие, участников: %2.</translation>
    </message>
    <message>
      <location filename="../../ui/package_actions.py" line="111" />
      <source>the same event as in this store</source>
      <translation>то же мероприятие, что уже есть в хранилище</translation>
    </message>
    <message>
      <location filename="../../ui/package_actions.py" line="113" />
      <source>a new event</source>
      <translation>новое мероприятие</translation>
    </message>
    <message>
      <location filename="../../ui/package_actions.py" line="116" />
      <source>«%1»: %2. New rows: %3; empty fields filled in: %4; conflicts: %5.</source>
      <translation>«%1»: %2. Новых записей: %3; заполнено пустых полей: %4; расхождений: %5.</translation>
    </message>
    <message>
      <location filename="../../ui/package_actions.py" line="127" />
      <source>%1, %2: here «%3», in the package «%4» (kept as here)</source>
      <translation>%1, %2: здесь «%3», в пакете «%4» (оставлено как здесь)</translation>
    </message>
    <message>
      <location filename="../../ui/package_actions.py" line="145" />
      <location filename="../../ui/package_actions.py" line="152" />
      <source>Import event package</source>
      <translation>Загрузка пакета мероприятия</translation>
    </message>
    <message>
      <location filename="../../ui/package_actions.py" line="158" />
      <source>Import it?</source>
      <translation>Загрузить?</translation>
    </message>
    <message>
      <location filename="../../ui/package_actions.py" line="179" />
      <location filename="../../ui/package_actions.py" line="191" />
      <source>Open read-only</source>
      <translation>Открыть только для чтения</translation>
    </message>
    <message>
      <location filename="../../ui/package_actions.py" line="197" />
      <source>%1, open read-only: a copy; the file is not changed.</source>
      <translation>%1 открыт только для чтения: это копия, сам файл не меняется.</translation>
    </message>
  </context>
  <context>
    <name>Pages</name>
    <message>
      <location filename="../../ui/pages/__init__.py" line="33" />
      <source>Overview</source>
      <translation>Обзор</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="34" />
      <source>Sides and delegations</source>
      <translation>Стороны и делегации</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="35" />
      <source>Participants</source>
      <translation>Участники</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="36" />
      <source>Agreements</source>
      <translation>Соглашения</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="37" />
      <source>Programme</source>
      <translation>Программа</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="38" />
      <source>Seating</source>
      <translation>Рассадка</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="39" />
      <source>Signing</source>
      <translation>Подписание</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="40" />
      <source>Documents</source>
      <translation>Документы</translation>
    </message>
  </context>
  <context>
    <name>ParticipantsPage</name>
    <message>
      <location filename="../../ui/pages/participants.py" line="35" />
      <source>Add person…</source>
      <translation>Добавить человека…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="38" />
      <source>Print the list…</source>
      <translation>Печать списка…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="40" />
      <source>Import a list…</source>
      <translation>Загрузить список…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="43" />
      <source>Remove from event</source>
      <translation>Исключить из мероприятия</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="58" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="65" />
      <source>Name</source>
      <translation>ФИО</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="69" />
      <source>Latin name</source>
      <translation>Латиницей</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="70" />
      <source>Position</source>
      <translation>Должность</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="71" />
      <source>Organisation</source>
      <translation>Организация</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="72" />
      <source>Side</source>
      <translation>Сторона</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="74" />
      <source>Role</source>
      <translation>Роль</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="77" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="84" />
      <source>Precedence set</source>
      <translation>Старшинство вручную</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="90" />
      <source>Why this place</source>
      <translation>Почему это место</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="91" />
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="92" />
      <source>E-mail</source>
      <translation>Эл. почта</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="93" />
      <source>Passport</source>
      <translation>Паспорт</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="104" />
      <source>No participants yet: add people one by one with “Add person…”, or import a list from Excel or CSV with “Import a list…”.</source>
      <translation>Участников пока нет: добавляйте людей кнопкой «Добавить человека…» или загрузите список из Excel или CSV кнопкой «Загрузить список…».</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="111" />
      <source>Positions not ranked: %1. Rank each once in Settings → Rank ladder.</source>
      <translation>Должности без ранга: %1. Укажите уровень один раз: Настройки → Таблица рангов.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="130" />
      <source>Change role of %1</source>
      <translation>Роль: %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="135" />
      <source>Change status of %1</source>
      <translation>Статус: %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="145" />
      <source>Precedence is a whole number from 1 (the highest), or empty for the rules.</source>
      <translation>Старшинство — целое число от 1 (высшее) или пусто, чтобы считать по правилам.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="151" />
      <source>Change precedence of %1</source>
      <translation>Старшинство: %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="223" />
      <source>Add %1</source>
      <translation>Добавить %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="257" />
      <source>Edit %1</source>
      <translation>Изменить %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="270" />
      <source>Remove %1 from this event?</source>
      <translation>Исключить %1 из мероприятия?</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/pages/participants.py" line="272" />
      <source>Remove %n people from this event?</source>
      <translation>
        <numerusform>Исключить %n человека из мероприятия?</numerusform>
        <numerusform>Исключить %n человек из мероприятия?</numerusform>
        <numerusform>Исключить %n человек из мероприятия?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="286" />
      <source>They stay in the directory; Edit › Undo brings them back.</source>
      <translation>Люди останутся в справочнике; вернуть можно через Правка › Отменить.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="285" />
      <source>Remove</source>
      <translation>Исключить</translation>
    </message>
    <message>
      <location filename="../../ui/pages/participants.py" line="275" />
      <source>Remove %1</source>
      <translation>Исключить %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/pages/participants.py" line="277" />
      <source>Remove %n people</source>
      <translation>
        <numerusform>Исключить %n человека</numerusform>
        <numerusform>Исключить %n человек</numerusform>
        <numerusform>Исключить %n человек</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PeoplePanel</name>
    <message>
      <location filename="../../ui/seating_people.py" line="34" />
      <source>Person</source>
      <translation>Человек</translation>
    </message>
    <message>
      <location filename="../../ui/seating_people.py" line="35" />
      <source>Side</source>
      <translation>Сторона</translation>
    </message>
    <message>
      <location filename="../../ui/seating_people.py" line="36" />
      <source>Precedence</source>
      <translation>Старшинство</translation>
    </message>
    <message>
      <location filename="../../ui/seating_people.py" line="37" />
      <source>Seat</source>
      <translation>Место</translation>
    </message>
    <message>
      <location filename="../../ui/seating_people.py" line="43" />
      <source>Search people and seats</source>
      <translation>Поиск людей и мест</translation>
    </message>
    <message>
      <location filename="../../ui/seating_people.py" line="45" />
      <source>Seat at the chosen seat</source>
      <translation>Посадить на выбранное место</translation>
    </message>
    <message>
      <location filename="../../ui/seating_people.py" line="48" />
      <source>Without a seat only</source>
      <translation>Только без места</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <location filename="../../ui/dialogs/person.py" line="277" />
      <source>Person</source>
      <translation>Основное</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="82" />
      <source>Edit person</source>
      <translation>Изменить сведения о человеке</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="82" />
      <source>New participant</source>
      <translation>Новый участник</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="100" />
      <source>type a surname to take a person already in the directory</source>
      <translation>начните вводить фамилию, чтобы взять человека из справочника</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="125" />
      <source>Taken from the directory: changes here change this person everywhere.</source>
      <translation>Взято из справочника: изменения здесь меняют сведения о человеке везде.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="138" />
      <source>Transliterate</source>
      <translation>Транслитерировать</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="168" />
      <source>not given</source>
      <translation>не указан</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="168" />
      <source>male</source>
      <translation>мужской</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="168" />
      <source>female</source>
      <translation>женский</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="186" />
      <source>Personal data: masked on screen, left out of exports</source>
      <translation>Персональные данные: скрыты на экране, не попадают в выгрузки</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="200" />
      <source>by the rules</source>
      <translation>по правилам</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="217" />
      <source>Choose photo…</source>
      <translation>Выбрать фото…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="217" />
      <source>Remove photo</source>
      <translation>Убрать фото</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="223" />
      <source>From the directory</source>
      <translation>Из справочника</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="224" />
      <source>Surname</source>
      <translation>Фамилия</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="225" />
      <source>Given name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="226" />
      <source>Patronymic</source>
      <translation>Отчество</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="136" />
      <source>surname as in the passport, e.g. Russkikh</source>
      <translation>фамилия как в паспорте, например Russkikh</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="137" />
      <source>given names as in the passport, e.g. Aleksei</source>
      <translation>имя как в паспорте, например Aleksei</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="140" />
      <source>Suggest the Latin spelling (ICAO rules, pinyin for Chinese); the passport spelling wins</source>
      <translation>Предложить написание латиницей (правила ИКАО, пиньинь для китайских имён); написание в паспорте важнее</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="146" />
      <source>by the script and the country</source>
      <translation>по письменности и стране</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="149" />
      <source>surname first, no initials (Chinese, Korean, Vietnamese, Hungarian)</source>
      <translation>сначала фамилия, без инициалов (китайские, корейские, вьетнамские, венгерские имена)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="151" />
      <source>given name first</source>
      <translation>сначала имя</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="156" />
      <source>H.E., Sheikh, Dr: never part of the name</source>
      <translation>Его Превосходительство, шейх, доктор: не часть имени</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="160" />
      <source>the name in Cyrillic letters for Russian papers, e.g. Ван Вэй</source>
      <translation>имя кириллицей для документов на русском, например Ван Вэй</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="162" />
      <source>Palladius</source>
      <translation>По Палладию</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="164" />
      <source>Suggest the Cyrillic form of a Chinese name by Palladius's system</source>
      <translation>Предложить запись китайского имени кириллицей по системе Палладия</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="177" />
      <source>the organisation's name in English papers</source>
      <translation>название организации в документах на английском</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="205" />
      <source>A spouse takes the partner's rank and is not seated beside him or her</source>
      <translation>Супруг(а) получает старшинство партнёра и не сидит рядом с ним</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="230" />
      <source>Latin surname</source>
      <translation>Фамилия латиницей</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="231" />
      <source>Latin given names</source>
      <translation>Имя латиницей</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="232" />
      <source>Name order</source>
      <translation>Порядок имени</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="233" />
      <source>Honorific</source>
      <translation>Обращение, титул</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="237" />
      <source>Name in Cyrillic</source>
      <translation>Имя кириллицей</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="238" />
      <source>Gender</source>
      <translation>Пол</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="239" />
      <source>Position (Russian)</source>
      <translation>Должность (рус.)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="240" />
      <source>Position (English)</source>
      <translation>Должность (англ.)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="241" />
      <source>Organisation</source>
      <translation>Организация</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="242" />
      <source>Organisation (English)</source>
      <translation>Организация (англ.)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="243" />
      <source>Side</source>
      <translation>Сторона</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="244" />
      <source>Role</source>
      <translation>Роль</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="245" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="246" />
      <source>Precedence</source>
      <translation>Старшинство</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="247" />
      <source>Interprets for</source>
      <translation>Переводит для</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="248" />
      <source>Spouse of</source>
      <translation>Супруг(а) участника</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="253" />
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="254" />
      <source>E-mail</source>
      <translation>Эл. почта</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="255" />
      <source>Seniority date</source>
      <translation>Дата назначения</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="256" />
      <source>Passport</source>
      <translation>Паспорт</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="257" />
      <source>Date of birth</source>
      <translation>Дата рождения</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="262" />
      <source>Biography (Russian)</source>
      <translation>Биография (рус.)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="263" />
      <source>Biography (English)</source>
      <translation>Биография (англ.)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="272" />
      <location filename="../../ui/dialogs/person.py" line="345" />
      <source>Photo</source>
      <translation>Фото</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="278" />
      <source>Contacts and dates</source>
      <translation>Контакты и даты</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="279" />
      <source>Biography and photo</source>
      <translation>Биография и фото</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="345" />
      <source>Images (*.jpg *.jpeg *.png)</source>
      <translation>Изображения (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="354" />
      <source>%1 is not an image of at most 2 MB</source>
      <translation>%1 — не изображение размером до 2 МБ</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="366" />
      <source>no photo</source>
      <translation>нет фото</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="374" />
      <source>seniority date</source>
      <translation>дата назначения</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="375" />
      <source>date of birth</source>
      <translation>дата рождения</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="379" />
      <source>The %1 must be a date DD.MM.YYYY, e.g. 07.07.1975.</source>
      <translation>Поле «%1» — дата в виде ДД.ММ.ГГГГ, например 07.07.1975.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/person.py" line="382" />
      <source>The event has no sides yet: add a side first.</source>
      <translation>У мероприятия ещё нет сторон: сначала добавьте сторону.</translation>
    </message>
  </context>
  <context>
    <name>PreviewPane</name>
    <message>
      <location filename="../../ui/preview.py" line="67" />
      <source>Fit width</source>
      <translation>По ширине</translation>
    </message>
    <message>
      <location filename="../../ui/preview.py" line="100" />
      <source>Nothing to preview yet.</source>
      <translation>Пока нечего показать.</translation>
    </message>
    <message>
      <location filename="../../ui/preview.py" line="103" />
      <source>Previous page</source>
      <translation>Предыдущая страница</translation>
    </message>
    <message>
      <location filename="../../ui/preview.py" line="104" />
      <source>Next page</source>
      <translation>Следующая страница</translation>
    </message>
    <message>
      <location filename="../../ui/preview.py" line="105" />
      <source>Zoom</source>
      <translation>Масштаб</translation>
    </message>
    <message>
      <location filename="../../ui/preview.py" line="106" />
      <source>Paper</source>
      <translation>Бумага</translation>
    </message>
    <message>
      <location filename="../../ui/preview.py" line="107" />
      <source>Print…</source>
      <translation>Печать…</translation>
    </message>
    <message>
      <location filename="../../ui/preview.py" line="185" />
      <source>The page cannot be shown: %1</source>
      <translation>Страницу не удаётся показать: %1</translation>
    </message>
    <message>
      <location filename="../../ui/preview.py" line="198" />
      <source>of %1</source>
      <translation>из %1</translation>
    </message>
    <message>
      <location filename="../../ui/preview.py" line="220" />
      <source>Not printed</source>
      <translation>Не напечатано</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <location filename="../../ui/printing.py" line="34" />
      <source>Card stock A4 (210×297 mm)</source>
      <translation>Картон A4 (210×297 мм)</translation>
    </message>
    <message>
      <location filename="../../ui/printing.py" line="38" />
      <source>Card stock A5 (148×210 mm)</source>
      <translation>Картон A5 (148×210 мм)</translation>
    </message>
    <message>
      <location filename="../../ui/printing.py" line="42" />
      <source>Tent card 210×99 mm</source>
      <translation>Карточка-домик 210×99 мм</translation>
    </message>
    <message>
      <location filename="../../ui/printing.py" line="64" />
      <source>Print</source>
      <translation>Печать</translation>
    </message>
    <message>
      <location filename="../../ui/printing.py" line="102" />
      <source>The printer could not be started.</source>
      <translation>Не удалось начать печать.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/paper_printer.py" line="72" />
      <location filename="../../ui/pages/paper_printer.py" line="89" />
      <source>Not printed</source>
      <translation>Не напечатано</translation>
    </message>
  </context>
  <context>
    <name>ProgrammePage</name>
    <message>
      <location filename="../../ui/pages/programme.py" line="24" />
      <source>Search the programme</source>
      <translation>Поиск по программе</translation>
    </message>
    <message>
      <location filename="../../ui/pages/programme.py" line="25" />
      <source>Add item</source>
      <translation>Добавить пункт</translation>
    </message>
    <message>
      <location filename="../../ui/pages/programme.py" line="28" />
      <source>Print the programme…</source>
      <translation>Печать программы…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/programme.py" line="31" />
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <location filename="../../ui/pages/programme.py" line="41" />
      <source>Start</source>
      <translation>Начало</translation>
    </message>
    <message>
      <location filename="../../ui/pages/programme.py" line="42" />
      <source>End</source>
      <translation>Конец</translation>
    </message>
    <message>
      <location filename="../../ui/pages/programme.py" line="44" />
      <source>Title (Russian)</source>
      <translation>Название (рус.)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/programme.py" line="47" />
      <source>Title (English)</source>
      <translation>Название (англ.)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/programme.py" line="52" />
      <source>Place</source>
      <translation>Место</translation>
    </message>
    <message>
      <location filename="../../ui/pages/programme.py" line="54" />
      <source>Press</source>
      <translation>Пресса</translation>
    </message>
    <message>
      <location filename="../../ui/pages/programme.py" line="56" />
      <source>Who takes part</source>
      <translation>Участвуют</translation>
    </message>
    <message>
      <location filename="../../ui/pages/programme.py" line="65" />
      <source>No programme yet: “Add item” below adds a line; then type its time, title and place in the table.</source>
      <translation>Программы пока нет: кнопка «Добавить пункт» внизу добавляет строку; время, название и место впишите прямо в таблицу.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/programme.py" line="75" />
      <source>Edit programme item %1</source>
      <translation>Изменить пункт программы %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/programme.py" line="90" />
      <source>New item</source>
      <translation>Новый пункт</translation>
    </message>
    <message>
      <location filename="../../ui/pages/programme.py" line="89" />
      <source>Add programme item</source>
      <translation>Добавить пункт программы</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/pages/programme.py" line="102" />
      <source>Delete %n programme item(s)?</source>
      <translation>
        <numerusform>Удалить %n пункт программы?</numerusform>
        <numerusform>Удалить %n пункта программы?</numerusform>
        <numerusform>Удалить %n пунктов программы?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/pages/programme.py" line="103" />
      <source>Delete %n programme item(s)</source>
      <translation>
        <numerusform>Удалить %n пункт программы</numerusform>
        <numerusform>Удалить %n пункта программы</numerusform>
        <numerusform>Удалить %n пунктов программы</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RanksDialog</name>
    <message>
      <location filename="../../ui/dialogs/ranks.py" line="39" />
      <source>Rank ladder</source>
      <translation>Таблица рангов</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/ranks.py" line="47" />
      <source>Position</source>
      <translation>Должность</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/ranks.py" line="47" />
      <source>Position (English)</source>
      <translation>Должность (англ.)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/ranks.py" line="47" />
      <source>Level</source>
      <translation>Уровень</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/ranks.py" line="47" />
      <source>Rung</source>
      <translation>Ступень</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/ranks.py" line="54" />
      <source>Position, as officers write it</source>
      <translation>Должность, как её пишут</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/ranks.py" line="60" />
      <source>10 head of state … 150 advisers and specialists; from 160 support staff</source>
      <translation>10 глава государства … 150 советники и специалисты; от 160 обслуживающий персонал</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/ranks.py" line="62" />
      <source>Rank</source>
      <translation>Присвоить уровень</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/ranks.py" line="73" />
      <source>Positions of this event not on the ladder (rank each once):</source>
      <translation>Должности этого мероприятия, которых нет в таблице рангов (укажите уровень один раз):</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/ranks.py" line="122" />
      <source>Write the position first</source>
      <translation>Сначала напишите должность</translation>
    </message>
  </context>
  <context>
    <name>ReadingPage</name>
    <message>
      <location filename="../../ui/import_wizard.py" line="304" />
      <source>How the file is read</source>
      <translation>Как читается файл</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="305" />
      <source>Check the encoding and the separator, and which column fills which field.</source>
      <translation>Проверьте кодировку, разделитель и какой столбец какое поле заполняет.</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="320" />
      <source>Column of the file</source>
      <translation>Столбец файла</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="320" />
      <source>First values</source>
      <translation>Первые значения</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="320" />
      <source>Field</source>
      <translation>Поле</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="350" />
      <source>Columns: which field each column of the file fills</source>
      <translation>Столбцы: какое поле заполняет каждый столбец файла</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="337" />
      <source>Encoding</source>
      <translation>Кодировка</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="338" />
      <source>Separator</source>
      <translation>Разделитель</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="339" />
      <source>Sheet</source>
      <translation>Лист</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="352" />
      <source>First rows</source>
      <translation>Первые строки</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="369" />
      <source>%1 file, header in row %2, %3</source>
      <translation>файл %1, заголовок в строке %2, %3</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/import_wizard.py" line="372" />
      <source>%n data row(s)</source>
      <translation>
        <numerusform>%n строка данных</numerusform>
        <numerusform>%n строки данных</numerusform>
        <numerusform>%n строк данных</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="395" />
      <source>— not imported —</source>
      <translation>— не загружать —</translation>
    </message>
  </context>
  <context>
    <name>Reliability</name>
    <message>
      <location filename="../../ui/reliability.py" line="100" />
      <source>Unexpected error</source>
      <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
      <location filename="../../ui/reliability.py" line="102" />
      <source>Something went wrong: {message}</source>
      <translation>Что-то пошло не так: {message}</translation>
    </message>
    <message>
      <location filename="../../ui/reliability.py" line="104" />
      <source>Your data is safe: every change was saved when you made it.</source>
      <translation>Ваши данные в сохранности: каждое изменение было сохранено сразу.</translation>
    </message>
    <message>
      <location filename="../../ui/reliability.py" line="109" />
      <source>Details are in the log file:
{path}</source>
      <translation>Подробности в журнале:
{path}</translation>
    </message>
  </context>
  <context>
    <name>ReportView</name>
    <message>
      <location filename="../../ui/import_wizard.py" line="486" />
      <source>Row</source>
      <translation>Строка</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="486" />
      <source>Column</source>
      <translation>Столбец</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="486" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="486" />
      <source>What</source>
      <translation>Что не так</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="497" />
      <source>Created %1, updated %2, skipped %3.</source>
      <translation>Создано %1, обновлено %2, пропущено %3.</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="504" />
      <source>Would create %1, update %2, skip %3.</source>
      <translation>Будет создано %1, обновлено %2, пропущено %3.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/import_wizard.py" line="511" />
      <source>%n error(s): fix the file or the mapping, then check again. Nothing will be written.</source>
      <translation>
        <numerusform>%n ошибка: исправьте файл или соответствие столбцов и проверьте снова. Ничего не будет записано.</numerusform>
        <numerusform>%n ошибки: исправьте файл или соответствие столбцов и проверьте снова. Ничего не будет записано.</numerusform>
        <numerusform>%n ошибок: исправьте файл или соответствие столбцов и проверьте снова. Ничего не будет записано.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/import_wizard.py" line="516" />
      <source>%n warning(s); the rows are imported.</source>
      <translation>
        <numerusform>%n предупреждение; строки будут загружены.</numerusform>
        <numerusform>%n предупреждения; строки будут загружены.</numerusform>
        <numerusform>%n предупреждений; строки будут загружены.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="519" />
      <source>error</source>
      <translation>ошибка</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="520" />
      <source>warning</source>
      <translation>предупреждение</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="521" />
      <source>change</source>
      <translation>изменение</translation>
    </message>
  </context>
  <context>
    <name>ResultPage</name>
    <message>
      <location filename="../../ui/import_wizard.py" line="591" />
      <source>Import</source>
      <translation>Загрузка</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="592" />
      <source>Written in one step: Undo takes the whole import back.</source>
      <translation>Записано одним шагом: «Отменить» вернёт всю загрузку.</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="604" />
      <source>Importing…</source>
      <translation>Загружаю…</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="612" />
      <source>cancelled</source>
      <translation>отменено</translation>
    </message>
    <message>
      <location filename="../../ui/import_wizard.py" line="628" />
      <source>The file cannot be imported: %1</source>
      <translation>Файл нельзя загрузить: %1</translation>
    </message>
  </context>
  <context>
    <name>Scratch</name>
    <message>
      <location filename="../../ui/scratch.py" line="32" />
      <source>No private temporary folder for the papers: %1</source>
      <translation>Нет личной временной папки для документов: %1</translation>
    </message>
  </context>
  <context>
    <name>SeatLooks</name>
    <message>
      <location filename="../../ui/seating_looks.py" line="48" />
      <source>locked</source>
      <translation>закреплено</translation>
    </message>
    <message>
      <location filename="../../ui/seating_looks.py" line="51" />
      <source>Empty seat</source>
      <translation>Свободное место</translation>
    </message>
    <message>
      <location filename="../../ui/seating_looks.py" line="66" />
      <source>Rank %1 on the side (%2)</source>
      <translation>Старшинство %1 в своей стороне (%2)</translation>
    </message>
    <message>
      <location filename="../../ui/seating_looks.py" line="93" />
      <source>, chair behind</source>
      <translation>, стул позади</translation>
    </message>
    <message>
      <location filename="../../ui/seating_looks.py" line="96" />
      <source>Table %1, seat %2</source>
      <translation>Стол %1, место %2</translation>
    </message>
    <message>
      <location filename="../../ui/seating_looks.py" line="99" />
      <source>Seat %1</source>
      <translation>Место %1</translation>
    </message>
  </context>
  <context>
    <name>SeatingCanvas</name>
    <message>
      <location filename="../../ui/seating_canvas.py" line="488" />
      <source>Unlock</source>
      <translation>Открепить</translation>
    </message>
    <message>
      <location filename="../../ui/seating_canvas.py" line="488" />
      <source>Lock in this seat</source>
      <translation>Закрепить на этом месте</translation>
    </message>
    <message>
      <location filename="../../ui/seating_canvas.py" line="492" />
      <source>Take off the seat</source>
      <translation>Снять с места</translation>
    </message>
    <message>
      <location filename="../../ui/seating_canvas.py" line="496" />
      <source>Pick up to move</source>
      <translation>Взять, чтобы пересадить</translation>
    </message>
  </context>
  <context>
    <name>SeatingPage</name>
    <message>
      <location filename="../../ui/pages/seating.py" line="81" />
      <source>Negotiation table</source>
      <translation>Стол переговоров</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="82" />
      <source>Signing table</source>
      <translation>Стол подписания</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="83" />
      <source>Banquet</source>
      <translation>Банкет</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="84" />
      <source>Presidium</source>
      <translation>Президиум</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="85" />
      <source>Hall (theatre)</source>
      <translation>Зал (театр)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="93" />
      <location filename="../../ui/pages/seating.py" line="554" />
      <location filename="../../ui/pages/seating.py" line="567" />
      <source>Seat the rest by the rules</source>
      <translation>Рассадить остальных по правилам</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="95" />
      <source>People placed or locked by hand keep their seats</source>
      <translation>Посаженные или закреплённые вручную остаются на местах</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="119" />
      <source>Go to seat…</source>
      <translation>Перейти к месту…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="138" />
      <source>Plan (drag people to move them)</source>
      <translation>Схема (перетаскивайте людей, чтобы пересадить)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="139" />
      <source>As printed</source>
      <translation>Как при печати</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="153" />
      <source>Seat the person chosen in the list here</source>
      <translation>Посадить сюда выбранного в списке</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="174" />
      <source>People (drag onto a seat, or choose a seat and press Enter)</source>
      <translation>Люди (перетащите на место или выберите место и нажмите Enter)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="178" />
      <source>Breaches of the rules (click to see the seats)</source>
      <translation>Нарушения правил (щёлкните, чтобы увидеть места)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="179" />
      <source>Wishes (choose two people, then Keep together or apart)</source>
      <translation>Пожелания (выберите двух человек, затем «Посадить рядом» или «Рассадить порознь»)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="411" />
      <source>Unlock %1</source>
      <translation>Открепить: %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="411" />
      <source>Lock %1</source>
      <translation>Закрепить: %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="97" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="107" />
      <source>Layout</source>
      <translation>Схема</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="163" />
      <source>Keep together</source>
      <translation>Посадить рядом</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="169" />
      <source>Keep apart</source>
      <translation>Рассадить порознь</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="335" />
      <source>The plan follows every rule.</source>
      <translation>План соответствует всем правилам.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="301" />
      <location filename="../../ui/pages/seating.py" line="518" />
      <source>Seating…</source>
      <translation>Рассаживаю…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="143" />
      <source>Drag a person onto another seat to swap, onto an empty seat to move, off the seats to take him or her off. Keys: arrows and Tab choose a seat, Space picks up and drops, Escape puts back, L locks or unlocks, Delete takes off the seat, + and - zoom, 0 shows the whole plan.</source>
      <translation>Перетащите человека на другое место, чтобы поменять местами, на свободное — чтобы пересадить, за пределы мест — чтобы снять с места. Клавиши: стрелки и Tab выбирают место, Пробел берёт и сажает, Escape возвращает, L закрепляет или открепляет, Delete снимает с места, + и - меняют масштаб, 0 показывает всю схему.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="301" />
      <source>No plan for this layout yet.</source>
      <translation>Для этой расстановки схемы пока нет.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="307" />
      <source>Open read-only: this plan is seated by the rules and is not stored.</source>
      <translation>Открыто только для чтения: схема рассажена по правилам и не сохраняется.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="309" />
      <source>Every change is saved as you make it; Ctrl+Z undoes it.</source>
      <translation>Каждое изменение сохраняется сразу; Ctrl+Z отменяет его.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="312" />
      <source>Breaches: %1, warnings: %2.</source>
      <translation>Нарушений: %1, предупреждений: %2.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="390" />
      <source>Swap %1 and %2</source>
      <translation>Поменять местами: %1 и %2</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="390" />
      <source>Seat %1</source>
      <translation>Место %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="401" />
      <source>Take %1 off the seat</source>
      <translation>Снять с места: %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="445" />
      <source>Choose a seat on the plan first (click it, or arrows and Tab).</source>
      <translation>Сначала выберите место на схеме (щелчком или стрелками и Tab).</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="465" />
      <source>Moving %1: choose a seat and press Space (Escape puts back).</source>
      <translation>Пересаживаем: %1. Выберите место и нажмите Пробел (Escape — вернуть).</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="483" />
      <source>No seat %1 in this plan.</source>
      <translation>На этой схеме нет места %1.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="567" />
      <source>Rearrange the plan</source>
      <translation>Переставить схему</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="575" />
      <source>Cancelled; the plan is as it was.</source>
      <translation>Отменено; план не изменился.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="586" />
      <source>Senior side</source>
      <translation>Почётная сторона</translation>
    </message>
    <message>
      <location filename="../../ui/pages/seating.py" line="586" />
      <source>Interpreters' seat</source>
      <translation>Место переводчиков</translation>
    </message>
  </context>
  <context>
    <name>SeatingScene</name>
    <message>
      <location filename="../../ui/seating_items.py" line="320" />
      <source>Signing table</source>
      <translation>Стол подписания</translation>
    </message>
    <message>
      <location filename="../../ui/seating_items.py" line="326" />
      <source>Stage</source>
      <translation>Сцена</translation>
    </message>
    <message>
      <location filename="../../ui/seating_items.py" line="333" />
      <source>Row %1</source>
      <translation>Ряд %1</translation>
    </message>
    <message>
      <location filename="../../ui/seating_items.py" line="386" />
      <source>Entrance</source>
      <translation>Вход</translation>
    </message>
  </context>
  <context>
    <name>Session</name>
    <message>
      <location filename="../../ui/session.py" line="37" />
      <source>Store in use</source>
      <translation>Хранилище занято</translation>
    </message>
    <message>
      <location filename="../../ui/session.py" line="38" />
      <source>The store {path} is open in another Protocol Desk window</source>
      <translation>Хранилище {path} открыто в другом окне Protocol Desk</translation>
    </message>
    <message>
      <location filename="../../ui/session.py" line="45" />
      <source>Open it read-only here (you can look and export, not change), or not at all?</source>
      <translation>Открыть его здесь только для чтения (смотреть и выгружать, но не менять) или не открывать?</translation>
    </message>
    <message>
      <location filename="../../ui/session.py" line="50" />
      <source>Open read-only</source>
      <translation>Открыть только для чтения</translation>
    </message>
    <message>
      <location filename="../../ui/session.py" line="61" />
      <source>Store on a network drive</source>
      <translation>Хранилище на сетевом диске</translation>
    </message>
    <message>
      <location filename="../../ui/session.py" line="62" />
      <source>The store {path} is on a network drive. If the connection drops while the program writes, the store can be damaged, and two people opening it at once cannot be told apart reliably. Keep the store on this computer and copy it to the network for sharing.</source>
      <translation>Хранилище {path} находится на сетевом диске. Если связь прервётся во время записи, хранилище может быть повреждено, а одновременную работу двух человек нельзя надёжно распознать. Держите хранилище на этом компьютере и копируйте его в сеть для обмена.</translation>
    </message>
  </context>
  <context>
    <name>SidesPage</name>
    <message>
      <location filename="../../ui/pages/sides.py" line="27" />
      <source>Search sides</source>
      <translation>Поиск сторон</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="28" />
      <source>Add side…</source>
      <translation>Добавить сторону…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="30" />
      <source>Delete side</source>
      <translation>Удалить сторону</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="35" />
      <source>Search the delegation</source>
      <translation>Поиск в делегации</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="53" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="58" />
      <source>Name</source>
      <translation>ФИО</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="60" />
      <source>Position</source>
      <translation>Должность</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="67" />
      <source>Role</source>
      <translation>Роль</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="68" />
      <source>Why this place</source>
      <translation>Почему это место</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="85" />
      <source>Delegation: %1</source>
      <translation>Делегация: %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="87" />
      <source>Choose a side to see its delegation</source>
      <translation>Выберите сторону, чтобы увидеть её делегацию</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="94" />
      <source>Name (Russian)</source>
      <translation>Название (рус.)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="96" />
      <source>Name (English)</source>
      <translation>Название (англ.)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="98" />
      <source>Country</source>
      <translation>Страна</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="100" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="106" />
      <source>People</source>
      <translation>Человек</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="121" />
      <source>No sides yet: add the host and the guest side with “Add side…” below.</source>
      <translation>Сторон пока нет: добавьте принимающую и гостевую сторону кнопкой «Добавить сторону…» внизу.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="134" />
      <source>Edit side %1</source>
      <translation>Изменить сторону %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="141" />
      <source>Add side</source>
      <translation>Добавить сторону</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="141" />
      <source>Name of the side (Russian):</source>
      <translation>Название стороны (рус.):</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="151" />
      <source>Add side %1</source>
      <translation>Добавить сторону %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="165" />
      <source>Delete the side «%1» with its delegation?</source>
      <translation>Удалить сторону «%1» вместе с делегацией?</translation>
    </message>
    <message>
      <location filename="../../ui/pages/sides.py" line="166" />
      <source>Delete side %1</source>
      <translation>Удалить сторону %1</translation>
    </message>
  </context>
  <context>
    <name>SigningPage</name>
    <message>
      <location filename="../../ui/pages/signing.py" line="104" />
      <source>Search the signing order</source>
      <translation>Поиск в порядке подписания</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="106" />
      <source>Move up</source>
      <translation>Выше</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="113" />
      <source>Move down</source>
      <translation>Ниже</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="119" />
      <location filename="../../ui/pages/signing.py" line="258" />
      <source>Order by the rule</source>
      <translation>Порядок по правилу</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="124" />
      <source>Mark: %1</source>
      <translation>Отметить: %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="131" />
      <source>HH:MM</source>
      <translation>ЧЧ:ММ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="136" />
      <source>Ceremony starts at</source>
      <translation>Начало церемонии</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="147" />
      <source>Problems</source>
      <translation>Замечания</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="149" />
      <source>Announcer's script</source>
      <translation>Текст ведущего</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="165" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="169" />
      <source>order set by hand</source>
      <translation>порядок задан вручную</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="169" />
      <source>order by the rule</source>
      <translation>порядок по правилу</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="172" />
      <source>Time</source>
      <translation>Время</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="173" />
      <source>Title</source>
      <translation>Название</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="174" />
      <source>Level</source>
      <translation>Уровень</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="176" />
      <source>Signatories, left to right</source>
      <translation>Подписанты слева направо</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="183" />
      <source>In the presence of</source>
      <translation>В присутствии</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="186" />
      <source>Originals</source>
      <translation>Экземпляров</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="187" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="211" />
      <source>No problems found.</source>
      <translation>Замечаний нет.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/pages/signing.py" line="214" />
      <source>%n signing(s)</source>
      <translation>
        <numerusform>%n подписание</numerusform>
        <numerusform>%n подписания</numerusform>
        <numerusform>%n подписаний</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="215" />
      <source>, ends at %1</source>
      <translation>, окончание в %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="238" />
      <source>Move agreement %1 to %2</source>
      <translation>Переместить соглашение %1 на место %2</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="275" />
      <source>Mark %1</source>
      <translation>Отметить: %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="292" />
      <source>Ceremony start %1</source>
      <translation>Начало церемонии %1</translation>
    </message>
  </context>
  <context>
    <name>TableChooser</name>
    <message>
      <location filename="../../ui/seating_tables.py" line="22" />
      <source>The whole plan, or one table at a time (a double click on a table shows it alone). To seat someone from another table here, drag him or her from the list of people.</source>
      <translation>Весь план или один стол (двойной щелчок по столу показывает его отдельно). Чтобы посадить сюда человека с другого стола, перетащите его из списка людей.</translation>
    </message>
    <message>
      <location filename="../../ui/seating_tables.py" line="36" />
      <source>All tables</source>
      <translation>Все столы</translation>
    </message>
    <message>
      <location filename="../../ui/seating_tables.py" line="38" />
      <source>Table %1</source>
      <translation>Стол %1</translation>
    </message>
  </context>
  <context>
    <name>Widgets</name>
    <message>
      <location filename="../../ui/widgets.py" line="146" />
      <source>Choose or create an event first.</source>
      <translation>Сначала выберите или создайте мероприятие.</translation>
    </message>
  </context>
  <context>
    <name>WishesPanel</name>
    <message>
      <location filename="../../ui/seating_wishes.py" line="22" />
      <source>together</source>
      <translation>рядом</translation>
    </message>
    <message>
      <location filename="../../ui/seating_wishes.py" line="22" />
      <source>apart</source>
      <translation>порознь</translation>
    </message>
    <message>
      <location filename="../../ui/seating_wishes.py" line="24" />
      <source>Keep</source>
      <translation>Сидеть</translation>
    </message>
    <message>
      <location filename="../../ui/seating_wishes.py" line="25" />
      <source>First</source>
      <translation>Первый</translation>
    </message>
    <message>
      <location filename="../../ui/seating_wishes.py" line="26" />
      <source>Second</source>
      <translation>Второй</translation>
    </message>
    <message>
      <location filename="../../ui/seating_wishes.py" line="36" />
      <location filename="../../ui/seating_wishes.py" line="84" />
      <source>Delete wish</source>
      <translation>Удалить пожелание</translation>
    </message>
    <message>
      <location filename="../../ui/seating_wishes.py" line="59" />
      <source>Choose two people in the list.</source>
      <translation>Выберите в списке двух человек.</translation>
    </message>
    <message>
      <location filename="../../ui/seating_wishes.py" line="68" />
      <source>Keep together</source>
      <translation>Посадить рядом</translation>
    </message>
    <message>
      <location filename="../../ui/seating_wishes.py" line="68" />
      <source>Keep apart</source>
      <translation>Рассадить порознь</translation>
    </message>
  </context>
</TS>