# ຂໍ້ຄວາມຂອງ kumban ກ່ຽວກັບໄຟລ໌ທີ່ມັນອ່ານ ແລະ ຂຽນ (ນຳເຂົ້າ, ສົ່ງອອກ, DHIS2).
# ຊື່ຖັນ, ລະຫັດ ແລະ ກະແຈ JSON ຄົງເປັນພາສາອັງກິດ: ມັນແມ່ນຄຳຂອງໄຟລ໌.
# Terms follow docs/glossary.md; the whole file awaits review by a native speaker.

## Import: a cell of a row
imp-must-be-empty = ຕ້ອງປະໃຫ້ຫວ່າງ { $why }
imp-enter-whole-number = ໃສ່ຈຳນວນເຕັມ
imp-not-whole-number = "{ $text }" ບໍ່ແມ່ນຈຳນວນເຕັມ
imp-not-yes-no = "{ $text }" ບໍ່ແມ່ນ yes ຫຼື no
imp-enter-amount-for-currency = ໃສ່ຈຳນວນເງິນສຳລັບສະກຸນເງິນນີ້
imp-currency-disagrees = ຂຽນວ່າ { $says } ແຕ່ຖັນ { $column } ຂຽນວ່າ { $currency }
imp-enter-one-of = ໃສ່ອັນໃດອັນໜຶ່ງໃນ { $words }
imp-not-one-of = "{ $text }" ບໍ່ແມ່ນອັນໃດອັນໜຶ່ງໃນ { $words }
imp-why-born-in-herd = ສຳລັບສັດທີ່ເກີດໃນຝູງ (ວັນທີຂອງມັນແມ່ນ born_on)
imp-enter-dam = ໃສ່ເບີຫູຂອງແມ່ລູກງົວ
imp-why-unless-born = ເວັ້ນເສຍແຕ່ທີ່ມາແມ່ນ born
imp-why-sold = ສຳລັບສັດທີ່ຂາຍແລ້ວ
imp-enter-sale-price = ໃສ່ລາຄາຂາຍ ແລະ ສະກຸນເງິນຂອງມັນ
imp-why-died = ສຳລັບສັດທີ່ຕາຍແລ້ວ
imp-why-active = ສຳລັບສັດທີ່ຍັງລ້ຽງຢູ່
imp-gestation-range = ໄລຍະຖືພາຕ້ອງຢູ່ລະຫວ່າງ 260 ຫາ 300 ມື້ (ງົວປົກກະຕິ 283 ມື້)
imp-why-calving = ສຳລັບການອອກລູກ
imp-why-lost = ສຳລັບການຖືພາທີ່ຫຼຸລູກ
imp-why-pending = ໃນຂະນະທີ່ການຖືພາຍັງລໍຖ້າຢູ່
imp-sire-both = ໃສ່ເບີຫູງົວເຖິກໃນຝູງ (sire_bull) ຫຼື ລະຫັດພໍ່ພັນຈາກພາຍນອກ (sire) ຢ່າງໃດຢ່າງໜຶ່ງ, ບໍ່ແມ່ນທັງສອງ
imp-expected-calving = { $expected } ບໍ່ແມ່ນ service_date + gestation_days ({ $computed }); ແກ້ໄຂ ຫຼື ປະໃຫ້ຫວ່າງ
imp-calves = ລູກງົວ { $n } ໂຕ: ຂຽນ 1, ຫຼື 2 ຖ້າເປັນແຝດ
imp-why-not-twins = ເວັ້ນເສຍແຕ່ calves ແມ່ນ 2 (ແຝດ)
imp-why-not-exited = ເວັ້ນເສຍແຕ່ສະຖານະຄວາມທຸກຍາກແມ່ນ exited
imp-members-range = ຈຳນວນສະມາຊິກຕ້ອງຢູ່ລະຫວ່າງ 1 ຫາ 30
imp-birth-year-range = ຂຽນປີເກີດ ເຊັ່ນ 1985
imp-enter-amount = ໃສ່ຈຳນວນເງິນ ແລະ ສະກຸນເງິນຂອງມັນ
imp-withdrawal-range = ຂຽນ 0 ຫາ { $max } (0 ຖ້າບໍ່ມີ)
imp-campaign-range = ແຄມເປນແມ່ນຕົວເລກທີ່ຫຼາຍກວ່າສູນ
imp-capacity-range = ຄວາມຈຸຕ້ອງຢູ່ລະຫວ່າງ 1 ຫາ 200 ໂຕ

## Import: rows against each other and the database
imp-twice = { $what } ປາກົດສອງເທື່ອໃນການນຳເຂົ້ານີ້ (ຍັງຢູ່ທີ່ { $at })
imp-already-stored = { $what } ມີຢູ່ໃນຖານຂໍ້ມູນແລ້ວ; ເອົາແຖວນີ້ອອກ, ຫຼື ນຳເຂົ້າດ້ວຍ --update ເພື່ອປ່ຽນມັນ
imp-what-household = ຄົວເຮືອນ { $code }
imp-what-pen = ຄອກງົວ "{ $label }" ຂອງຄົວເຮືອນ { $household }
imp-what-animal = ສັດ { $tag }
imp-what-pregnancy = ການຖືພາຂອງ { $cow } ທີ່ປະສົມພັນວັນທີ { $date }
imp-what-member = ສະມາຊິກ { $name } ຂອງຄົວເຮືອນ { $household }
imp-what-training = ການຝຶກອົບຮົມເລື່ອງ { $topic } ທີ່ { $place } ວັນທີ { $date }
imp-what-attendance = ການເຂົ້າຮ່ວມຂອງ { $member } ຈາກຄົວເຮືອນ { $household } ໃນການຝຶກອົບຮົມເລື່ອງ { $topic } ວັນທີ { $date }
imp-what-visit = ການຢ້ຽມຢາມຂອງ { $technician } ທີ່ຄົວເຮືອນ { $household } ວັນທີ { $date }
imp-what-weight = ການຊັ່ງນ້ຳໜັກແບບ { $method } ຂອງ { $animal } ວັນທີ { $date }
imp-what-health = { $kind } ({ $product }) ຂອງ { $animal } ວັນທີ { $date }
imp-what-rate = ອັດຕາແລກປ່ຽນ { $currency } ວັນທີ { $date }
imp-pens-same-label-stored = ຄົວເຮືອນ { $household } ມີຄອກງົວ { $n } ຄອກທີ່ຊື່ "{ $label }" ໃນຖານຂໍ້ມູນ; ຕັ້ງຊື່ໃຫ້ແຕກຕ່າງກັນກ່ອນ
imp-pregnancies-same-day-stored = { $cow } ມີການຖືພາ { $n } ຄັ້ງທີ່ປະສົມພັນວັນທີ { $date } ໃນຖານຂໍ້ມູນ; ບອກບໍ່ໄດ້ວ່າແຖວນີ້ແມ່ນອັນໃດ
imp-income-already-stored = ບັນທຶກລາຍຮັບນີ້ຂອງ { $household } ວັນທີ { $date } ມີຢູ່ໃນຖານຂໍ້ມູນແລ້ວ; ເອົາແຖວນີ້ອອກ, ຫຼື ນຳເຂົ້າດ້ວຍ --update ເພື່ອຂ້າມມັນ
imp-training-no-attendees = ການຝຶກອົບຮົມເລື່ອງ { $topic } ທີ່ { $place } ວັນທີ { $date } ບໍ່ມີຜູ້ເຂົ້າຮ່ວມ; ເພີ່ມແຖວຂອງມັນໃສ່ attendance.csv
imp-no-training = ບໍ່ມີການຝຶກອົບຮົມເລື່ອງ { $topic } ທີ່ { $place } ວັນທີ { $date } ໃນການນຳເຂົ້ານີ້ ຫຼື ໃນຖານຂໍ້ມູນ
imp-no-member = ຄົວເຮືອນ { $household } ບໍ່ມີສະມາຊິກຊື່ "{ $member }" ໃນການນຳເຂົ້ານີ້ ຫຼື ໃນຖານຂໍ້ມູນ
imp-enter-household = ໃສ່ລະຫັດຂອງຄົວເຮືອນ ເຊັ່ນ BS-07
imp-no-household = ບໍ່ມີຄົວເຮືອນ { $code } ໃນການນຳເຂົ້ານີ້ ຫຼື ໃນຖານຂໍ້ມູນ
imp-no-pen = ຄົວເຮືອນ { $code } ບໍ່ມີຄອກງົວຊື່ "{ $label }" ໃນການນຳເຂົ້ານີ້ ຫຼື ໃນຖານຂໍ້ມູນ
imp-pens-same-label = ຄົວເຮືອນ { $code } ມີຄອກງົວ { $n } ຄອກທີ່ຊື່ "{ $label }"; ຕັ້ງຊື່ໃຫ້ແຕກຕ່າງກັນກ່ອນ
imp-no-animal = ບໍ່ມີສັດ { $tag } ໃນການນຳເຂົ້ານີ້ ຫຼື ໃນຖານຂໍ້ມູນ
imp-dam-loop = ສາຍແມ່ພັນຂອງ { $tag } ວົນກັບມາຫາ { $tag }; ສັດໂຕໜຶ່ງບໍ່ສາມາດເປັນບັນພະບຸລຸດຂອງມັນເອງ
imp-store-refused = ຖານຂໍ້ມູນປະຕິເສດການນຳເຂົ້າ

## Import: files and folders
imp-cannot-open = ເປີດມັນບໍ່ໄດ້: { $reason }
imp-cannot-read = ອ່ານມັນບໍ່ໄດ້: { $reason }
imp-cannot-read-here = ອ່ານໄຟລ໌ບ່ອນນີ້ບໍ່ໄດ້: { $reason }
imp-file-empty = ໄຟລ໌ຫວ່າງເປົ່າ; ມັນຄວນເລີ່ມດ້ວຍແຖວຫົວຖັນ (ເບິ່ງ docs/export-format.md)
imp-file-utf16 = ໄຟລ໌ນີ້ເປັນຂໍ້ຄວາມ UTF-16; ບັນທຶກເປັນ UTF-8 (ໃນ Excel: "CSV UTF-8") ແລ້ວນຳເຂົ້າອີກຄັ້ງ
imp-file-workbook = ນີ້ແມ່ນປຶ້ມວຽກ (.xlsx ຫຼື .ods), ບໍ່ແມ່ນ CSV; ບັນທຶກແຜ່ນງານເປັນ "CSV UTF-8" ແລ້ວນຳເຂົ້າອັນນັ້ນ
imp-file-backup = ອັນນີ້ຄືສຳຮອງຂໍ້ມູນຂອງ kumban; ໃຊ້ `kumban restore` ສຳລັບສຳຮອງຂໍ້ມູນ
imp-column-twice = ຖັນ "{ $name }" ປາກົດສອງເທື່ອ
imp-column-unknown = ບໍ່ຮູ້ຈັກຖັນ "{ $name }"; ຖັນຂອງ { $stem }.csv ແມ່ນ { $columns }
imp-column-missing = ຂາດຖັນ "{ $name }"
imp-kind-unknown = ບອກບໍ່ໄດ້ວ່າໄຟລ໌ນີ້ມີບັນທຶກປະເພດໃດ; ຕັ້ງຊື່ມັນເປັນ { $names } (ຫຼື .json), ຫຼື ໃຊ້ຊື່ຖັນຕາມ docs/export-format.md
imp-row-too-long = ແຖວຍາວກວ່າ { $limit } ໄບຕ໌; ມີເຄື່ອງໝາຍວົງຢືມ (") ທີ່ບໍ່ໄດ້ປິດບໍ? ບໍ່ໄດ້ອ່ານຫຍັງຫຼັງຈາກນັ້ນ
imp-cell-not-utf8 = ຫ້ອງທີ { $n } ບໍ່ແມ່ນຂໍ້ຄວາມ UTF-8; ບັນທຶກໄຟລ໌ເປັນ UTF-8 (ໃນ Excel: "CSV UTF-8") ແລ້ວນຳເຂົ້າອີກຄັ້ງ
imp-cell-multiline = ຫ້ອງນີ້ຍາວຫຼາຍແຖວ; ມີເຄື່ອງໝາຍວົງຢືມ (") ທີ່ບໍ່ໄດ້ປິດບໍ?
imp-cell-count = ມີ { $n } ຫ້ອງ ແຕ່ແຖວຫົວຖັນມີ { $width }; ກວດເບິ່ງເຄື່ອງໝາຍຈຸດ (,) ທີ່ຂາດ ຫຼື ເກີນ
imp-no-header = ໄຟລ໌ບໍ່ມີແຖວຫົວຖັນ; ແຖວທຳອິດຕ້ອງບອກຊື່ຖັນ (ເບິ່ງ docs/export-format.md)
imp-record-too-long = ບັນທຶກຍາວກວ່າ { $limit } ໄບຕ໌; ມີເຄື່ອງໝາຍວົງຢືມ (") ທີ່ບໍ່ໄດ້ປິດບໍ? ບໍ່ໄດ້ອ່ານຫຍັງຫຼັງຈາກນັ້ນ
imp-json-cut-short = JSON ຈົບໄວເກີນໄປ; ໄຟລ໌ຖືກຕັດສັ້ນ (ສຳເນົາມັນອີກຄັ້ງ)
imp-json-invalid = ບ່ອນນີ້ບໍ່ແມ່ນ JSON ທີ່ຖືກຕ້ອງ: { $reason }
imp-json-not-export = ນີ້ບໍ່ແມ່ນສິ່ງທີ່ການສົ່ງອອກມີ: { $reason }
imp-json-format = "format" ບໍ່ແມ່ນ "kumban-export"; ນີ້ບໍ່ແມ່ນການສົ່ງອອກຂອງ kumban
imp-json-version = ການສົ່ງອອກນີ້ແມ່ນລຸ້ນ { $found }, kumban ນີ້ອ່ານໄດ້ເຖິງລຸ້ນ { $supported }; ອັບເດດ kumban
imp-json-top-key = ບໍ່ຮູ້ຈັກກະແຈ "{ $key }"; ຄາດວ່າຈະເປັນ format, version, households, pens, animals, pregnancies ຫຼື income
imp-json-key-twice = ກະແຈ "{ $key }" ປາກົດສອງເທື່ອໃນ{ $within }ນີ້; ເກັບໄວ້ພຽງອັນດຽວ ເພື່ອໃຫ້ຮູ້ຊັດວ່າໝາຍເຖິງຄ່າໃດ
imp-json-expecting-top = ລາຍການບັນທຶກ, ຫຼື ວັດຖຸທີ່ `kumban export --out -` ຂຽນ
imp-json-expecting-records = ລາຍການຂອງວັດຖຸບັນທຶກ
imp-json-document = ເອກະສານ
imp-json-record = ບັນທຶກ
imp-json-key-missing = ຂາດ; ທຸກບັນທຶກຕ້ອງມີກະແຈນີ້
imp-json-not-group = { $value } ບໍ່ແມ່ນຊື່ກຸ່ມ
imp-json-expected = ຄາດວ່າຈະເປັນ{ $expected }, ແຕ່ພົບ{ $found }
imp-json-key-unknown = ບໍ່ຮູ້ຈັກກະແຈ "{ $key }"; ກະແຈຂອງບັນທຶກ { $stem } ມີລາຍຊື່ຢູ່ໃນ docs/export-format.md
imp-json-a-text = ຂໍ້ຄວາມ
imp-json-a-whole-number = ຈຳນວນເຕັມ
imp-json-true-or-false = true ຫຼື false
imp-json-a-group-list = ລາຍຊື່ກຸ່ມ
imp-json-a-list = ລາຍການ
imp-json-an-object = ວັດຖຸ (object)
imp-json-a-value = ຄ່າໜຶ່ງ
imp-path-missing = ບໍ່ມີ { $path }; ໃຫ້ໂຟນເດີການສົ່ງອອກ ຫຼື ໄຟລ໌ .csv ຫຼື .json
imp-path-unreadable = ອ່ານ { $path } ບໍ່ໄດ້: { $reason }; ກວດວ່າທ່ານມີສິດອ່ານມັນ
imp-csv-and-json = { $path } ມີທັງ { $stem }.csv ແລະ { $stem }.json; ເກັບໄວ້ອັນດຽວ
imp-no-export-files = { $path } ບໍ່ມີໄຟລ໌ການສົ່ງອອກ; ຄາດວ່າຈະມີ households.csv, pens.csv, animals.csv, pregnancies.csv ຫຼື income.csv (ຫຼື .json)
imp-not-a-file = { $path } ແມ່ນ{ $what }, ບໍ່ແມ່ນໄຟລ໌ ຫຼື ໂຟນເດີຂອງໄຟລ໌ການສົ່ງອອກ; ໃຫ້ໂຟນເດີການສົ່ງອອກ ຫຼື ໄຟລ໌ .csv ຫຼື .json
imp-a-named-pipe = ທໍ່ທີ່ມີຊື່ (named pipe)
imp-a-device = ອຸປະກອນ
imp-a-socket = ຊັອກເກັດ (socket)
imp-something-else = ສິ່ງອື່ນ

## The command line's checks of values (--period, --currency, --today, KUMBAN_TODAY)
err-period-malformed = "{ $text }" ບໍ່ແມ່ນເດືອນ; ຂຽນເປັນ YYYY-MM ເຊັ່ນ 2026-10
err-period-range = { $text } ຢູ່ນອກປີ 1990 ຫາ 2100; ກວດເບິ່ງປີ
err-span-malformed = "{ $text }" ບໍ່ແມ່ນໄລຍະເວລາ; ຂຽນປີ (2026), ເດືອນ (2026-03) ຫຼື ໄຕມາດ (2026-Q1)
cli-not-a-currency = "{ $text }" ບໍ່ແມ່ນສະກຸນເງິນທີ່ kumban ຮູ້ຈັກ; ເລືອກອັນໃດອັນໜຶ່ງໃນ { $codes }
cli-env-invalid-value = ຄ່າ '{ $value }' ຂອງ { $name } ບໍ່ຖືກຕ້ອງ: { $why }
cli-report-all-one-document = --by all ໃສ່ທຸກລາຍງານໃນເອກະສານດຽວ: ໃຊ້ --format text ຫຼື html, ຫຼື ຂໍ CSV ແລະ JSON ເທື່ອລະ --by
usage-invalid-value-why = '{ $value }' ບໍ່ແມ່ນຄ່າທີ່ໃຊ້ໄດ້ສຳລັບ '{ $arg }': { $why }

## Export and DHIS2
exp-dangling = { $what } ອ້າງເຖິງ { $target } id { $id } ທີ່ບໍ່ມີຢູ່; ແລ່ນ `kumban check` ແລະ ກູ້ຄືນສຳຮອງຂໍ້ມູນ
exp-standard-output = ຜົນອອກມາດຕະຖານ (standard output)
exp-cannot-write = ຂຽນ { $path } ບໍ່ໄດ້: { $error }; ກວດວ່າມີໂຟນເດີນັ້ນ ແລະ ຂຽນໃສ່ໄດ້
exp-dhis2-needs-period = --format dhis2 ຕ້ອງມີ --period YYYY-MM, ເດືອນທີ່ຈະລາຍງານ, ເຊັ່ນ --period 2026-11
exp-period-not-json = --period ໃຊ້ກັບ --format dhis2 (ຫຼື csv, ສຳລັບຄ່າຂໍ້ມູນ DHIS2 ແບບ CSV); --format json ຂຽນທຸກບັນທຶກ, ບໍ່ວ່າວັນທີໃດ
exp-stdout-not-csv = --out - ຂຽນເອກະສານ JSON ອັນດຽວ; ໃຊ້ --format json ກັບມັນ, ຫຼື ໃຫ້ໂຟນເດີສຳລັບໄຟລ໌ CSV
dhis2-exported-json = ສົ່ງອອກຊຸດຄ່າຂໍ້ມູນ DHIS2 ຂອງ { $period } ແລ້ວ: { $values } ຄ່າ ສຳລັບ { $villages } ບ້ານ ໄປທີ່ { $path }.
dhis2-exported-csv = ສົ່ງອອກຄ່າຂໍ້ມູນ DHIS2 (CSV) ຂອງ { $period } ແລ້ວ: { $values } ຄ່າ ສຳລັບ { $villages } ບ້ານ ໄປທີ່ { $path }.
dhis2-no-mapping = ບໍ່ມີການຈັບຄູ່ DHIS2 ທີ່ { $path }
dhis2-mapping-unreadable = ອ່ານ { $path } ບໍ່ໄດ້: { $error }; ກວດເບິ່ງສິດຂອງໄຟລ໌
dhis2-mapping-invalid = { $path } ບໍ່ແມ່ນການຈັບຄູ່ DHIS2: { $why }; ແກ້ໄຂຕາມທີ່ docs/export-format.md ("DHIS2 mapping") ສະແດງ
dhis2-codes = ລະຫັດ { $n } ອັນຂາດ ຫຼື ຜິດໃນ { $path }
dhis2-no-mapping-template = ບໍ່ມີການຈັບຄູ່ DHIS2 ທີ່ { $path }; ບໍ່ໄດ້ຂຽນຫຍັງ. ຂຽນລະຫັດຂອງເມືອງໃສ່ບ່ອນນັ້ນ ຕາມແບບນີ້ (docs/export-format.md, "DHIS2 mapping"), ໃສ່ທຸກບ່ອນທີ່ເປັນ "":
dhis2-codes-refused = ລະຫັດ { $n } ອັນຂາດ ຫຼື ຜິດໃນ { $path } (ລາຍການຢູ່ຂ້າງເທິງ); ບໍ່ໄດ້ຂຽນຫຍັງ. ແກ້ໄຂການຈັບຄູ່ ແລ້ວສົ່ງອອກອີກຄັ້ງ.
dhis2-no-code = { $section }: ບໍ່ມີລະຫັດສຳລັບ "{ $name }"
dhis2-bad-code = { $section }: ລະຫັດຂອງ "{ $name }" ({ $code }) { $why }
dhis2-code-empty = ຫວ່າງເປົ່າ
dhis2-code-too-long = ຍາວກວ່າ 50 ຕົວອັກສອນທີ່ DHIS2 ເກັບໄດ້
dhis2-code-control = ມີຕົວອັກສອນຄວບຄຸມ ຫຼື ຍະຫວ່າງຢູ່ຫົວ ຫຼື ທ້າຍ
dhis2-code-formula = ເລີ່ມດ້ວຍ = + - ຫຼື @, ເຊິ່ງແຜ່ນງານອ່ານເປັນສູດ
dhis2-unknown-indicator = dataElements: "{ $key }" ບໍ່ແມ່ນຕົວຊີ້ວັດທີ່ kumban ລາຍງານ (docs/export-format.md ມີລາຍການ)
dhis2-unknown-currency = categoryOptionCombos: "{ $key }" ບໍ່ແມ່ນສະກຸນເງິນທີ່ kumban ເກັບ (LAK, USD, CNY, THB)

## Backup and restore: why a backup is damaged, why a restore stopped
backup-doing-restoring = ກູ້ຄືນ
backup-doing-compacting = ບີບອັດ
backup-nothing-changed = { $reason }; ບໍ່ໄດ້ປ່ຽນຫຍັງ
backup-cannot-copy-access = ສຳເນົາ { $path } ໃສ່ຖານຂໍ້ມູນໃໝ່ບໍ່ໄດ້: { $reason }; ບໍ່ໄດ້ປ່ຽນຫຍັງ
backup-disk-full = ດິສເຕັມໃນຂະນະ{ $doing }: ສຳເນົາໃໝ່ຂອງຖານຂໍ້ມູນຕ້ອງການບ່ອນຫວ່າງປະມານ { $needed } ຂ້າງ { $path } ແລະ ຕອນນີ້ຫວ່າງ { $free }; ບໍ່ໄດ້ປ່ຽນຫຍັງ (ຖານຂໍ້ມູນຍັງຄືເກົ່າ); ເຮັດໃຫ້ມີບ່ອນຫວ່າງແລ້ວລອງໃໝ່
backup-cannot-swap = ເອົາຖານຂໍ້ມູນໃໝ່ໄປແທນ { $path } ບໍ່ໄດ້: { $reason }; ບໍ່ໄດ້ປ່ຽນຫຍັງ
backup-parent-not-writable = ກູ້ຄືນ ຫຼື ບີບອັດບໍ່ໄດ້: { $path } ບໍ່ອະນຸຍາດໃຫ້ຜູ້ໃຊ້ນີ້ສ້າງໂຟນເດີໃນນັ້ນ, ແລະ ຖານຂໍ້ມູນໃໝ່ຖືກສ້າງຢູ່ບ່ອນນັ້ນຂ້າງອັນເກົ່າ; ບໍ່ໄດ້ປ່ຽນຫຍັງ; ຂໍໃຫ້ຜູ້ເບິ່ງແຍງຄອມພິວເຕີຫ້ອງການອະນຸຍາດໃຫ້ກຸ່ມຂຽນໃສ່ { $path } (ເບິ່ງ docs/office-setup.md) ຫຼື ໃຫ້ເຂົາເຮັດເອງ
backup-cannot-make = ສ້າງ { $path } ບໍ່ໄດ້: { $reason }; ບໍ່ໄດ້ປ່ຽນຫຍັງ
backup-line-too-long = ມີແຖວໜຶ່ງຍາວກວ່າທີ່ສຳຮອງຂໍ້ມູນໃດໆຂຽນຫຼາຍ
backup-compressed-unreadable = ອ່ານຂໍ້ມູນທີ່ບີບອັດຂອງມັນບໍ່ໄດ້: { $reason }
backup-header = ຫົວຂອງມັນ: { $reason }
backup-version-0 = ຫົວຂອງມັນລະບຸລຸ້ນ 0
backup-other-format = ຫົວຂອງມັນລະບຸຮູບແບບທີ່ບໍ່ແມ່ນຂອງໄຟລ໌ເອງ
backup-checksum-unreadable = ອ່ານແຖວ checksum ຂອງມັນບໍ່ໄດ້
backup-checksum-mismatch = checksum ຂອງມັນບໍ່ກົງກັບເນື້ອໃນ: ມີໄບຕ໌ຖືກປ່ຽນຫຼັງຈາກຂຽນແລ້ວ
backup-at-line = ແຖວ { $line }: { $reason }
backup-no-counters = ຂາດແຖວຕົວນັບ
backup-second-counters = ແຖວຕົວນັບທີສອງ
backup-schema-unknown = schema { $schema } ບໍ່ແມ່ນອັນທີ່ kumban ນີ້ອ່ານໄດ້ (1 ຫາ { $supported })
backup-schema-no-way = ບໍ່ມີທາງປັບ schema { $schema } ຂຶ້ນເປັນ { $supported }
backup-saves-kept-landing = ມີການບັນທຶກເຂົ້າມາເລື້ອຍໆ
backup-what-backup-format = ຮູບແບບສຳຮອງຂໍ້ມູນ
backup-what-database-schema = schema ຖານຂໍ້ມູນ
atomic-not-a-file-name = { $path } ບໍ່ແມ່ນຊື່ໄຟລ໌

## Export: what a record that names a missing one is
exp-what-health = ບັນທຶກສຸຂະພາບວັນທີ { $date }
exp-what-income = ບັນທຶກລາຍຮັບວັນທີ { $date }
exp-what-member = ສະມາຊິກຄອບຄົວ { $name }
exp-what-pen = ຄອກງົວ { $label }
exp-what-attendance = ການເຂົ້າຮ່ວມການຝຶກອົບຮົມ { $training }
exp-what-visit = ການຢ້ຽມຢາມຂອງນັກວິຊາການວັນທີ { $date }
exp-what-weight = ນ້ຳໜັກວັນທີ { $date }
exp-what-pregnancy = ການຖືພາທີ່ປະສົມພັນວັນທີ { $date }
