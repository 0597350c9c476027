"""The words of the core's refusals (``UserError``), by code: Russian, English. A table only: ``words.said``
looks the codes up here and ``Said.text`` words them; nothing else reads it."""

from __future__ import annotations

ERROR_WORDS: dict[str, tuple[str, str]] = {
    # where a mistake is (file, row, column)
    "where_row": ("строка {row}", "row {row}"),
    "where_column": ("столбец «{column}»", "column {column!r}"),
    "where_option": ("параметр {column}", "option {column}"),
    # what an id names
    "no_such": ("нет {what} с id {id}", "no {what} with id {id}"),
    "of_event": ("мероприятия", "event"),
    "of_side": ("стороны", "side"),
    "of_agreement": ("соглашения", "agreement"),
    "of_participant": ("участника", "participant"),
    "of_person": ("человека", "person"),
    "of_organisation": ("организации", "organisation"),
    "of_item": ("пункта программы", "programme item"),
    "of_rank": ("ранга", "rank"),
    "of_plan": ("плана рассадки", "seating plan"),
    "of_constraint": ("пожелания рассадки", "seating constraint"),
    # values of stored objects
    "event_needs_title": ("у мероприятия должно быть название", "an event needs a title"),
    "end_before_start_date": (
        "дата окончания {end} раньше даты начала {start}",
        "the end date {end} is before the start date {start}",
    ),
    "bad_senior_side": (
        "старшая сторона — right (справа) или left (слева), а не «{value}»",
        "senior side must be right or left, not {value!r}",
    ),
    "bad_interpreter_seat": (
        "место переводчика — right (справа) или behind (позади), а не «{value}»",
        "interpreter seat must be right or behind, not {value!r}",
    ),
    "signing_minute": ("подписание длится не меньше минуты", "a signing takes at least one minute"),
    "bad_delegation_order": (
        "делегации упорядочиваются по рангу (rank) или по алфавиту (alphabet), а не «{value}»",
        "delegations are ordered by rank or alphabet, not {value!r}",
    ),
    "bad_lot_letter": (
        "буква, вытянутая по жребию, — одна буква, а не «{value}»",
        "the letter drawn by lot is one letter, not {value!r}",
    ),
    "bad_senior_guest": (
        "старший гость сидит справа (right) или напротив (opposite), а не «{value}»",
        "the senior guest sits at the right or opposite, not {value!r}",
    ),
    "bad_signing_start": (
        "начало подписания пишется ЧЧ:ММ, а не «{value}»",
        "signing start must be HH:MM, not {value!r}",
    ),
    "bad_iso_date": ("«{value}» — не дата вида ГГГГ-ММ-ДД", "{value!r} is not a date of the form YYYY-MM-DD"),
    "no_event_named": ("нет мероприятия с id или названием «{text}»", "no event with id or title {text!r}"),
    "events_same_title": (
        "несколько мероприятий называются «{text}» (id {ids}); укажите id",
        "several events are titled {text!r} (ids {ids}); give the id",
    ),
    "side_needs_name": ("у стороны должно быть название", "a side needs a name"),
    "side_name_taken": (
        "у мероприятия уже есть сторона «{name}»",
        "the event already has a side named {name!r}",
    ),
    "host_side_taken": (
        "у мероприятия уже есть принимающая сторона ({name})",
        "the event already has a host side ({name})",
    ),
    "side_in_use": (
        "у стороны «{name}» ещё есть участники, или она — сторона соглашения",
        "side {name!r} still has participants or agreement parties",
    ),
    "side_other_event": (
        "сторона «{name}» относится к другому мероприятию",
        "side {name!r} belongs to another event",
    ),
    "bad_role": ("неизвестная роль «{value}»", "unknown role {value!r}"),
    "bad_status": ("неизвестный статус «{value}»", "unknown status {value!r}"),
    "bad_level": ("неизвестный уровень «{value}»", "unknown level {value!r}"),
    "bad_precedence": (
        "старшинство — целое число от 1 (самый старший)",
        "precedence is a whole number from 1 (the highest)",
    ),
    "interprets_unknown": (
        "переводчик может переводить только участнику того же мероприятия, кроме себя самого",
        "an interpreter interprets for another participant of the same event",
    ),
    "spouse_unknown": (
        "супруг(а) — другой участник того же мероприятия",
        "a spouse is another participant of the same event",
    ),
    "already_takes_part": (
        "этот человек уже участвует в мероприятии",
        "this person already takes part in the event",
    ),
    "bad_press": (
        "пресса — open (открыто) или closed (закрыто), а не «{value}»",
        "press must be open or closed, not {value!r}",
    ),
    "rank_needs_position": ("у ранга должна быть должность", "a rank needs a position"),
    "bad_rank_level": (
        "уровень ранга — целое число от 1 (самый высокий)",
        "a rank level is a whole number from 1 (the highest)",
    ),
    "bad_tier": (
        "уровень власти — federal (федеральный) или regional (региональный), а не «{value}»",
        "a tier is federal or regional, not {value!r}",
    ),
    # agreements and the signing order
    "agreement_needs_title": ("у соглашения должно быть название", "an agreement needs a title"),
    "originals_min": ("у соглашения не меньше одного экземпляра", "an agreement has at least one original"),
    "party_side_other_event": (
        "сторона {number}: сторона «{side}» относится к другому мероприятию",
        "party {number}: side {side!r} belongs to another event",
    ),
    "party_signatory_absent": (
        "сторона {number}: подписант не участвует в этом мероприятии",
        "party {number}: the signatory takes no part in this event",
    ),
    "witness_absent_event": (
        "присутствующий при подписании не участвует в этом мероприятии",
        "a witness takes no part in this event",
    ),
    "agreement_not_of_event": (
        "соглашение {id} — не соглашение этого мероприятия",
        "agreement {id} is not an agreement of this event",
    ),
    "agreement_twice": (
        "соглашение {id} указано в порядке дважды",
        "agreement {id} is given twice in the order",
    ),
    "bad_party_number": (
        "у соглашения стороны с 1 по {count}, а не {value}",
        "the agreement has parties 1 to {count}, not {value}",
    ),
    "bad_order_position": (
        "место в порядке — от 1 до {most}, а не {value}",
        "position must be from 1 to {most}, not {value}",
    ),
    "order_changed": (
        "порядок подписания тем временем изменился; посмотрите его ещё раз",
        "the signing order was changed meanwhile; look at it again",
    ),
    "bad_clock": (
        "время пишется ЧЧ:ММ (от 00:00 до 23:59), а не «{value}»",
        "a time is HH:MM (00:00 to 23:59), not {value!r}",
    ),
    "negative_slot": (
        "открытие или закрытие не может длиться меньше нуля минут",
        "an opening or closing slot cannot be negative",
    ),
    "agreement_other_event": (
        "соглашение {id} относится к другому мероприятию",
        "agreement {id} belongs to another event",
    ),
    # seating
    "unknown_layout": (
        "неизвестная рассадка «{value}»; рассадки: {layouts}",
        "unknown layout {value!r}; one of {layouts}",
    ),
    "no_agreement_to_sign": (
        "у мероприятия нет соглашения к подписанию, а плану подписания оно нужно",
        "the event has no agreement to sign; a signing plan needs one",
    ),
    "bad_count": ("{what}: нужно целое число от 1", "{what} must be a whole number from 1"),
    "count_tables": ("число столов", "the number of tables"),
    "count_seats": ("число мест", "the number of seats"),
    "plan_no_seat": ("в плане нет места «{seat}»", "the plan has no seat {seat!r}"),
    "not_participant": (
        "участник {id} не участвует в этом мероприятии",
        "participant {id} does not take part in this event",
    ),
    "plan_not_saved": ("план ещё не сохранён", "the plan is not saved yet"),
    "seats_changed": (
        "место {seats} плана {plan} тем временем изменилось; откройте план снова",
        "seat {seats} of plan {plan} was changed meanwhile; open the plan again",
    ),
    "two_seats_in_plan": (
        "у участника {id} было бы два места в плане {plan}",
        "participant {id} would have two seats in plan {plan}",
    ),
    "bad_constraint_kind": (
        "пожелание рассадки — together (вместе) или apart (порознь), а не «{value}»",
        "a seating constraint is together or apart, not {value!r}",
    ),
    "constraint_two_people": (
        "пожеланию рассадки нужны два разных участника",
        "a seating constraint needs two different participants",
    ),
    "constraint_exists": (
        "участники {first} и {second} уже должны сидеть {kind}",
        "participants {first} and {second} are already to be kept {kind}",
    ),
    "kept_together": ("вместе", "together"),
    "kept_apart": ("порознь", "apart"),
    "too_few_seats": (
        "{have} мест(а) не вмещают {need} человек ({what}); добавьте места",
        "{have} seats cannot hold the {need} people of {what}; give more seats",
    ),
    "group_larger_delegation": ("бо́льшая делегация", "the larger delegation"),
    "group_banquet": ("банкет", "the banquet"),
    "group_all": ("все участники", "all"),
    "group_block": ("блок {k}", "block {k}"),
    "group_row": ("ряд: {side}", "{side} row"),
    "group_end": ("торцы стола: {side}", "{side} end"),
    "group_stand": ("стоящие позади: {side}", "{side} stand"),
    "banquet_seats": (
        "за банкетным столом должно быть не меньше 4 мест",
        "a banquet table needs at least 4 seats",
    ),
    "table_too_long": (
        "стол переговоров на {people} человек {what} был бы длиной {length} м — больше {most} м, которые вмещает "
        "зал и может показать схема; рассадите столько людей в театральной рассадке (ряды лицом к сцене) или "
        "оставьте за столом глав и ближайших членов делегаций, а остальных посадите рядами позади них "
        "(рассадка «президиум»)",
        "a negotiation table for {people} people {what} would be {length} m long, more than the {most} m a room "
        "holds and a drawing can show; seat so many in the theatre layout (rows facing a stage), or keep the "
        "heads and their closest members at the table and the others in rows behind them (the presidium layout)",
    ),
    "per_side": ("с каждой стороны", "a side"),
    "round_table": ("вокруг стола", "round it"),
    "cards_pdf_only": (
        "карточки рассадки записываются в PDF; {name} не оканчивается на .pdf",
        "place cards are written as PDF; {name} does not end in .pdf",
    ),
    "nobody_seated": (
        "в этом плане никто не рассажен, печатать карточки не для кого",
        "nobody is seated in this plan, so there is no place card to print",
    ),
    # papers and files written
    "bad_format": (
        "формат — один из: {formats}, а не «{value}»",
        "the format must be one of {formats}, not {value!r}",
    ),
    "bad_paper_language": (
        "язык — ru или en, а не «{value}»",
        "the language must be ru or en, not {value!r}",
    ),
    "bad_encoding_choice": (
        "кодировка — utf-8-sig или cp1251, а не «{value}»",
        "the encoding must be utf-8-sig or cp1251, not {value!r}",
    ),
    "not_in_cp1251": (
        "«{char}» нельзя записать в Windows-1251; выгрузите в utf-8-sig",
        "{char!r} cannot be written in Windows-1251; export in utf-8-sig",
    ),
    "document_suffix": (
        "нельзя записать {name}: имя файла должно оканчиваться на .pdf или .docx",
        "cannot write {name}: the file name must end in .pdf or .docx",
    ),
    "suffix_must_be": ("имя файла должно оканчиваться на {suffix}", "the file name must end in {suffix}"),
    "suffix_not_format": (
        "имя файла оканчивается на {suffix}, а выбран формат {fmt}",
        "the file name ends in {suffix} but the format asked is {fmt}",
    ),
    "template_unreadable": (
        "шаблон Word не читается: {reason}",
        "the Word template cannot be read: {reason}",
    ),
    "unknown_section": (
        "неизвестный раздел справки «{name}»; разделы: {sections}",
        "unknown pack section {name!r}; the sections are {sections}",
    ),
    "empty_pack": (
        "в справку нечего включить: в выбранных разделах для этого мероприятия ничего нет",
        "nothing to put in the pack: the sections chosen have nothing to show for this event",
    ),
    "english_not_made": (
        "документ на английском не составлен: {shown}{tail}",
        "the English paper is not made: {shown}{tail}",
    ),
    "no_english_text": (
        "нет текста на английском: {what}{row}: «{text}»",
        "no English text for {what}{row}: «{text}»",
    ),
    "and_more": (" и ещё {n}", " and {n} more"),
    "folder_missing": ("папки нет; ничего не записано", "the folder does not exist; nothing was written"),
    "is_link": (
        "это ссылка; пишите в сам файл; ничего не записано",
        "is a link; write to the file itself; nothing was written",
    ),
    "is_folder": ("это папка, а не файл; ничего не записано", "is a folder, not a file; nothing was written"),
    "not_regular": (
        "это не обычный файл (устройство или канал); ничего не записано",
        "is not a regular file (a device or a pipe); nothing was written",
    ),
    "folder_unwritable": (
        "в эту папку нельзя писать ({reason}); ничего не записано",
        "cannot write in this folder ({reason}); nothing was written",
    ),
    "write_failed": ("файл не записан ({reason}); {kept}", "cannot write the file ({reason}); {kept}"),
    "old_file_kept": ("старый файл сохранён", "the old file is kept"),
    "nothing_written": ("ничего не записано", "nothing was written"),
    # the change list
    "for_recipient": (" для «{recipient}»", " for {recipient!r}"),
    "no_list_yet": (
        "список участников «{title}»{for_whom} ещё не выгружался",
        "no attendee list of {title!r} has been exported{for_whom} yet",
    ),
    "bad_since": (
        "список для сравнения — LAST (последний) или дата ГГГГ-ММ-ДД (или ГГГГ-ММ-ДДTЧЧ:ММ), а не «{value}»",
        "the list to compare with must be LAST or a date YYYY-MM-DD (or YYYY-MM-DDTHH:MM), not {value!r}",
    ),
    "no_list_before": (
        "список участников «{title}»{for_whom} не выгружался до {date} включительно; первый выгружен {first}",
        "no attendee list of {title!r} was exported{for_whom} on or before {date}; the first was on {first}",
    ),
    # flags and emblems
    "not_a_country": (
        "«{text}» — не страна: укажите код ISO 3166 (BY, CN, ...) или название по-русски или по-английски",
        "{text!r} is not a country: give its ISO 3166 code (BY, CN, ...) or its name in Russian or English",
    ),
    "image_too_big": (
        "изображение занимает {kb} КБ; флаг или герб — не больше 2 МБ",
        "the image is {kb} KB; a flag or emblem may be 2 MB at most",
    ),
    "image_format_unread": (
        "файл {format} — не изображение, которое читает программа",
        "a {format} file is not a picture the program reads",
    ),
    "image_too_large": (
        "изображение {width}×{height} пикселей; не больше {most} по каждой стороне",
        "the image is {width}x{height} pixels; at most {most} either way",
    ),
    "not_an_image": (
        "не изображение (PNG, JPEG, GIF, BMP, WebP): {reason}",
        "not an image (PNG, JPEG, GIF, BMP, WebP): {reason}",
    ),
    # files read: lists to import
    "no_such_file": ("файла нет", "no such file"),
    "file_empty": ("файл пуст", "the file is empty"),
    "file_too_big": (
        "файл занимает {mb} МБ; читаются списки до {most} МБ",
        "the file is {mb} MB; lists up to {most} MB are read",
    ),
    "csv_no_sheets": (
        "в файле CSV нет листов; лист выбирают только в книге XLSX",
        "a CSV file has no sheets; a sheet is chosen in an XLSX workbook only",
    ),
    "file_xls": (
        "это файл Excel 97-2003 (.xls) или книга с паролем; сохраните её как .xlsx без пароля или как CSV",
        "this is an Excel 97-2003 (.xls) file or a password-protected workbook; save it as .xlsx without a "
        "password, or as CSV",
    ),
    "file_pdf": ("это документ PDF, а не таблица", "this is a PDF document, not a table"),
    "file_image": ("это изображение, а не таблица", "this is an image, not a table"),
    "file_gzip": (
        "это сжатый файл (gzip); сначала распакуйте его",
        "this is a compressed (gzip) file; unpack it first",
    ),
    "file_rar": ("это архив RAR; сначала распакуйте его", "this is a RAR archive; unpack it first"),
    "file_7z": ("это архив 7-Zip; сначала распакуйте его", "this is a 7-Zip archive; unpack it first"),
    "wrong_encoding": (
        "файл не в кодировке {encoding} ({reason}); укажите его кодировку",
        "the file is not in {encoding} ({reason}); give its encoding",
    ),
    "bad_separator": ("разделитель — «;», «,» или табуляция", "the separator must be ';', ',' or tab"),
    "too_many_rows": (
        "в файле больше {most} строк; разделите его на списки поменьше",
        "the file has more than {most} rows; split it into smaller lists",
    ),
    "too_many_columns": ("больше {most} столбцов", "more than {most} columns"),
    "bad_csv": ("таблица CSV не читается ({reason})", "not a readable CSV table ({reason})"),
    "unknown_encoding": ("неизвестная кодировка «{value}»", "unknown encoding {value!r}"),
    "binary_file": (
        "это не электронная таблица и не текстовая таблица (двоичные данные)",
        "this is not a spreadsheet or a text table (binary data)",
    ),
    "encoding_unknown": (
        "не удаётся определить кодировку файла: это не текстовая таблица; укажите кодировку",
        "cannot tell the file's encoding: it is not a text table; give its encoding",
    ),
    "no_side_column": (
        "в файле нет столбца стороны (Сторона / Side), а у мероприятия сторон: {count}; укажите, для какой "
        "стороны список (стороны: {sides})",
        "the file has no side column (Сторона / Side) and the event has {count} sides; say which side the list "
        "is for (sides: {sides})",
    ),
    "mapping_no_field": (
        "соответствие {header}={name}: нет поля «{name}»; поля: {fields}",
        "mapping {header}={name}: no field {name!r}; fields are {fields}",
    ),
    "no_header_row": (
        "в первых {rows} строках нет строки заголовков: нужен столбец вроде {expected} (или задайте соответствие)",
        "no header row found in the first {rows} rows: a column such as {expected} is needed (or give a mapping)",
    ),
    "mapping_no_column": (
        "в соответствии назван столбец «{header}», которого нет в строке заголовков",
        "the mapping names a column {header!r} the header row does not have",
    ),
    "bad_mapping": (
        "«{text}» — не соответствие вида Заголовок=поле",
        "mapping {text!r} is not of the form Header=field",
    ),
    "position_unranked": (
        "должности «{text}» нет в лестнице рангов{more}: задайте её ранг один раз в разделе «Ранги» (или командой "
        "ranks set), иначе она идёт после всех известных должностей",
        "position {text!r} is not on the rank ladder{more}: rank it once in Ranks (or with ranks set), else it "
        "ranks after every known position",
    ),
    "also_rows": (" (и в строках {rows})", " (also rows {rows})"),
    "import_refused": ("{first}{more}; ничего не записано", "{first}{more}; nothing was written"),
    "more_errors": (" (и ещё ошибок: {n})", " (and {n} more errors)"),
    "column_unknown": (
        "столбец «{header}» неизвестен и не загружается",
        "column {header!r} is not known and is not imported",
    ),
    "columns_same_field": (
        "столбцы «{first}» и «{second}» оба дают поле {field}; используется первый",
        "columns {first!r} and {second!r} both give {field}; the first is used",
    ),
    # XLSX workbooks
    "zip_not_xlsx": (
        "архив zip, но не книга Excel (.xlsx)",
        "a zip archive, but not an Excel workbook (.xlsx)",
    ),
    "xlsx_damaged": (
        "повреждённый или не настоящий файл XLSX ({reason})",
        "a damaged or not a real XLSX file ({reason})",
    ),
    "xlsx_part_broken": (
        "повреждённый файл XLSX: часть не распаковывается ({reason})",
        "a damaged XLSX file: a part does not unpack ({reason})",
    ),
    "workbook_unopened": ("книга не открывается ({reason})", "cannot open the workbook ({reason})"),
    "zip_parts": (
        "в книге частей: {count}; отказано (zip-бомба?)",
        "the workbook holds {count} parts: refused (a zip bomb?)",
    ),
    "zip_bomb_total": (
        "книга распаковывается в {mb} МБ: отказано как zip-бомбе",
        "the workbook unpacks to {mb} MB: refused as a zip bomb",
    ),
    "zip_bomb_part": (
        "часть {part} распаковывается из {packed} в {size} байт: отказано как zip-бомбе",
        "part {part} unpacks from {packed} to {size} bytes: refused as a zip bomb",
    ),
    "part_too_big": (
        "часть {part} распаковывается в {mb} МБ: слишком много для списка (читается до {rows} строк); разделите его",
        "part {part} unpacks to {mb} MB: too big for a list (up to {rows} rows are read); split it",
    ),
    "part_missing": ("в книге нет её части {part}", "the workbook lacks its part {part}"),
    "xml_too_many": (
        "в части {part} слишком много {what}: отказано",
        "part {part} has too many {what}: refused",
    ),
    "xml_elements": ("элементов XML", "XML elements"),
    "xml_levels": ("уровней вложенности XML", "XML levels of nesting"),
    "xml_entities": (
        "часть {part} использует сущности XML: отказано как XML-бомбе",
        "part {part} uses XML entities: refused as an XML bomb",
    ),
    "in_part": ("часть {part}: {what}", "part {part} {what}"),
    "xml_dtd": (
        "объявляет DTD (сущности XML): отказано как XML-бомбе",
        "declares a DTD (XML entities): refused as an XML bomb",
    ),
    "xml_too_many_in": ("слишком много {what}: отказано", "has too many {what}: refused"),
    "xml_huge": (
        "тег или текст больше {mb} МБ: отказано",
        "has a tag or a text of more than {mb} MB: refused",
    ),
    "xml_invalid": ("неправильный XML ({reason})", "is not valid XML ({reason})"),
    "too_many_shared": (
        "больше {most} общих строк; разделите список",
        "holds more than {most} shared strings; split the list",
    ),
    "shared_too_long": (
        "строка {n} длиннее {most} знаков — больше, чем вмещает ячейка",
        "string {n} is longer than {most} characters, the most a cell holds",
    ),
    "shared_too_much": (
        "больше {most} млн знаков текста; разделите его",
        "holds more than {most} M characters of text; split it",
    ),
    "at_cell": ("лист «{sheet}», ячейка {cell}", "sheet {sheet!r}, cell {cell}"),
    "cell_too_long": (
        "{where}: больше {most} знаков — больше, чем вмещает ячейка",
        "{where} holds more than {most} characters, the most a cell holds",
    ),
    "bad_row_number": (
        "лист «{sheet}»: строка с номером «{ref}»: книга повреждена",
        "sheet {sheet!r}: a row is numbered {ref!r}: damaged",
    ),
    "sheet_too_many_rows": (
        "лист «{sheet}», строка {row}: в листе больше {most} строк; разделите его на списки поменьше",
        "sheet {sheet!r}, row {row}: the sheet has more than {most} rows; split it into smaller lists",
    ),
    "bad_cell_ref": (
        "лист «{sheet}», строка {row}: ячейка на месте «{ref}»: книга повреждена",
        "sheet {sheet!r}, row {row}: a cell is at {ref!r}: damaged",
    ),
    "cell_wrong_row": (
        "лист «{sheet}»: ячейка {ref} стоит в строке {row}: книга повреждена",
        "sheet {sheet!r}: cell {ref} stands in row {row}: damaged",
    ),
    "sheet_too_many_columns": (
        "{where}: в листе больше {most} столбцов",
        "{where}: the sheet uses more than {most} columns",
    ),
    "bad_shared_ref": (
        "{where}: ссылка на общую строку «{ref}», а в книге их {count}",
        "{where} refers to shared string {ref!r}; the workbook has {count}",
    ),
    "too_many_cells": (
        "{where}: больше {most} заполненных ячеек; разделите список",
        "{where}: more than {most} filled cells; split the list",
    ),
    "event_has_no_side": ("у мероприятия нет стороны «{text}»", "the event has no side {text!r}"),
    "bad_xml": ("часть {part} — неправильный XML ({reason})", "part {part} is not valid XML ({reason})"),
    "two_sheets_named": (
        "в книге два листа с именем «{name}»: она повреждена",
        "the workbook has two sheets named {name!r}: damaged",
    ),
    "too_many_sheets": (
        "в книге больше {most} листов: отказано",
        "the workbook has more than {most} sheets: refused",
    ),
    "no_sheets": ("в книге нет листов", "the workbook has no sheets"),
    "all_sheets_hidden": (
        "все листы книги скрыты; выберите лист по имени",
        "every sheet of the workbook is hidden; choose one by its name",
    ),
    "no_sheet": ("нет листа «{sheet}»; листы: {names}", "no sheet {sheet!r}; the sheets are: {names}"),
    "sheet_no_part": (
        "у листа «{sheet}» нет части в книге: она повреждена",
        "sheet {sheet!r} has no part in the workbook: damaged",
    ),
    # packages
    "package_unopened": ("не открывается ({reason})", "cannot be opened ({reason})"),
    "package_damaged_or_not": (
        "повреждён или не пакет Protocol Desk ({reason})",
        "is damaged or not a Protocol Desk package ({reason})",
    ),
    "does_not_exist": ("не существует", "does not exist"),
    "not_regular_file": ("не обычный файл", "is not a regular file"),
    "package_too_big": (
        "занимает {mb} МБ — больше, чем может пакет ({most} МБ)",
        "is {mb} MB, more than a package may be ({most} MB)",
    ),
    "not_sqlite_package": (
        "не пакет Protocol Desk (не база SQLite)",
        "is not a Protocol Desk package (not an SQLite database)",
    ),
    "package_damaged": ("повреждён ({problems})", "is damaged ({problems})"),
    "other_sqlite_package": (
        "база SQLite другой программы, а не пакет Protocol Desk",
        "is an SQLite database of another program, not a Protocol Desk package",
    ),
    "newer_package": (
        "записан более новой версией Protocol Desk (схема {schema}); обновите программу, чтобы загрузить его",
        "was written by a newer version of Protocol Desk (schema {schema}); update the program to import it",
    ),
    "unknown_table": (
        "содержит таблицу «{name}», которой Protocol Desk не знает",
        "has a table {name!r} that Protocol Desk does not know",
    ),
    "unknown_column": (
        "содержит столбец {column}, которого Protocol Desk не знает",
        "has a column {column} that Protocol Desk does not know",
    ),
    "package_dangling": (
        "повреждён (строка ссылается на строку, которой нет)",
        "is damaged (a row points at a row that is not there)",
    ),
    "package_events": (
        "содержит мероприятий: {count}; в пакете должно быть одно",
        "holds {count} events; a package holds one",
    ),
    "package_row_refused": (
        "содержит строку, которую хранилище не принимает ({reason}); ничего не загружено",
        "has a row the store refuses ({reason}); nothing was imported",
    ),
    # the store file
    "store_folder_missing": (
        "нельзя создать хранилище {file}: папки {folder} нет",
        "cannot create the store {file}: the folder {folder} does not exist",
    ),
    "store_is_folder": ("{file} — папка, а не файл хранилища", "{file} is a folder, not a store file"),
    "store_unopened": ("{file} не открывается ({reason})", "{file} cannot be opened ({reason})"),
    "not_a_store": (
        "{file} — не хранилище Protocol Desk (не база SQLite)",
        "{file} is not a Protocol Desk store (not an SQLite database)",
    ),
    "not_a_store_because": (
        "{file} — не хранилище Protocol Desk ({reason})",
        "{file} is not a Protocol Desk store ({reason})",
    ),
    "store_damaged": (
        "хранилище {file} повреждено ({detail}); ничего не записано; {restore}",
        "{file} is damaged ({detail}); nothing was written; {restore}",
    ),
    "restore_backup": (
        "восстановите резервную копию {backup} (скопируйте её поверх хранилища)",
        "restore the backup {backup} (copy it over the store)",
    ),
    "no_backup": (
        "резервной копии рядом нет; восстановите хранилище из своей копии",
        "no backup lies beside it; restore the store from your own copy",
    ),
    "no_wal": (
        "хранилище не может вести журнал упреждающей записи (режим {mode})",
        "the store cannot use write-ahead logging (journal mode {mode})",
    ),
    "newer_store": (
        "{file} записан более новой версией Protocol Desk (схема {schema}); обновите программу, чтобы открыть его",
        "{file} was written by a newer version of Protocol Desk (schema {schema}); update the program to open it",
    ),
    "other_sqlite_store": (
        "{file} — база SQLite другой программы, а не хранилище Protocol Desk",
        "{file} is an SQLite database of another program, not a Protocol Desk store",
    ),
}
