# kumban messages: Lao. Terms follow docs/glossary.md; those marked
# for review there are a best effort until a native speaker confirms.

## Screens (their English is Tab::title)
tab-dashboard = ໜ້າສັງລວມ
tab-households = ຄົວເຮືອນ
tab-pens = ຄອກງົວ
tab-cattle = ງົວ
tab-breeding = ການປະສົມພັນ
tab-income = ລາຍຮັບ
tab-history = ປະຫວັດ
tab-review = ການທົບທວນ

## Groups of the navigation bar (nav::GROUPS)
group-home = ໜ້າຫຼັກ
group-households = ຄົວເຮືອນ
group-herd = ຝູງງົວ
group-money = ການເງິນ
group-checks = ກວດສອບ

## Key descriptions of the help popup (keymap.rs, forms keys)
help-quit-asks-first-when-a-form-holds-changes = ອອກ (ຖາມກ່ອນ ຖ້າແບບຟອມມີການປ່ຽນແປງ)
help-quit = ອອກ
help-help-for-this-screen-again-to-close = ຄຳແນະນຳຂອງໜ້ານີ້ (ກົດອີກເທື່ອເພື່ອປິດ)
help-back-close-the-popup-clear-the-filter-or-leave-a-related-view = ກັບຄືນ: ປິດປ໊ອບອັບ, ລ້າງຕົວກັ່ນຕອງ ຫຼື ອອກຈາກມຸມມອງທີ່ກ່ຽວຂ້ອງ
help-redraw-the-whole-screen = ແຕ້ມໜ້າຈໍຄືນໃໝ່ທັງໝົດ
help-go-to-a-group-of-screens-again-its-next-screen = ໄປທີ່ກຸ່ມໜ້າຈໍ; ກົດອີກ: ໜ້າຖັດໄປຂອງກຸ່ມ
help-next-screen-in-the-order-of-the-bar = ໜ້າຈໍຖັດໄປ, ຕາມລຳດັບຂອງແຖບ
help-previous-screen = ໜ້າຈໍກ່ອນໜ້າ
help-down-one-row = ລົງໜຶ່ງແຖວ
help-up-one-row = ຂຶ້ນໜຶ່ງແຖວ
help-down-one-page = ລົງໜຶ່ງໜ້າ
help-up-one-page = ຂຶ້ນໜຶ່ງໜ້າ
help-first-row = ແຖວທຳອິດ
help-last-row = ແຖວສຸດທ້າຍ
help-select-the-next-figure-or-calving = ເລືອກຕົວເລກ ຫຼື ການອອກລູກຖັດໄປ
help-select-the-previous-figure-or-calving = ເລືອກຕົວເລກ ຫຼື ການອອກລູກກ່ອນໜ້າ
help-open-the-list-or-the-record-behind-the-selected-figure-or-calving = ເປີດລາຍການ ຫຼື ບັນທຶກທີ່ຢູ່ເບື້ອງຫຼັງຕົວເລກ ຫຼື ການອອກລູກທີ່ເລືອກ
help-scroll-down = ເລື່ອນລົງ
help-scroll-up = ເລື່ອນຂຶ້ນ
help-open-the-record-every-field-and-its-related-records = ເປີດບັນທຶກ: ທຸກຊ່ອງ ແລະ ບັນທຶກທີ່ກ່ຽວຂ້ອງ
help-new-record-in-a-form = ບັນທຶກໃໝ່, ໃນແບບຟອມ
help-edit-the-record-in-a-form = ແກ້ໄຂບັນທຶກໃນແບບຟອມ
help-delete-the-record-asks-y-n-refused-while-others-point-to-it = ລຶບບັນທຶກ (ຖາມ y/N; ບໍ່ໄດ້ ຖ້າມີບັນທຶກອື່ນອ້າງເຖິງ)
help-record-a-service-of-this-cow-a-new-pending-pregnancy = ບັນທຶກການປະສົມພັນຂອງແມ່ງົວໂຕນີ້: ການຖືພາໃໝ່ທີ່ລໍຖ້າ
help-record-the-sale-of-this-animal-with-the-income = ບັນທຶກການຂາຍສັດໂຕນີ້, ພ້ອມລາຍຮັບ
help-record-the-death-of-this-animal = ບັນທຶກການຕາຍຂອງສັດໂຕນີ້
help-pregnancy-check-pregnant-open-or-check-again-later = ການກວດການຖືພາ: ຖືພາ, ບໍ່ຖືພາ ຫຼື ກວດຄືນພາຍຫຼັງ
help-record-the-calving-and-the-calf = ບັນທຶກການອອກລູກ ແລະ ລູກງົວ
help-record-a-lost-pregnancy = ບັນທຶກການຫຼຸລູກ
help-record-a-service-a-new-pending-pregnancy-choose-the-cow = ບັນທຶກການປະສົມພັນ: ການຖືພາໃໝ່ທີ່ລໍຖ້າ (ເລືອກແມ່ງົວ)
help-this-household-s-pens = ຄອກງົວຂອງຄົວເຮືອນນີ້
help-this-household-s-cattle = ງົວຂອງຄົວເຮືອນນີ້
help-this-household-s-income = ລາຍຮັບຂອງຄົວເຮືອນນີ້
help-the-animals-in-this-pen = ສັດໃນຄອກນີ້
help-this-cow-s-breeding-history = ປະຫວັດການປະສົມພັນຂອງແມ່ງົວໂຕນີ້
help-this-cow-s-calves = ລູກງົວຂອງແມ່ງົວໂຕນີ້
help-income-logs-naming-this-animal = ບັນທຶກລາຍຮັບ-ລາຍຈ່າຍທີ່ກ່າວເຖິງສັດໂຕນີ້
help-the-cow = ແມ່ງົວ
help-approve-the-month-its-records-are-locked-officers = ອະນຸມັດເດືອນ: ບັນທຶກຂອງເດືອນຖືກລັອກ (ເຈົ້າໜ້າທີ່)
help-return-the-month-to-the-clerk-with-a-comment-officers = ສົ່ງເດືອນຄືນໃຫ້ພະນັກງານບັນທຶກຂໍ້ມູນ, ພ້ອມຄຳເຫັນ (ເຈົ້າໜ້າທີ່)
help-reopen-an-approved-month-officers = ເປີດເດືອນທີ່ອະນຸມັດແລ້ວຄືນ (ເຈົ້າໜ້າທີ່)
help-mark-a-returned-month-s-fixes-done = ໝາຍວ່າແກ້ໄຂເດືອນທີ່ຖືກສົ່ງຄືນແລ້ວ
help-the-household-it-belongs-to = ຄົວເຮືອນເຈົ້າຂອງ
help-filter-the-list-as-you-type-esc-clears = ກັ່ນຕອງລາຍການຂະນະພິມ (Esc ລ້າງ)
help-sort-by-the-next-column = ຈັດລຽງຕາມຖັນຖັດໄປ
help-reverse-the-sort-order = ປີ້ນລຳດັບການຈັດລຽງ
help-undo-the-last-change-made-in-this-session-a-whole-calving-at-once = ຖອຍຄືນການປ່ຽນແປງສຸດທ້າຍຂອງລອບນີ້ (ການອອກລູກທັງໝົດໃນເທື່ອດຽວ)
help-reload-from-the-database-see-others-changes = ໂຫຼດຄືນຈາກຖານຂໍ້ມູນ (ເບິ່ງການປ່ຽນແປງຂອງຄົນອື່ນ)
help-go-to-a-screen-by-name-a-list-that-narrows-as-you-type = ໄປທີ່ໜ້າຈໍຕາມຊື່: ລາຍການທີ່ແຄບລົງຂະນະພິມ
help-keep-the-filter-and-go-back-to-the-list = ເກັບຕົວກັ່ນຕອງໄວ້ ແລະ ກັບໄປທີ່ລາຍການ
help-delete-the-last-letter = ລຶບຕົວອັກສອນສຸດທ້າຍ
help-type-to-narrow-the-list-any-case-any-script = ພິມເພື່ອຫຍໍ້ລາຍການ (ຕົວພິມໃດກໍ່ໄດ້, ອັກສອນໃດກໍ່ໄດ້)
help-yes = ແມ່ນ
help-no-the-default = ບໍ່ (ຄ່າເລີ່ມຕົ້ນ)
help-close-the-message = ປິດຂໍ້ຄວາມ
help-narrow-the-list-a-screen-s-or-its-group-s-name = ຫຍໍ້ລາຍການ: ຊື່ໜ້າຈໍ ຫຼື ຊື່ກຸ່ມ
help-move-in-the-list = ເລື່ອນໃນລາຍການ
help-go-to-the-chosen-screen = ໄປທີ່ໜ້າຈໍທີ່ເລືອກ
help-close-the-list-staying-where-you-are = ປິດລາຍການ, ຢູ່ບ່ອນເກົ່າ
help-widen-the-filter = ຂະຫຍາຍຕົວກັ່ນຕອງ
help-next-field = ຊ່ອງຖັດໄປ
help-previous-field = ຊ່ອງກ່ອນໜ້າ
help-next-field-on-the-last-field-save-on-an-empty-reference-open-its-list = ຊ່ອງຖັດໄປ; ຢູ່ຊ່ອງສຸດທ້າຍ: ບັນທຶກ; ຢູ່ຊ່ອງອ້າງອີງທີ່ຫວ່າງ: ເປີດລາຍການ
help-save-only-valid-records-are-saved-what-was-typed-stays = ບັນທຶກ (ບັນທຶກສະເພາະຂໍ້ມູນທີ່ຖືກຕ້ອງ; ສິ່ງທີ່ພິມຍັງຢູ່)
help-close-the-form-asks-y-n-first-if-anything-was-typed = ປິດແບບຟອມ; ຖາມ y/N ກ່ອນ ຖ້າມີການພິມ
help-move-in-the-text-change-a-choice = ເລື່ອນໃນຂໍ້ຄວາມ; ປ່ຽນຕົວເລືອກ
help-delete-the-character-before-after-the-cursor = ລຶບຕົວອັກສອນກ່ອນ / ຫຼັງເຄີເຊີ
help-clear-the-field = ລ້າງຊ່ອງ
help-at-the-end-of-the-text-take-the-dimmed-name-suggested-after-it = ຢູ່ທ້າຍຂໍ້ຄວາມ: ເອົາຊື່ທີ່ແນະນຳສະແດງຈາງໆ
help-after-warnings-with-nothing-changed-save-anyway = ຫຼັງຄຳເຕືອນ, ບໍ່ໄດ້ແກ້ຫຍັງ: ບັນທຶກເລີຍ
help-typed-into-the-field-space-changes-a-choice-or-opens-a-list = ພິມລົງໃນຊ່ອງ (Space ປ່ຽນຕົວເລືອກ ຫຼື ເປີດລາຍການ)
help-narrow-the-list-code-or-name-any-case-any-script = ຫຍໍ້ລາຍການ: ລະຫັດ ຫຼື ຊື່, ຕົວພິມໃດກໍ່ໄດ້, ອັກສອນໃດກໍ່ໄດ້
help-choose = ເລືອກ
help-back-to-the-form-nothing-chosen = ກັບໄປແບບຟອມ, ບໍ່ໄດ້ເລືອກຫຍັງ

## Footer key hints (keymap.rs)
hint-quit = ອອກ
hint-help = ຊ່ວຍ
hint-back = ກັບ
hint-open = ເປີດ
hint-new = ໃໝ່
hint-edit = ແກ້ໄຂ
hint-delete = ລຶບ
hint-service = ປະສົມພັນ
hint-sale = ຂາຍ
hint-death = ຕາຍ
hint-check = ກວດ
hint-calving = ອອກລູກ
hint-loss = ຫຼຸລູກ
hint-pens = ຄອກ
hint-cattle = ງົວ
hint-income = ລາຍຮັບ
hint-animals = ສັດ
hint-breeding = ປະສົມພັນ
hint-calves = ລູກງົວ
hint-cow = ແມ່ງົວ
hint-approve = ອະນຸມັດ
hint-return = ສົ່ງຄືນ
hint-reopen = ເປີດຄືນ
hint-fixed = ແກ້ແລ້ວ
hint-household = ຄົວເຮືອນ
hint-filter = ກັ່ນຕອງ
hint-sort = ຈັດລຽງ
hint-undo = ຖອຍຄືນ
hint-go-to = ໄປທີ່
hint-keep = ເກັບໄວ້
hint-yes = ແມ່ນ
hint-no = ບໍ່
hint-close = ປິດ
hint-move = ເລື່ອນ
hint-go = ໄປ

## Figures of the dashboard and of `kumban status`
fig-households = ຄົວເຮືອນ
fig-households-value = { $total } (ຕົວແບບ { $demonstration })
fig-poverty = ຄວາມທຸກຍາກ
fig-poor = ທຸກຍາກ { $n }
fig-near-poor = ໃກ້ທຸກຍາກ { $n }
fig-not-poor = ບໍ່ທຸກຍາກ { $n }
fig-exited = ຫຼຸດພົ້ນ { $n }
fig-groups = ກຸ່ມ
fig-pens = ຄອກງົວ
fig-planned = ວາງແຜນ { $n }
fig-building = ກຳລັງສ້າງ { $n }
fig-built = ສ້າງແລ້ວ { $n }
fig-inspected = ກວດແລ້ວ { $n }
fig-over-capacity = ເກີນຄວາມຈຸ { $n }
fig-cattle = ງົວ
fig-cattle-active = ຍັງລ້ຽງ { $active } (ແມ່ { $female }, ຜູ້ { $male })
fig-distributed = ແຈກຢາຍ { $n }
fig-born = ເກີດ { $n }
fig-sold = ຂາຍ { $n }
fig-died = ຕາຍ { $n }
fig-breeding = ປະສົມພັນ
fig-pregnant = ຖືພາ { $n }
fig-due-30 = ຄົບກຳນົດໃນ 30 ມື້ { $n }
fig-overdue = ເກີນກຳນົດ { $n }
fig-calved = ອອກລູກປີນີ້ { $n }
fig-returned = ຖືກສົ່ງຄືນ
fig-col-group = ກຸ່ມ
fig-col-cur = ເງິນ
fig-col-income = ລາຍຮັບ
fig-col-expense = ລາຍຈ່າຍ
fig-col-net = ສຸດທິ
fig-col-per-member = ຕໍ່ຄົນ
when-today = ມື້ນີ້
when-tomorrow = ມື້ອື່ນ
when-in-days = ອີກ { $n } ມື້
when-days-ago = { $n } ມື້ກ່ອນ
when-days-late = ຊ້າ { $n } ມື້
when-short-ahead = +{ $n }ມ
when-short-late = ຊ້າ { $n }ມ

## The dashboard screen
dash-not-computed = ຄິດໄລ່ຕົວເລກບໍ່ໄດ້; ເບິ່ງຂໍ້ຄວາມຂ້າງລຸ່ມ. ກົດ { $key } ເພື່ອລອງໃໝ່.
dash-due-next = ຈະອອກລູກ: { $n } ໃນ 30 ມື້
dash-overdue = ເກີນກຳນົດ: { $n } (ຊ້າກວ່າ 14 ມື້)
dash-none = ບໍ່ມີ
dash-returned-more = ແລະ ອີກ { $n } ເດືອນຖືກສົ່ງຄືນ: ເບິ່ງ { $review }
dash-income-year = ລາຍຮັບ { $year }
dash-income-nothing = ບໍ່ມີບັນທຶກແຕ່ 1 ມັງກອນ ຫາ { $today }
dash-profit-per-cow = ກຳໄລຕໍ່ແມ່ງົວ { $amounts } · 1 ມັງກອນ ຫາ { $today }
dash-from-january = ແຕ່ 1 ມັງກອນ ຫາ { $today }
dash-more = … ເບິ່ງຕື່ມໃນໜ້າປະສົມພັນ (5)
dash-more-short = … ຕື່ມ: ປະສົມພັນ (5)

## `kumban status` as text
status-title = ສະຖານະ kumban, { $today }
status-returned = ເຈົ້າໜ້າທີ່ສົ່ງຄືນ (ແກ້ໄຂ, ແລ້ວ `kumban fixed --village V --period YYYY-MM`)
status-by-on = { $by } ວັນທີ { $date }
status-overdue = ເກີນກຳນົດ
status-due-next = ຈະອອກລູກ
status-and-more = ... ແລະ ອີກ { $n }
status-income = ລາຍຮັບ { $year }, 1 ມັງກອນ ຫາ { $today }
status-income-nothing = ປີນີ້ບໍ່ມີບັນທຶກ
status-profit-per-cow = ກຳໄລຕໍ່ແມ່ງົວ: { $amounts }

## Popups, the go-to list and the list screens
help-title = ຄຳແນະນຳ: ປຸ່ມຂອງ{ $screen }
help-on-tab = ໃນໜ້າ{ $screen }
help-in-detail = ໃນປ໊ອບອັບລາຍລະອຽດນີ້
help-in-form = ໃນແບບຟອມ
help-in-picker-field = ໃນລາຍການໃຫ້ເລືອກ (ຊ່ອງອ້າງອີງ)
help-in-picker = ໃນລາຍການໃຫ້ເລືອກ
help-in-filter = ຂະນະພິມຕົວກັ່ນຕອງ
popup-position = { $first }-{ $last } ຈາກ { $total }
palette-title = ໄປທີ່
palette-none = ບໍ່ມີໜ້າຈໍຊື່ນັ້ນ.
palette-here = ຢູ່ນີ້

## The welcome screen of an empty database
welcome-title = ຍິນດີຕ້ອນຮັບສູ່ kumban
welcome-empty = ຖານຂໍ້ມູນນີ້ຫວ່າງເປົ່າ: { $db }
welcome-first-heading = ເພື່ອເພີ່ມຄົວເຮືອນທຳອິດ
welcome-first-keys = ກົດ { $group } ໄປໜ້າຄົວເຮືອນ, ແລ້ວ { $new }: ແບບຟອມຈະເປີດ. { $next } ຍ້າຍ
welcome-first-fields = ລະຫວ່າງຊ່ອງ, { $save } ບັນທຶກ, { $close } ຍົກເລີກ, { $undo } ຖອຍຄືນການບັນທຶກ.
welcome-demo-heading = ເພື່ອທົດລອງກັບຂໍ້ມູນຕົວຢ່າງ
welcome-demo-quit = ອອກດ້ວຍ { $quit } ແລ້ວແລ່ນ
welcome-demo-db = (ດ້ວຍ --db ດຽວກັນກັບຕອນນີ້, ຖ້າໄດ້ໃຫ້), ແລ້ວເປີດ kumban ຄືນ.
welcome-keys = ກົດ { $help } ຢູ່ໜ້າຈໍໃດກໍ່ໄດ້ ເພື່ອເບິ່ງປຸ່ມ, { $quit } ເພື່ອອອກ.

## The Reports and Rates screens

tab-reports = ລາຍງານ
tab-rates = ອັດຕາແລກປ່ຽນ
help-down-one-row-of-the-report = ລົງໜຶ່ງແຖວຂອງລາຍງານ
help-up-one-row-of-the-report = ຂຶ້ນໜຶ່ງແຖວຂອງລາຍງານ
help-next-report-household-village-group-month-baseline-herd-calvings = ລາຍງານຕໍ່ໄປ: ຄົວເຮືອນ, ບ້ານ, ກຸ່ມ, ເດືອນ, ພື້ນຖານ, ຝູງງົວ, ການອອກລູກ
help-previous-report = ລາຍງານກ່ອນໜ້າ
help-open-what-the-row-stands-for-the-household-or-the-month-s-income = ເປີດສິ່ງທີ່ແຖວນີ້ໝາຍເຖິງ: ຄົວເຮືອນ ຫຼື ລາຍຮັບຂອງເດືອນ
help-period-of-a-year-then-a-quarter-then-a-month = ໄລຍະ: ປີ, ແລ້ວໄຕມາດ, ແລ້ວເດືອນ
help-the-period-after = ໄລຍະຕໍ່ໄປ
help-the-period-before-a-year-a-quarter-or-a-month-back = ໄລຍະກ່ອນ: ຖອຍຫຼັງໜຶ່ງປີ, ໄຕມາດ ຫຼື ເດືອນ
hint-earlier = ກ່ອນ
hint-later = ຫຼັງ
hint-period = ໄລຍະ
hint-report = ລາຍງານ
help-amounts-as-recorded-then-all-in-usd-lak-cny-or-thb-by-the-exchange-rates = ຈຳນວນເງິນຕາມທີ່ບັນທຶກ, ແລ້ວທັງໝົດເປັນ USD, LAK, CNY ຫຼື THB (ຕາມອັດຕາແລກປ່ຽນ)
hint-currency = ສະກຸນເງິນ

## The Members screen

help-this-household-s-members = ສະມາຊິກຂອງຄົວເຮືອນນີ້
hint-members = ສະມາຊິກ
tab-members = ສະມາຊິກ

## forms: field labels (their English is the label in crates/forms)
field-sex = ເພດ
# review: ear tag: glossary marks it for review
field-ear-tag = ເບີຫູ
field-breed = ສາຍພັນ
field-born-on = ວັນເກີດ
field-birth-date-estimated = ວັນເກີດແມ່ນຄາດຄະເນ
field-origin = ທີ່ມາ
field-origin-date = ວັນທີທີ່ມາ
# review: dam: glossary marks it for review
field-dam = ແມ່ພັນ
field-owner-household = ຄົວເຮືອນເຈົ້າຂອງ
field-pen = ຄອກງົວ
field-status = ສະຖານະ
field-sold-died-on = ວັນທີຂາຍ/ຕາຍ
field-sale-price = ລາຄາຂາຍ
field-cause-of-death = ສາເຫດການຕາຍ
field-notes = ໝາຍເຫດ
field-animal = ສັດ
field-sold-on = ວັນທີຂາຍ
field-price = ລາຄາ
field-income-note = ບັນທຶກລາຍຮັບ
field-died-on = ວັນທີຕາຍ
field-cause = ສາເຫດ
field-cow = ແມ່ງົວ
field-service-date = ວັນທີປະສົມພັນ
field-method = ວິທີ
# review: sire: glossary marks it for review
field-sire = ພໍ່ພັນ
# review: gestation: ໄລຍະຖືພາ
field-gestation-days = ໄລຍະຖືພາ (ມື້)
field-served = ປະສົມພັນ
field-result = ຜົນ
field-checked-on = ວັນທີກວດ
field-calved-on = ວັນທີອອກລູກ
field-record-the-calf = ບັນທຶກລູກງົວ
# review: ear tag
field-calf-s-ear-tag = ເບີຫູລູກງົວ
# review: lost pregnancy: ຫຼຸລູກ
field-lost-on = ວັນທີຫຼຸລູກ
field-reason = ເຫດຜົນ
field-code = ລະຫັດ
field-head-s-name = ຊື່ຫົວໜ້າຄອບຄົວ
field-village = ບ້ານ
field-members = ສະມາຊິກ
field-phone = ເບີໂທ
field-production-groups = ກຸ່ມການຜະລິດ
# review: demonstration household: glossary marks it for review
field-demonstration = ຄົວເຮືອນຕົວແບບ
# review: poverty status: glossary marks it for review
field-poverty-status = ສະຖານະຄວາມທຸກຍາກ
field-exited-on = ວັນທີຫຼຸດພົ້ນ
# review: baseline income: glossary marks it for review
field-baseline-income = ລາຍຮັບພື້ນຖານ
# review: enrolled on: glossary marks it for review
field-enrolled-on = ວັນທີເຂົ້າຮ່ວມໂຄງການ
field-household = ຄົວເຮືອນ
field-date = ວັນທີ
field-production-group = ກຸ່ມການຜະລິດ
field-income-or-expense = ລາຍຮັບ ຫຼື ລາຍຈ່າຍ
field-amount = ຈຳນວນເງິນ
field-description = ລາຍລະອຽດ
field-name = ຊື່
field-birth-year = ປີເກີດ
field-relation-to-the-head = ຄວາມສຳພັນກັບຫົວໜ້າ
field-works = ເຮັດວຽກ
field-label = ຊື່ຄອກ
field-capacity-head = ຄວາມຈຸ (ໂຕ)
field-inspected-on = ວັນທີກວດກາ
field-inspected-by = ຜູ້ກວດກາ
field-inspection-result = ຜົນການກວດກາ
field-roof-ok = ຫຼັງຄາດີ
field-floor-ok = ພື້ນດີ
field-drainage-ok = ການລະບາຍນ້ຳດີ
field-trough-ok = ຮາງອາຫານດີ
field-space-per-head-ok = ເນື້ອທີ່ຕໍ່ໂຕພໍ
field-next-inspection = ການກວດກາຄັ້ງຕໍ່ໄປ
field-failed-checks = ລາຍການທີ່ບໍ່ຜ່ານ
field-confirmed-on = ວັນທີຢືນຢັນ
field-outcome = ຜົນສຸດທ້າຍ
field-outcome-date = ວັນທີຂອງຜົນ
field-calf = ລູກງົວ
field-reason-of-loss = ເຫດຜົນຂອງການຫຼຸລູກ
field-from-date = ຕັ້ງແຕ່ວັນທີ
field-currency = ສະກຸນເງິນ
field-1-unit-is-worth-in-base = 1 ໜ່ວຍເທົ່າກັບ (ສະກຸນຫຼັກ)
field-base-currency = ສະກຸນເງິນຫຼັກ
field-source = ແຫຼ່ງທີ່ມາ

## forms: choice words shown (the stored word never changes)
choice-female = ເພດແມ່
choice-male = ເພດຜູ້
choice-distributed = ແຈກຢາຍ
choice-born = ເກີດ
choice-bought = ຊື້
# review: active: glossary marks it for review
choice-active = ຍັງລ້ຽງຢູ່
choice-sold = ຂາຍແລ້ວ
choice-died = ຕາຍ
# review: pregnancy: glossary marks it for review
choice-pregnant = ຖືພາ
choice-open = ບໍ່ຖືພາ
choice-recheck = ກວດຄືນ
choice-poor = ທຸກຍາກ
# review: near-poor: glossary marks it for review
choice-near-poor = ໃກ້ທຸກຍາກ
choice-not-poor = ບໍ່ທຸກຍາກ
choice-exited = ຫຼຸດພົ້ນແລ້ວ
choice-income = ລາຍຮັບ
choice-expense = ລາຍຈ່າຍ
choice-natural = ທຳມະຊາດ
choice-ai = ປະສົມທຽມ
choice-pending = ລໍຖ້າ
choice-calved = ອອກລູກແລ້ວ
# review: lost pregnancy: glossary marks it for review
choice-lost = ຫຼຸລູກ
choice-head = ຫົວໜ້າ
choice-spouse = ຄູ່ສົມລົດ
choice-child = ລູກ
choice-parent = ພໍ່ແມ່
choice-sibling = ອ້າຍເອື້ອຍນ້ອງ
choice-grandchild = ຫຼານ
choice-other-relative = ຍາດພີ່ນ້ອງອື່ນ
choice-other = ອື່ນໆ
choice-planned = ວາງແຜນ
choice-building = ກຳລັງກໍ່ສ້າງ
choice-built = ສ້າງແລ້ວ
choice-inspected = ກວດກາແລ້ວ
choice-pass = ຜ່ານ
choice-needs-work = ຕ້ອງປັບປຸງ
choice-fail = ບໍ່ຜ່ານ
choice-roof = ຫຼັງຄາ
choice-floor = ພື້ນ
choice-drainage = ການລະບາຍນ້ຳ
choice-trough = ຮາງອາຫານ
choice-space-per-animal = ເນື້ອທີ່ຕໍ່ໂຕ
choice-yes = ແມ່ນ
choice-no = ບໍ່

## forms: titles of the lists to choose from
picker-choose-a-household = ເລືອກຄົວເຮືອນ
picker-choose-a-pen-of-the-household = ເລືອກຄອກງົວຂອງຄົວເຮືອນ
picker-choose-a-cow-active-not-pregnant = ເລືອກແມ່ງົວ (ຍັງລ້ຽງຢູ່, ບໍ່ຖືພາ)
picker-choose-the-dam-a-female-of-the-herd = ເລືອກແມ່ພັນ (ງົວເພດແມ່ໃນຝູງ)
picker-choose-an-animal = ເລືອກສັດ
picker-choose-the-calf = ເລືອກລູກງົວ

## forms: record kinds as nouns (RecordKind::noun)
noun-household = ຄົວເຮືອນ
noun-cattle-pen = ຄອກງົວ
noun-animal = ສັດ
# review: pregnancy: glossary marks it for review
noun-pregnancy = ການຖືພາ
noun-income-log = ບັນທຶກລາຍຮັບ-ລາຍຈ່າຍ
noun-exchange-rate = ອັດຕາແລກປ່ຽນ
noun-household-member = ສະມາຊິກຄອບຄົວ

## forms: titles, hints, footers and messages
form-title-new-household = ຄົວເຮືອນໃໝ່
form-title-household = ຄົວເຮືອນ { $code }
form-title-new-animal = ສັດໃໝ່
form-title-animal = ສັດ { $tag }
form-title-sale = ຂາຍ { $tag }
form-title-death = ການຕາຍຂອງ { $tag }
form-title-service-of = ບັນທຶກການປະສົມພັນຂອງ { $cow }
form-title-service = ບັນທຶກການປະສົມພັນ
# review: pregnancy check: glossary marks it for review
form-title-check = ການກວດການຖືພາຂອງ { $tag }
form-title-calving = ການອອກລູກຂອງ { $tag }
# review: lost pregnancy: glossary marks it for review
form-title-loss = ການຫຼຸລູກຂອງ { $tag }
form-title-new-income = ບັນທຶກລາຍຮັບ-ລາຍຈ່າຍໃໝ່
form-title-income = ບັນທຶກລາຍຮັບ-ລາຍຈ່າຍ ວັນທີ { $date }
form-title-new-member = ສະມາຊິກຄອບຄົວໃໝ່
form-title-member = ສະມາຊິກຄອບຄົວ { $name }
form-title-new-pen = ຄອກງົວໃໝ່
form-title-pen = ຄອກງົວ { $label }
form-title-new-pregnancy = ບັນທຶກການປະສົມພັນໃໝ່
form-title-pregnancy = ບັນທຶກການປະສົມພັນຂອງ { $cow }
form-title-new-rate = ອັດຕາແລກປ່ຽນໃໝ່
form-title-rate = ອັດຕາ { $currency } ວັນທີ { $date }
form-animal-of = { $tag } ({ $sex }) ຂອງ { $owner }
form-served = { $date } ({ $method }), ກຳນົດອອກລູກ { $due }
form-hint-date = ເຊັ່ນ 30/11/2026 ຫຼື ມື້ນີ້
form-hint-money = 800 ແມ່ນ { $currency }; ຫຼື 800.50 USD, 1 200 000 ກີບ
form-hint-money-optional = ບໍ່ບັງຄັບ; 800 ແມ່ນ { $currency }; ຫຼື 800.50 USD, 1 200 000 ກີບ
form-hint-reference = { $key } ເພື່ອເລືອກ
form-hint-reference-optional = ບໍ່ບັງຄັບ; { $key } ເພື່ອເລືອກ
form-hint-optional = ບໍ່ບັງຄັບ
form-keys-choice = { $sides }/{ $space } ປ່ຽນ
form-keys-multi = { $sides } ຍ້າຍ { $space } ໝາຍ, ພິມ+{ $enter } ເພີ່ມ
form-keys-reference = { $enter } ລາຍການ, { $delete } ລ້າງ
form-keys-text = ພິມເພື່ອແກ້ໄຂ
form-type-a-new-group = ພິມກຸ່ມໃໝ່
form-footer = { $next } ຖັດໄປ  { $back } ກັບຄືນ  { $field }  { $save } ບັນທຶກ  { $cancel } ຍົກເລີກ
form-footer-warned = { $enter }/{ $save } ອີກ: ບັນທຶກເລີຍ  ·  ແກ້ແລ້ວຈະກວດຄືນ  { $cancel } ຍົກເລີກ
form-keys-suggestion = { $key } ເອົາຊື່ທີ່ແນະນຳ
form-warned = { $n ->
    [one] ກວດເບິ່ງຄຳເຕືອນທີ່ໝາຍ ?: { $enter } (ຫຼື { $save }) ອີກເທື່ອໜຶ່ງຈະບັນທຶກເລີຍ
   *[other] ກວດເບິ່ງ { $n } ຄຳເຕືອນທີ່ໝາຍ ?: { $enter } (ຫຼື { $save }) ອີກເທື່ອໜຶ່ງຈະບັນທຶກເລີຍ
}
warn-pen-over-capacity = ຄອກ { $pen } ຈະມີ { $head } ໂຕ; ບັນຈຸໄດ້ { $capacity }
warn-pen-not-built = ຄອກ { $pen } ຍັງບໍ່ທັນສ້າງແລ້ວ ({ $status })
warn-gestation = ຖືພາ { $days } ວັນ ນັບແຕ່ການປະສົມພັນວັນທີ { $served }; ປົກກະຕິ { $low } ຫາ { $high } ວັນ
warn-calving-before-check = ເກີດລູກກ່ອນການກວດທ້ອງວັນທີ { $checked }
warn-date-ahead = ຫຼັງມື້ນີ້ { $days } ວັນ: ປີ ຫຼື ເດືອນຖືກບໍ?
warn-household-duplicate = ຄົວເຮືອນ { $code } ມີຫົວໜ້າຊື່ດຽວກັນຢູ່ { $village }
warn-name-close = "{ $name }" ເປັນຊື່ໃໝ່; ໝາຍເຖິງ "{ $like }" ບໍ?
picker-filter = ກັ່ນຕອງ:{ " " }
picker-count = ມີ { $total } ລາຍການໃຫ້ເລືອກ
picker-matches = ກົງກັນ { $shown } ຈາກ { $total }
picker-empty = ບໍ່ມີຫຍັງໃຫ້ເລືອກຢູ່ນີ້
picker-no-match = ບໍ່ມີລາຍການກົງກັນ; Backspace ເພື່ອຂະຫຍາຍການກັ່ນຕອງ
# A picker on a large database opens before its choices are read.
picker-loading = ກຳລັງໂຫຼດລາຍການໃຫ້ເລືອກ…
picker-load-stopped = ລາຍການໃຫ້ເລືອກຢຸດໂຫຼດ; ເປີດລາຍການອີກຄັ້ງ
picker-keys = { $moves } ຍ້າຍ  { $choose } ເລືອກ  { $back } ກັບຄືນ
picker-animal-detail = { $sex } { $status } ຂອງ { $owner }
picker-pen-detail = { $status }, { $head } ໂຕ
form-not-saved-one = ຍັງບໍ່ໄດ້ບັນທຶກ: ແກ້ໄຂຊ່ອງທີ່ໝາຍໄວ້
form-not-saved-many = ຍັງບໍ່ໄດ້ບັນທຶກ: ມີ { $n } ບັນຫາຕ້ອງແກ້
form-not-saved-because = ຍັງບໍ່ໄດ້ບັນທຶກ: { $why }
form-choose-first = ເລືອກ { $field } ກ່ອນ
form-choose-from-list = ເລືອກ { $field }: ກົດ { $key } ເພື່ອເບິ່ງລາຍການ
form-changed-since-opened = ຍັງບໍ່ໄດ້ບັນທຶກ: { $by } ໄດ້ປ່ຽນ { $noun } ນີ້ເວລາ { $at } ຫຼັງຈາກທ່ານເປີດ. { $save } ບັນທຶກຂອງທ່ານທັບຂອງເຂົາ; { $close } ແລ້ວ e ເພື່ອເບິ່ງຂອງເຂົາ
form-enter-a-number = ໃສ່ຕົວເລກ
form-not-a-whole-number = "{ $text }" ບໍ່ແມ່ນຈຳນວນຖ້ວນ; ຂຽນແຕ່ຕົວເລກ ເຊັ່ນ 5
form-pasted-first-line = ວາງໄດ້ແຕ່ແຖວທຳອິດ; ຊ່ອງໜຶ່ງມີໄດ້ແຖວດຽວ
form-reference-missing = { $noun } id { $id } (ບໍ່ພົບ)
form-pregnancy-closed = ການຖືພາຂອງ { $tag } ທີ່ປະສົມພັນ { $date } ປິດແລ້ວ ({ $outcome })
form-animal-not-active = { $tag } { $status } ແລ້ວ
saved-new = ບັນທຶກ { $noun } ໃໝ່ { $what } ແລ້ວ
saved-nothing-changed = { $noun } { $what } ບໍ່ມີຫຍັງປ່ຽນ; ບໍ່ໄດ້ບັນທຶກ
saved-edit = ບັນທຶກ { $noun } { $what } ແລ້ວ
saved-calving-calf = ບັນທຶກການອອກລູກຂອງ { $cow } ແລະ ລູກງົວ { $calf } ແລ້ວ
saved-calving = ບັນທຶກການອອກລູກຂອງ { $cow } ແລ້ວ
saved-sale = ບັນທຶກການຂາຍ { $tag } ລາຄາ { $amount } ແລ້ວ
describe-income = { $flow } { $amount } ວັນທີ { $date }
describe-pregnancy = ປະສົມພັນ { $date }
describe-rate = ອັດຕາ { $currency } ວັນທີ { $date }

## errors: the model's problems and the input conventions' refusals
err-must-not-be-empty = ຕ້ອງບໍ່ຫວ່າງ
err-invisible-character = ມີຕົວອັກສອນທີ່ເບິ່ງບໍ່ເຫັນ ({ $char }); ພິມຄືນໂດຍບໍ່ໃຊ້ປຸ່ມພິເສດ
err-control-character = ມີຕົວອັກສອນຄວບຄຸມ ({ $char }); ພິມຄືນໂດຍບໍ່ໃຊ້ປຸ່ມພິເສດ
err-too-long = ຍາວ { $n } ຕົວອັກສອນ; ສູງສຸດແມ່ນ { $max }
err-spaces-at-ends = ຕ້ອງບໍ່ເລີ່ມ ຫຼື ລົງທ້າຍດ້ວຍຍະຫວ່າງ
err-date-range = { $date } ຢູ່ນອກປີ 1990 ຫາ 2100; ກວດເບິ່ງປີ
err-not-before = { $later } ແມ່ນກ່ອນ{ $earlier_name } ({ $earlier })
term-service-date = ວັນທີປະສົມພັນ
term-inspection-date = ວັນທີກວດກາ
term-birth-date = ວັນເກີດ
term-enrolment-date = ວັນທີເຂົ້າຮ່ວມໂຄງການ
term-household-code = ລະຫັດຄົວເຮືອນ
# review: ear tag: glossary marks it for review
term-ear-tag = ເບີຫູ
err-code-empty = ໃສ່{ $what } ເຊັ່ນ { $example }
err-code-long = { $what } ຍາວກວ່າ 20 ຕົວອັກສອນ
err-code-characters = { $what } ໃຊ້ໄດ້ແຕ່ຕົວອັກສອນພິມໃຫຍ່, ຕົວເລກ, - ແລະ / ເຊັ່ນ { $example }
err-members-range = ຈຳນວນສະມາຊິກຕ້ອງຢູ່ລະຫວ່າງ 1 ຫາ 30
err-phone = ຂຽນເບີໂທດ້ວຍຕົວເລກ, ຍະຫວ່າງ, + ແລະ - ເຊັ່ນ +856 20 5555 1234
err-group-name = "{ $group }" ບໍ່ແມ່ນຊື່ກຸ່ມທີ່ໃຊ້ໄດ້
err-group-twice = ກຸ່ມການຜະລິດຖືກໃສ່ສອງເທື່ອ
err-baseline-negative = ລາຍຮັບພື້ນຖານບໍ່ສາມາດຕິດລົບ
err-sale-price-positive = ລາຄາຂາຍຕ້ອງຫຼາຍກວ່າສູນ
err-cause-of-death = ສາເຫດການຕາຍ { $problem }
err-reason = ເຫດຜົນ { $problem }
err-gestation = ໄລຍະຖືພາຕ້ອງຢູ່ລະຫວ່າງ 260 ຫາ 300 ມື້ (ງົວປົກກະຕິ 283 ມື້)
err-amount-positive = ຈຳນວນເງິນຕ້ອງຫຼາຍກວ່າສູນ; ເລືອກລາຍຈ່າຍສຳລັບເງິນທີ່ຈ່າຍອອກ
err-capacity-range = ຄວາມຈຸຕ້ອງຢູ່ລະຫວ່າງ 1 ຫາ 200 ໂຕ
err-inspection-date-needed = ຄອກງົວທີ່ກວດກາແລ້ວຕ້ອງມີວັນທີກວດກາ
err-inspection-date-only = ມີແຕ່ຄອກງົວທີ່ກວດກາແລ້ວຈຶ່ງມີວັນທີກວດກາ; ຕັ້ງສະຖານະເປັນກວດກາແລ້ວ ຫຼື ລຶບວັນທີອອກ
err-inspector-only = ມີແຕ່ຄອກງົວທີ່ກວດກາແລ້ວຈຶ່ງມີຜູ້ກວດກາ; ຕັ້ງສະຖານະເປັນກວດກາແລ້ວ ຫຼື ລຶບຊື່ອອກ
err-inspection-result-date = ຜົນການກວດກາ, ລາຍການກວດ ຫຼື ການກວດກາຄັ້ງຕໍ່ໄປ ຕ້ອງມີວັນທີກວດກາ
err-checklist-twice = ແຕ່ລະລາຍການກວດໃສ່ໄດ້ພຽງເທື່ອດຽວ
err-rate-of-base = { $currency } ແມ່ນສະກຸນເງິນຫຼັກ, ມີຄ່າ 1 { $currency } ສະເໝີ; ເລືອກສະກຸນເງິນທີ່ອັດຕານີ້ແປງ
err-birth-year-range = { $year } ແມ່ນກ່ອນ { $earliest } ຫຼື ຫຼັງ { $latest }; ຂຽນປີເກີດ ເຊັ່ນ 1985
err-birth-year-future = { $year } ແມ່ນອະນາຄົດ (ມື້ນີ້ແມ່ນ { $today }); ຂຽນປີເກີດ
err-date-empty = ໃສ່ວັນທີ ເຊັ່ນ 15/03/2026 (ວັນກ່ອນ) ຫຼື 2026-03-15, ຫຼື ຄຳວ່າ ມື້ນີ້
err-date-malformed = "{ $text }" ບໍ່ແມ່ນວັນທີ; ຂຽນເປັນ 15/03/2026 (ວັນກ່ອນ) ຫຼື 2026-03-15, ຫຼື ຄຳວ່າ ມື້ນີ້
err-date-short-year = "{ $text }": ຂຽນປີເຕັມ ເຊັ່ນ 15/03/2026
err-amount-empty = ໃສ່ຈຳນວນເງິນ ເຊັ່ນ 800 ຫຼື 800.50 USD
err-amount-not-a-number = "{ $text }" ບໍ່ແມ່ນຈຳນວນເງິນ; ຂຽນຕົວເລກ ເຊັ່ນ 1 200 000 ຫຼື 800.50
err-amount-decimals = ໃຊ້ທົດສະນິຍົມບໍ່ເກີນສອງຕຳແໜ່ງ ເຊັ່ນ 800.50
err-amount-too-large = ຈຳນວນເງິນໃຫຍ່ເກີນໄປ; kumban ເກັບໄດ້ສູງສຸດ 92,233,720,368,547,758.07
err-currency-unknown = "{ $text }" ບໍ່ແມ່ນສະກຸນເງິນທີ່ kumban ຮູ້ຈັກ; ໃຊ້ LAK, USD, CNY ຫຼື THB
err-two-currencies = { $first } ແລະ { $second } ແມ່ນສອງສະກຸນເງິນ; ຂຽນອັນດຽວ
err-amount-unclear = "{ $text }" ບໍ່ຈະແຈ້ງ: ຂຽນ { $thousands } ຖ້າໝາຍເຖິງພັນ, ຫຼື { $decimal } ສຳລັບທົດສະນິຍົມ (ຈຸດແມ່ນຈຸດທົດສະນິຍົມ)
err-rate-empty = ໃສ່ມູນຄ່າຂອງໜຶ່ງໜ່ວຍເປັນສະກຸນເງິນຫຼັກ ເຊັ່ນ 0.0000461
err-rate-not-a-number = "{ $text }" ບໍ່ແມ່ນອັດຕາ; ຂຽນເລກທົດສະນິຍົມ ເຊັ່ນ 0.0000461 ຫຼື 0.1389
err-rate-not-positive = ອັດຕາຕ້ອງຫຼາຍກວ່າສູນ; ຂຽນມູນຄ່າຂອງໜຶ່ງໜ່ວຍເປັນສະກຸນເງິນຫຼັກ
err-rate-decimals = ໃຊ້ທົດສະນິຍົມບໍ່ເກີນ 12 ຕຳແໜ່ງ ເຊັ່ນ 0.000046082949
err-rate-too-large = ອັດຕາໃຫຍ່ເກີນໄປ; ໜຶ່ງໜ່ວຍມີຄ່າໄດ້ສູງສຸດ 18,000,000 ຂອງສະກຸນຫຼັກ

## errors: production group names and typing
err-group-empty = ໃສ່ກຸ່ມການຜະລິດ ເຊັ່ນ cattle, corn ຫຼື weaving
err-group-too-long = "{ $text }" ຍາວກວ່າ 24 ຕົວອັກສອນ
err-group-characters = "{ $text }" ບໍ່ແມ່ນຊື່ກຸ່ມ; ໃຊ້ຕົວອັກສອນລາຕິນໂຕນ້ອຍ, ຕົວເລກ ແລະ ຂີດ ເຊັ່ນ rice-seed
err-typed-control-character = { $char } ແມ່ນຕົວອັກສອນຄວບຄຸມ ພິມໃສ່ບ່ອນນີ້ບໍ່ໄດ້
err-pasted-control-character = ຂໍ້ຄວາມທີ່ວາງມີຕົວອັກສອນຄວບຄຸມ ({ $char }); ບໍ່ໄດ້ວາງຫຍັງ

## errors: the store's refusals and failures (StoreError)
store-in-use = ຖານຂໍ້ມູນທີ່ { $path } ກຳລັງຖືກໃຊ້{ $holder }; ປິດ kumban ນັ້ນກ່ອນ ຫຼື ເປີດຖານຂໍ້ມູນອື່ນດ້ວຍ --db
store-too-new = ຖານຂໍ້ມູນທີ່ { $path } ຖືກຂຽນໂດຍ kumban ລຸ້ນໃໝ່ກວ່າ (schema { $found }, ລຸ້ນນີ້ອ່ານໄດ້ເຖິງ { $supported }); ອັບເດດ kumban
store-refused = { $noun } ບໍ່ໄດ້ຖືກບັນທຶກ: { $problems }
store-referenced = ລຶບ { $what } ບໍ່ໄດ້: ມີ { $by } ອ້າງອີງເຖິງ; ລຶບ ຫຼື ປ່ຽນສິ່ງເຫຼົ່ານັ້ນກ່ອນ
store-blocker = { $what } { $n }
store-not-found = ບໍ່ມີ { $noun } ທີ່ມີ id { $id }; ອາດຖືກລຶບແລ້ວ
store-no-such-change = ບໍ່ມີການປ່ຽນແປງ { $n } ໃຫ້ຖອຍຄືນ
store-corrupt = ຖານຂໍ້ມູນມີຄ່າທີ່ເສຍຫາຍ ({ $place }: { $reason }); ແລ່ນ `kumban check` ແລ້ວກູ້ຄືນຈາກສຳຮອງຂໍ້ມູນ
store-not-blank = ຖານຂໍ້ມູນທີ່ { $path } ມີຂໍ້ມູນ ຫຼື ປະຫວັດແລ້ວ; ການກູ້ຄືນໃສ່ໄດ້ແຕ່ຖານຂໍ້ມູນຫວ່າງ: ໃຊ້ --db ກັບໂຟນເດີໃໝ່
store-unrestorable = ກູ້ຄືນສຳຮອງຂໍ້ມູນບໍ່ໄດ້ ({ $place }: { $reason }); ບໍ່ໄດ້ຂຽນຫຍັງ
store-open = ເປີດຖານຂໍ້ມູນທີ່ { $path } ບໍ່ໄດ້: { $reason }
store-write = ຖານຂໍ້ມູນບັນທຶກບໍ່ໄດ້ ({ $why }); ກວດເບິ່ງວ່າດິສກ໌ຍັງມີບ່ອນ ແລະ ໂຟນເດີຂຽນໄດ້, ແລ້ວລອງໃໝ່
store-disk-full = ດິສກ໌ທີ່ເກັບຖານຂໍ້ມູນເຕັມແລ້ວ ຈຶ່ງບໍ່ໄດ້ບັນທຶກຫຍັງ; ເຮັດໃຫ້ມີບ່ອນວ່າງ (ລຶບ ຫຼື ຍ້າຍໄຟລ໌ທີ່ບໍ່ຕ້ອງການ), ແລ້ວລອງໃໝ່: kumban ຈະເຮັດວຽກຕໍ່ເອງເມື່ອມີບ່ອນ
store-reopen = ອ່ານຖານຂໍ້ມູນຄືນບໍ່ໄດ້ຫຼັງການບັນທຶກລົ້ມເຫຼວ ({ $why }); ບໍ່ໄດ້ບັນທຶກຫຍັງ; ກວດເບິ່ງວ່າດິສກ໌ຍັງມີບ່ອນ ແລະ ໂຟນເດີຂຽນໄດ້, ແລ້ວລອງໃໝ່
store-changed = { $noun } ຖືກປ່ຽນໂດຍ { $by } ເວລາ { $at } ຫຼັງຈາກທ່ານເປີດ; ໂຫຼດຄືນເພື່ອເບິ່ງການປ່ຽນແປງ ຫຼື ບັນທຶກອີກເທື່ອເພື່ອຂຽນທັບ
store-disconnected = ຂາດການເຊື່ອມຕໍ່ກັບ kumban ທີ່ຖືຖານຂໍ້ມູນທີ່ { $path } ({ $reason }); ບໍ່ໄດ້ບັນທຶກຫຍັງ; ລອງໃໝ່ ແລ້ວ kumban ຈະເຊື່ອມຕໍ່ຄືນ
store-maybe-saved = ຂາດການເຊື່ອມຕໍ່ກັບ kumban ທີ່ຖືຖານຂໍ້ມູນທີ່ { $path } ກ່ອນມັນຕອບ: ອາດບັນທຶກແລ້ວ ຫຼື ບໍ່; ກວດເບິ່ງກ່ອນບັນທຶກອີກ
store-read-only = { $why }; ບໍ່ໄດ້ບັນທຶກຫຍັງ
store-as-is = { $text }
store-owner = ຕິດຕໍ່ kumban ທີ່ຖືຖານຂໍ້ມູນທີ່ { $path } ບໍ່ໄດ້: { $reason }
store-too-large = { $what } ມີ { $bytes } ໄບຕ໌, ເກີນ { $limit } ໄບຕ໌ທີ່ຂໍ້ຄວາມໜຶ່ງຫາ ຫຼື ຈາກ kumban ທີ່ຖືຖານຂໍ້ມູນສົ່ງໄດ້, ຈຶ່ງບໍ່ໄດ້ສົ່ງ ແລະ ບໍ່ໄດ້ບັນທຶກຫຍັງ; ບັນທຶກ ຫຼື ຂໍໜ້ອຍລົງຕໍ່ຄັ້ງ
store-no-room = ດິສກ໌ທີ່ເກັບຖານຂໍ້ມູນມີບ່ອນວ່າງ { $free } MB, ການນຳເຂົ້ານີ້ຕ້ອງການປະມານ { $needed } MB; ບໍ່ໄດ້ນຳເຂົ້າຫຍັງ; ເຮັດໃຫ້ມີບ່ອນວ່າງ (ຫຼື ນຳເຂົ້າເທື່ອລະສ່ວນ), ແລ້ວລອງໃໝ່
store-duplicate-household-code = ລະຫັດຄົວເຮືອນ { $code } ຖືກໃຊ້ແລ້ວ; ເລືອກອັນອື່ນ
store-duplicate-ear-tag = ເບີຫູ { $tag } ຖືກໃຊ້ກັບສັດໂຕອື່ນແລ້ວ
store-duplicate-pen-label = ຄົວເຮືອນນີ້ມີຄອກງົວຊື່ { $label } ແລ້ວ; ເລືອກຊື່ອື່ນ
store-duplicate-member = ຄົວເຮືອນນີ້ມີສະມາຊິກຊື່ { $name } ແລ້ວ; ເພີ່ມສິ່ງທີ່ແຍກອອກ ເຊັ່ນ (ນ້ອຍ)
store-duplicate-rate = ມີອັດຕາຂອງ { $currency } ວັນທີ { $date } ແລ້ວ; ແກ້ໄຂອັນນັ້ນແທນ

## errors: what keeps a record from being deleted (store Blockers)
blocker-breeding-record = ບັນທຶກການປະສົມພັນ
blocker-breeding-records = ບັນທຶກການປະສົມພັນ
blocker-calf = ລູກງົວ
blocker-calves = ລູກງົວ
blocker-income-log = ບັນທຶກລາຍຮັບ-ລາຍຈ່າຍ
blocker-income-logs = ບັນທຶກລາຍຮັບ-ລາຍຈ່າຍ
blocker-calving-record = ບັນທຶກການອອກລູກ
blocker-calving-records = ບັນທຶກການອອກລູກ
blocker-cattle-pen = ຄອກງົວ
blocker-cattle-pens = ຄອກງົວ
blocker-animal = ສັດ
blocker-animals = ສັດ
blocker-animal-in-it = ສັດໃນຄອກ
blocker-animals-in-it = ສັດໃນຄອກ

## errors: a pen as the blockers name it
noun-pen = ຄອກງົວ

## errors: saving, deleting and undoing in the TUI (entry.rs)
entry-read-only = ອ່ານໄດ້ຢ່າງດຽວ: { $why }
entry-read-only-title = ອ່ານໄດ້ຢ່າງດຽວ
entry-serve-inactive = { $tag } { $status }; ປະສົມພັນໄດ້ແຕ່ແມ່ງົວທີ່ຍັງລ້ຽງຢູ່
entry-serve-male = { $tag } ເປັນເພດຜູ້; ປະສົມພັນໄດ້ແຕ່ແມ່ງົວ
entry-serve-pregnant-due = { $tag } ຖືພາຢູ່ແລ້ວ (ປະສົມພັນ { $served }, ກຳນົດອອກລູກ { $due }); ບັນທຶກຜົນນັ້ນກ່ອນ
entry-serve-pregnant = { $tag } ຖືພາຢູ່ແລ້ວ; ບັນທຶກຜົນນັ້ນກ່ອນ
entry-undoes = { $done } · { $key } ຖອຍຄືນ
entry-not-saved-marked = ຍັງບໍ່ໄດ້ບັນທຶກ: ແບບຟອມໝາຍສິ່ງທີ່ຕ້ອງແກ້ໄວ້
entry-delete-question = ລຶບ { $what } ບໍ?
entry-not-deleted = ບໍ່ໄດ້ລຶບ.
entry-closed-unsaved = ປິດແບບຟອມແລ້ວ; ບໍ່ໄດ້ບັນທຶກຫຍັງ.
entry-deleted-what = ລຶບ { $what } ແລ້ວ
entry-deleted-undoes = ລຶບ { $what } ແລ້ວ · { $key } ຖອຍຄືນ
entry-deleted = ລຶບ { $what } ແລ້ວ
entry-deleted-no-history = ລຶບ { $what } ແລ້ວ, ແຕ່ອ່ານປະຫວັດບໍ່ໄດ້: { $why }
entry-not-deleted-title = ບໍ່ໄດ້ລຶບ
entry-nothing-to-undo = ບໍ່ມີຫຍັງໃຫ້ຖອຍຄືນ: ບໍ່ມີການປ່ຽນແປງໃນຄັ້ງນີ້.
entry-undone = ຖອຍຄືນແລ້ວ: { $what }
entry-not-undone-title = ບໍ່ໄດ້ຖອຍຄືນ
entry-cannot-undo = ຖອຍຄືນ "{ $what }" ບໍ່ໄດ້: { $why }
entry-gone = ບັນທຶກນັ້ນບໍ່ມີແລ້ວ (ຖືກລຶບຫຼັງຈາກອ່ານລາຍການ); ກົດ { $key } ເພື່ອໂຫຼດຄືນ.

## errors: a record named in a question or a status message (tabs' in_words)
words-animal = ສັດ { $tag } ({ $sex } { $breed })
words-household = ຄົວເຮືອນ { $code } { $name }
words-income = { $flow } ຂອງ { $household } ວັນທີ { $date } ({ $amount })
words-member = ສະມາຊິກ { $name } ຂອງ { $household }
words-pen = ຄອກງົວ { $label } ຂອງ { $household }
words-pregnancy = ບັນທຶກການປະສົມພັນຂອງ { $cow } ວັນທີ { $date }

## errors: more blockers (a household's members)
blocker-household-member = ສະມາຊິກຄອບຄົວ
blocker-household-members = ສະມາຊິກຄອບຄົວ

## errors: the question's title, the sale's note
confirm-title = ແນ່ໃຈບໍ?
confirm-title-draft = ແບບຟອມທີ່ຍັງບໍ່ໄດ້ບັນທຶກ
form-sale-note = ຂາຍ { $tag }

## errors: the store's rules across records (kinds/*, write, aggregate)
store-no-household = ບໍ່ມີຄົວເຮືອນທີ່ມີ id { $id }; ເລືອກຈາກລາຍການ
store-no-animal = ບໍ່ມີສັດທີ່ມີ id { $id }; ເລືອກຈາກລາຍການ
store-no-cow = ບໍ່ມີສັດທີ່ມີ id { $id }; ເລືອກແມ່ງົວຈາກລາຍການ
store-no-pen = ບໍ່ມີຄອກງົວທີ່ມີ id { $id }; ເລືອກຈາກລາຍການ
store-no-calf = ບໍ່ມີສັດທີ່ມີ id { $id } ທີ່ຈະເປັນລູກງົວ
store-no-dam = ບໍ່ມີສັດທີ່ມີ id { $id } ທີ່ຈະເປັນແມ່ພັນ
store-pen-animal-elsewhere = ສັດ { $tag } ໃນຄອກນີ້ເປັນຂອງຄົວເຮືອນອື່ນ; ຍ້າຍມັນອອກກ່ອນ
store-pen-of-another = ຄອກງົວ { $label } ເປັນຂອງຄົວເຮືອນອື່ນ; ເລືອກຄອກຂອງເຈົ້າຂອງ
store-male-pregnancy = { $tag } ເປັນເພດຜູ້; ການຖືພາຕ້ອງເປັນແມ່ງົວ
store-cow-sold = { $tag } ຂາຍແລ້ວ; ມີແຕ່ແມ່ງົວທີ່ຍັງລ້ຽງຢູ່ຈຶ່ງມີການຖືພາທີ່ລໍຖ້າໄດ້
store-cow-died = { $tag } ຕາຍແລ້ວ; ມີແຕ່ແມ່ງົວທີ່ຍັງລ້ຽງຢູ່ຈຶ່ງມີການຖືພາທີ່ລໍຖ້າໄດ້
store-already-pregnant = { $tag } ມີການຖືພາທີ່ລໍຖ້າຢູ່ແລ້ວ; ບັນທຶກຜົນຂອງມັນກ່ອນ
store-not-born-to = { $calf } ບໍ່ໄດ້ເກີດຈາກ { $cow }
store-own-dam = ສັດບໍ່ສາມາດເປັນແມ່ພັນຂອງຕົວເອງ
store-dam-not-female = { $tag } ບໍ່ແມ່ນເພດແມ່ ຈຶ່ງເປັນແມ່ພັນບໍ່ໄດ້
store-pending-first = { $tag } ມີການຖືພາທີ່ລໍຖ້າ; ບັນທຶກຜົນກ່ອນ (ອອກລູກແລ້ວ ຫຼື ຫຼຸລູກ)
store-pending-outcome = { $tag } ມີການຖືພາທີ່ລໍຖ້າ; ບັນທຶກຜົນ (ອອກລູກແລ້ວ ຫຼື ຫຼຸລູກ) ກ່ອນ
store-must-stay-female = ສັດໂຕນີ້ມີລູກງົວ { $calves } ໂຕ ແລະ ບັນທຶກການປະສົມພັນ { $records } ລາຍການໃນຖານະແມ່ງົວ ຈຶ່ງຕ້ອງເປັນເພດແມ່
store-calf-of-calving = { $tag } ເປັນລູກງົວໃນບັນທຶກການອອກລູກຂອງແມ່ມັນ; ປ່ຽນບັນທຶກການອອກລູກນັ້ນກ່ອນ
store-other-base = ອັດຕາຂອງຖານຂໍ້ມູນນີ້ເປັນ { $base }; ໃຫ້ອັນນີ້ເປັນ { $base } ຄືກັນ (ເພື່ອປ່ຽນສະກຸນຫຼັກ, ລຶບ ຫຼື ແກ້ໄຂອັນອື່ນກ່ອນ)
store-household-not-in-group = ຄົວເຮືອນ { $code } ບໍ່ຢູ່ໃນກຸ່ມ { $group }; ເພີ່ມກຸ່ມໃຫ້ຄົວເຮືອນກ່ອນ ຫຼື ເອົາອອກ
store-member-in-group = { $name } ຂອງຄົວເຮືອນນີ້ເຮັດວຽກໃນກຸ່ມ { $group }; ເອົາກຸ່ມອອກຈາກສະມາຊິກກ່ອນ
store-pregnancy-closed = ການຖືພານີ້ປິດແລ້ວ ({ $outcome })
store-changed-again = { $noun } ຖືກປ່ຽນອີກຫຼັງຈາກນັ້ນ; ຖອຍຄືນການປ່ຽນແປງທີ່ຫຼັງກວ່າກ່ອນ
store-total-too-large = { $flow } ຂອງກຸ່ມ { $group } ໃນປີ { $year } ຈະລວມເປັນ { $total } { $currency }, ເກີນ { $limit } { $currency } ທີ່ kumban ເກັບໄດ້ສູງສຸດ; ກວດຈຳນວນເງິນ (ເກີນໜຶ່ງຫຼັກບໍ?)
## The Health screen

group-vet = ສຸຂະພາບສັດ
tab-health = ສຸຂະພາບສັດ
help-this-animal-s-health-events = ບັນທຶກສຸຂະພາບຂອງສັດໂຕນີ້
hint-health = ສຸຂະພາບ
help-the-animal = ສັດໂຕນັ້ນ
hint-animal = ສັດ
help-vaccination-campaign-one-event-for-every-animal-of-a-pen-household-or-village = ຂະບວນສັກຢາ: ບັນທຶກໜຶ່ງລາຍການໃຫ້ທຸກໂຕຂອງຄອກ, ຄົວເຮືອນ ຫຼື ບ້ານ
hint-campaign = ຂະບວນສັກຢາ

## errors: health events
err-health-cost-positive = ຄ່າໃຊ້ຈ່າຍຕ້ອງຫຼາຍກວ່າສູນ; ປ່ອຍຫວ່າງໄວ້ ຖ້າບໍ່ໄດ້ຈ່າຍຫຍັງ
# review: withdrawal period (ໄລຍະງົດໃຊ້ຜະລິດຕະພັນ)
err-withdrawal-days = { $days } ມື້ ບໍ່ແມ່ນໄລຍະງົດໃຊ້; ຂຽນ 0 ຫາ { $max } (0 ຖ້າບໍ່ມີ)
term-event-date = ວັນທີຂອງເຫດການ

## errors: health events, store
store-health-before-birth = { $date } ແມ່ນກ່ອນ { $tag } ເກີດ ({ $born }); ກວດເບິ່ງວັນທີ
## The Weights screen

help-this-animal-s-weights = ນ້ຳໜັກຂອງສັດໂຕນີ້
hint-weights = ນ້ຳໜັກ
help-the-animal-weighed = ສັດທີ່ຊັ່ງ
tab-weights = ນ້ຳໜັກ

## Fertility (the dashboard's line, `kumban status`)

fig-fertility = ການຈະເລີນພັນ
fig-calving-interval = ໄລຍະຫ່າງ { $days } ມື້
fig-calving-rate = ອອກລູກ { $rate } ໃນປີ
fig-services-per-conception = ປະສົມ { $n } ເທື່ອ/ຖືພາ

## errors: weights
err-weight-zero = ນ້ຳໜັກຕ້ອງຫຼາຍກວ່າ 0 ກິໂລ
err-weight-over = { $kg } ກິໂລ ເກີນ 1,500 ກິໂລ, ຫຼາຍກວ່າງົວໂຕໃດກໍ່ໜັກ; ກວດເບິ່ງວ່າມີຕົວເລກເກີນບໍ່
err-weight-after-today = { $date } ແມ່ນຫຼັງມື້ນີ້ ({ $today }); ຂຽນວັນທີທີ່ຊັ່ງສັດ

## errors: weights, store
store-weight-before-birth = { $date } ແມ່ນກ່ອນ { $tag } ເກີດ ({ $born })
store-weight-same-day = { $tag } ມີນ້ຳໜັກໂດຍ { $method } ໃນວັນທີ { $date } ແລ້ວ; ແກ້ໄຂອັນນັ້ນແທນ
store-weigh-scale = ຊິງ
# review: girth tape
store-weigh-girth-tape = ສາຍວັດຮອບອົກ

## lists: column headings, the words in cells, details, History and Review (tabs/*.rs)
# review: the column headings are cut short to fit 80 columns (ຄົນ for the member count, ເມື່ອ for When)
col-code = ລະຫັດ
col-head-of-household = ຫົວໜ້າຄອບຄົວ
col-village = ບ້ານ
col-mem = ຄົນ
col-groups = ກຸ່ມ
col-poverty = ຄວາມທຸກຍາກ
col-demo = ຕົວແບບ
col-hhold = ຄົວເຮືອນ
col-name = ຊື່
col-sex = ເພດ
col-born = ເກີດ
col-relation = ສາຍພົວພັນ
col-works = ເຮັດວຽກ
col-pen = ຄອກ
col-status = ສະຖານະ
col-cattle = ງົວ
col-inspected = ກວດກາ
col-inspector = ຜູ້ກວດກາ
col-tag = ເບີຫູ
col-breed = ສາຍພັນ
col-origin = ທີ່ມາ
col-cow = ແມ່ງົວ
col-serviced = ປະສົມພັນ
col-method = ວິທີ
col-expected = ຄາດວ່າ
col-outcome = ຜົນ
col-when = ເມື່ອ
col-date = ວັນທີ
col-group = ກຸ່ມ
col-flow = ປະເພດ
col-amount = ຈຳນວນເງິນ
col-description = ລາຍລະອຽດ
col-from = ແຕ່ວັນທີ
col-currency = ສະກຸນເງິນ
col-1-unit-in-base = 1 ໜ່ວຍ ເປັນສະກຸນຫຼັກ
col-per-1-base = ຕໍ່ 1 ສະກຸນຫຼັກ
col-source = ແຫຼ່ງທີ່ມາ
col-by = ໂດຍ
col-change = ການປ່ຽນ
col-record = ບັນທຶກ
col-what-changed = ສິ່ງທີ່ປ່ຽນ
col-month = ເດືອນ
col-state = ສະຖານະ
col-records = ບັນທຶກ
col-edited = ແກ້ໄຂ
col-last-word = ຄຳສຸດທ້າຍ
choice-approved = ອະນຸມັດແລ້ວ
choice-returned = ສົ່ງຄືນແລ້ວ
choice-reopened = ເປີດຄືນແລ້ວ
choice-fixes-done = ແກ້ໄຂແລ້ວ
choice-created = ສ້າງໃໝ່
choice-deleted = ລຶບແລ້ວ
choice-updated = ແກ້ໄຂ
choice-undo = ຍົກເລີກ
review-state-open = ເປີດຢູ່
review-state-approved = ອະນຸມັດແລ້ວ
review-state-returned = ສົ່ງຄືນແລ້ວ
record-household = ຄົວເຮືອນ
record-member = ສະມາຊິກ
record-pen = ຄອກ
record-animal = ງົວ
# review: pregnancy: glossary marks it for review
record-pregnancy = ການຖືພາ
record-income = ລາຍຮັບ
record-rate = ອັດຕາ
field-1-base-buys = 1 ສະກຸນຫຼັກ ແລກໄດ້
field-1-unit-is-worth = 1 ໜ່ວຍ ເທົ່າກັບ
field-after = ຫຼັງ
field-animals-in-this-pen = ງົວໃນຄອກນີ້
field-approved = ອະນຸມັດ
field-base = ສະກຸນຫຼັກ
field-before = ກ່ອນ
field-breeding-history = ປະຫວັດການປະສົມພັນ
field-by = ໂດຍ
field-calves = ລູກງົວ
field-capacity = ຄວາມຈຸ
field-cattle = ງົວ
field-cattle-now = ງົວປັດຈຸບັນ
field-change = ການປ່ຽນ
field-created = ສ້າງເມື່ອ
field-edited = ແກ້ໄຂ
field-estimated = ຄາດຄະເນ
field-expected-calving = ຄາດວ່າອອກລູກ
field-fields-changed = ຂໍ້ມູນທີ່ປ່ຽນ
field-flow = ປະເພດ
# review: gestation: ໄລຍະຖືພາ
field-gestation = ໄລຍະຖືພາ
field-group = ກຸ່ມ
field-groups = ກຸ່ມ
field-history-of-these-records-newest-first = ປະຫວັດຂອງບັນທຶກເຫຼົ່ານີ້, ໃໝ່ສຸດກ່ອນ
field-income-and-expense = ລາຍຮັບ ແລະ ລາຍຈ່າຍ
field-income-expense = ລາຍຮັບ/ລາຍຈ່າຍ
field-income-logs-naming-it = ບັນທຶກລາຍຮັບທີ່ອ້າງເຖິງ
field-locked = ລັອກ
field-other-pregnancies-of-this-cow = ການຖືພາອື່ນຂອງແມ່ງົວນີ້
field-pens = ຄອກງົວ
field-poverty = ຄວາມທຸກຍາກ
field-record = ບັນທຶກ
field-record-id = ເລກບັນທຶກ
field-records = ບັນທຶກ
field-relation = ສາຍພົວພັນ
field-review-log = ປະຫວັດການກວດ
field-state = ສະຖານະ
field-transaction = ທຸລະກຳ
field-undoes = ຍົກເລີກ
field-updated = ແກ້ໄຂເມື່ອ
field-value = ມູນຄ່າ
field-when = ເມື່ອ
list-over = ເກີນ
due-today = ມື້ນີ້
due-tomorrow = ມື້ອື່ນ
due-yesterday = ມື້ວານ
due-watch-heat = { $when } ເບິ່ງການເປັນສັດ
history-no-change = ບໍ່ມີຂໍ້ມູນປ່ຽນ
history-back = ກັບຄືນ: { $what }
history-removed = ເອົາອອກ: { $what }
list-word-on = { $word } ວັນທີ { $date }
list-born-to = ເກີດຈາກ { $dam }
review-last-word = { $action } { $when } ໂດຍ { $by }
due-overdue = ເກີນກຳນົດ { $days } ມື້
due-late = ຊ້າ { $days } ມື້
due-in = ອີກ { $days } ມື້
due-ago = { $days } ມື້ກ່ອນ
list-days = { $days } ມື້
# review: ເບິ່ງການເປັນສັດ for watching for heat (oestrus); ປັດເສດ for rounded
detail-show-as-list = { $key }: ສະແດງເປັນລາຍການ
detail-none = ບໍ່ມີ
detail-by = { $what } ໂດຍ { $by }
detail-animal-line = { $tag } { $sex } { $breed } ເກີດ { $born } { $status }
detail-pending = ລໍຖ້າ, ກຳນົດ { $date } ({ $due })
detail-pending-overdue = ລໍຖ້າ, ກຳນົດ { $date } ({ $due }) ເກີນກຳນົດ
detail-calved = ອອກລູກ { $date }
detail-lost = ຫຼຸລູກ { $date }: { $reason }
detail-served-line = ປະສົມພັນ { $date } ({ $method }) { $outcome }
detail-household-title = ຄົວເຮືອນ { $code } { $name }
detail-a-year = { $amount } ຕໍ່ປີ
detail-pen-line = { $label } { $status } ຄວາມຈຸ { $capacity }
detail-of = { $what } ຂອງ { $owner }
detail-age = { $year } (ປະມານ { $age } ປີ)
detail-head-of-household = ຫົວໜ້າຄອບຄົວ
detail-of-the-head = { $relation } ຂອງຫົວໜ້າຄອບຄົວ
detail-member-line = { $name } { $sex } ເກີດ { $year } { $relation }{ $groups }
detail-pen-title = ຄອກ { $label } ຂອງ { $owner }
detail-animal-title = ງົວ { $tag } ({ $sex } { $breed })
detail-estimated = { $date } (ຄາດຄະເນ)
detail-distributed = ໂຄງການແຈກຢາຍ ວັນທີ { $date }
detail-born-to-cow = ເກີດຈາກແມ່ງົວ { $tag }
detail-sold = ຂາຍ ວັນທີ { $date } ລາຄາ { $price }
detail-died = ຕາຍ ວັນທີ { $date }: { $cause }
detail-income-title = { $flow } ຂອງ { $owner }: { $amount }
detail-rate-title = ອັດຕາ { $currency } ແຕ່ວັນທີ { $date }
detail-rounded = { $value } { $currency } (ປັດເສດ)
detail-pregnancy-title = ການຖືພາຂອງ { $tag }, ປະສົມພັນ { $date }
detail-calved-calf = ອອກລູກ ວັນທີ { $date }, ລູກງົວ { $calf }
detail-lost-on = ຫຼຸລູກ ວັນທີ { $date }: { $reason }
detail-change-title = ການປ່ຽນ { $seq }: { $what } { $record }
detail-transaction = ທຸລະກຳ { $txn }
detail-record-id = { $record } (ເລກ { $id })
detail-locked = ບັນທຶກຂອງເດືອນນີ້ ແກ້ໄຂບໍ່ໄດ້ ຈົນກວ່າເຈົ້າໜ້າທີ່ເປີດຄືນ
detail-review-log = { $when } { $action } ໂດຍ { $by }
detail-changed-by = (ແກ້ໄຂ { $when } ໂດຍ { $by })
detail-history-line = { $when } { $what } { $record } ໂດຍ { $by }: { $change }
summary-household = { $name }, ສະມາຊິກ { $members } ຄົນ
summary-member = { $name }, { $relation }, ເກີດ { $year }
summary-pen = { $status }, ຄວາມຈຸ { $capacity }
summary-pregnancy = ປະສົມພັນ { $date } ({ $method }), { $outcome }
field-watch-for-heat = ເບິ່ງການເປັນສັດ
field-to-fix = ຕ້ອງແກ້ໄຂ
detail-head = { $count } ໂຕ
detail-over-capacity = { $count } ໂຕ: ເກີນຄວາມຈຸ { $over } ໂຕ
detail-watch-heat = ປະສົມພັນ { $days } ມື້ກ່ອນ: ຖ້າເປັນສັດຕອນນີ້ ແມ່ນການປະສົມພັນບໍ່ຕິດ
# review: ຕອງ for filtering a list
list-filter = ຕອງ:
list-clears = { $key } ລ້າງ
list-sort = ຮຽງ: { $sort }
list-scope-back = ກັບຄືນ
list-scope-all = ສະແດງທັງໝົດ
list-no-match = ບໍ່ມີລາຍການກົງກັບ "{ $filter }". Esc ລ້າງການຕອງ.
list-none-in-view = ບໍ່ມີ. Esc ກັບຄືນ.
list-loading = ກຳລັງໂຫຼດ…
list-empty-add = ຍັງບໍ່ມີບັນທຶກ{ $what }. { $key } ເພີ່ມອັນທຳອິດ.
list-empty = ຍັງບໍ່ມີບັນທຶກ{ $what }.
list-nothing = ບໍ່ມີຫຍັງສະແດງ.
scope-pens = ຄອກງົວຂອງ { $code }
scope-cattle = ງົວຂອງ { $code }
scope-income = ລາຍຮັບຂອງ { $code }
scope-members = ສະມາຊິກຂອງ { $code }
scope-breeding = ການປະສົມພັນຂອງ { $tag }
scope-calves = ລູກງົວຂອງ { $tag }
scope-income-naming = ລາຍຮັບທີ່ອ້າງເຖິງ { $tag }
scope-cattle-in-pen = ງົວໃນ { $label } ຂອງ { $owner }
scope-household = ຄົວເຮືອນ { $code }
scope-cow = ແມ່ງົວ { $tag }
review-no-month = ບໍ່ໄດ້ເລືອກເດືອນ.
review-month-gone = ເດືອນນັ້ນບໍ່ມີໃນລາຍການແລ້ວ; ກົດ { $key } ເພື່ອໂຫຼດຄືນ.
review-comment-needed = ຂຽນສິ່ງທີ່ພະນັກງານຕ້ອງແກ້ໄຂ, ແລ້ວກົດ { $enter } ({ $close }: ບໍ່ສົ່ງຄືນ).
history-newest = ສະແດງ { $shown } ການປ່ຽນໃໝ່ສຸດ ຈາກ { $total }

## reports: titles, notes and headings of `kumban report` (text and HTML) and the Reports screen

report-title-household = ລາຍຮັບຕາມຄົວເຮືອນ, { $span }
report-title-village = ລາຍຮັບຕາມບ້ານ, { $span }
report-title-group = ລາຍຮັບຕາມກຸ່ມການຜະລິດ, { $span }
report-title-month = ລາຍຮັບຕາມເດືອນ, { $span }
# review: "against" rendered as "ທຽບກັບ" (compared with)
report-title-baseline = ລາຍຮັບພື້ນຖານທຽບກັບ { $span }
report-title-herd = ຝູງງົວຕາມເດືອນ, { $span }
report-title-calvings = ປະຕິທິນການອອກລູກ, { $span }
report-title-converted = { $title }, ເປັນ { $currency }
report-span-ahead = 12 ເດືອນນັບແຕ່ { $month }
report-heading = { $title } ({ $from } ຫາ { $to })
report-empty-money = ບໍ່ມີລາຍຮັບ ຫຼື ລາຍຈ່າຍບັນທຶກໄວ້ໃນ { $span }; ລອງ --year ຫຼື --period ອື່ນ.
report-empty-calvings = ບໍ່ມີກຳນົດອອກລູກໃນ { $span }; ລອງ --year ຫຼື --period ອື່ນ.
report-empty-herd = ບໍ່ມີງົວບັນທຶກໄວ້ຮອດທ້າຍ { $span }; ລອງ --year ຫຼື --period ທີ່ຫຼັງກວ່າ.
report-empty-baseline = ບໍ່ມີຄົວເຮືອນໃດບັນທຶກລາຍຮັບພື້ນຖານ; ປ້ອນມັນໃນແບບຟອມຂອງຄົວເຮືອນ.
report-note-household = { $shown } ໃນ { $total } ຄົວເຮືອນມີລາຍຮັບ ຫຼື ລາຍຈ່າຍໃນ { $span }; ລຽງຕາມລາຍຮັບສຸດທິ, ສູງສຸດກ່ອນ{ $order }.
report-note-household-order = { " " }({ $first } ກ່ອນ, ແລ້ວ { $rest })
report-note-village = ຄົວເຮືອນ: ທີ່ມີລາຍຮັບ ຫຼື ລາຍຈ່າຍໃນ { $span }. ບ້ານລຽງຕາມຊື່.
# review: "truncated to the cent" as "ຕັດເສດເຖິງໜ່ວຍນ້ອຍສຸດ"
report-note-group = ສະມາຊິກ: ຄົນທີ່ເຮັດວຽກໃນກຸ່ມມື້ນີ້ (ສະມາຊິກຄອບຄົວ). ສຸດທິຕໍ່ສະມາຊິກ: ລາຍຮັບສຸດທິຂອງກຸ່ມຫານໃຫ້ສະມາຊິກ, ຕັດເສດເຖິງໜ່ວຍນ້ອຍສຸດ.
report-note-group-households = ບໍ່ມີສະມາຊິກຄອບຄົວບັນທຶກໄວ້ໃນ { $groups }: ສະມາຊິກຢູ່ນັ້ນແມ່ນຄົວເຮືອນຂອງກຸ່ມ.
report-note-cattle-apart = { $note } ເງິນຈາກງົວເປັນ { $currencies } ບໍ່ໄດ້ແລກປ່ຽນ ແລະ ບໍ່ໄດ້ລວມຢູ່ໃນນີ້.
report-note-per-cow-head = ກຳໄລຕໍ່ງົວໜຶ່ງໂຕ ({ $cows } ແມ່ງົວ ໃນທ້າຍ { $span })
report-note-per-cow-none = { $head }: ບໍ່ມີ (ບໍ່ມີລາຍຮັບ ຫຼື ລາຍຈ່າຍຈາກງົວ, ຫຼື ບໍ່ມີແມ່ງົວ).
report-note-per-cow = { $head }: { $amounts }.
report-note-baseline = { $gained } ໃນ { $shown } ຄົວເຮືອນມີລາຍຮັບຫຼາຍກວ່າລາຍຮັບພື້ນຖານ{ $share }; ຈັດກຸ່ມຕາມສະກຸນເງິນຂອງລາຍຮັບພື້ນຖານ ແລະ ລຽງຕາມການປ່ຽນແປງ, ສູງສຸດກ່ອນ. { $without } ຄົວເຮືອນບໍ່ມີລາຍຮັບພື້ນຖານ.
report-note-baseline-share = { " " }(ລາຍຮັບພື້ນຖານເປັນຂອງໜຶ່ງປີ: ສະແດງ { $months }/12 ຂອງມັນ)
report-note-herd = ງົວທັງໝົດ, ແມ່ງົວ ແລະ ຖືພາ: ໃນທ້າຍເດືອນ. ຖືພາ: ປະສົມພັນແລ້ວ, ຍັງບໍ່ອອກລູກ ຫຼື ຫຼຸລູກ.
# review: "gestation" as "ໄລຍະຖືພາ"
report-note-calvings = ຕາມກຳນົດອອກລູກ (ວັນປະສົມພັນ + ໄລຍະຖືພາ). ເກີນກຳນົດ: ຍັງລໍຖ້າເກີນ 14 ມື້ຫຼັງຈາກນັ້ນ, ນັບຮອດ { $today }.
report-not-converted = ບໍ່ໄດ້ແລກປ່ຽນ ({ $reasons }): ລາຍຮັບ { $income }, ລາຍຈ່າຍ { $expense }, ສຸດທິ { $net } ໃນ { $logs } ບັນທຶກ
report-col-not-converted = ບໍ່ໄດ້ແລກປ່ຽນ { $column }
report-col-household = ຄົວເຮືອນ
report-col-head = ຫົວໜ້າຄອບຄົວ
report-col-village = ບ້ານ
report-col-currency = ສະກຸນເງິນ
report-col-baseline = ພື້ນຖານ
report-col-net = ສຸດທິ
report-col-change = ປ່ຽນແປງ
report-col-in-other-currencies = ໃນສະກຸນເງິນອື່ນ
report-col-month = ເດືອນ
report-col-expected = ກຳນົດ
report-col-calved = ອອກລູກແລ້ວ
report-col-lost = ຫຼຸລູກ
# review: "ahead" (calvings still to come) as "ຍັງມາ"
report-col-ahead = ຍັງມາ
report-col-overdue = ເກີນກຳນົດ
report-col-group = ກຸ່ມ
report-col-members = ສະມາຊິກ
report-col-net-per-member = ສຸດທິຕໍ່ສະມາຊິກ
report-col-distributed = ແຈກຢາຍ
report-col-bought = ຊື້
report-col-born = ເກີດ
report-col-sold = ຂາຍແລ້ວ
report-col-died = ຕາຍ
report-col-cows = ແມ່ງົວ
report-col-pregnant = ຖືພາ
report-col-logs = ບັນທຶກ
report-col-households = ຄົວເຮືອນ
report-col-income = ລາຍຮັບ
report-col-expense = ລາຍຈ່າຍ
report-kind-household = ຄົວເຮືອນ
report-kind-village = ບ້ານ
report-kind-group = ກຸ່ມ
report-kind-month = ເດືອນ
report-kind-baseline = ພື້ນຖານ
report-kind-herd = ຝູງງົວ
report-kind-calvings = ອອກລູກ
report-html-title = ລາຍງານ kumban, { $span }
report-html-period = ໄລຍະ
report-html-date = ວັນທີ
report-html-database = ຖານຂໍ້ມູນ
report-html-charts = ແຜນພູມ
report-html-indicators = ຕົວຊີ້ວັດໂຄງການ
report-html-on = ວັນທີ { $date }
report-html-to = { $from } ຫາ { $to }
report-chart-income = ລາຍຮັບຕໍ່ເດືອນ, { $currency }, { $span }
report-chart-herd = ຂະໜາດຝູງງົວຕາມເວລາ, { $span }
report-chart-at-month-end = { $what } ໃນທ້າຍເດືອນ
report-tui-building = ກຳລັງສ້າງລາຍງານ…
report-tui-busy = ກຳລັງສ້າງ…
report-tui-more-columns = ອີກ { $hidden } ຖັນໃນຈໍທີ່ກວ້າງກວ່າ
report-tui-updating = ກຳລັງອັບເດດ…
report-tui-in = ເປັນ { $currency }
report-tui-opens-nothing = ແຖວນີ້ບໍ່ເປີດຫຍັງ; ແຖວຂອງຄົວເຮືອນເປີດຄົວເຮືອນ, ແຖວຂອງເດືອນເປີດລາຍຮັບຂອງເດືອນ.
report-tui-net-by-month = { $column } ຕາມເດືອນ; ເທົ່າ ຫຼື ຕ່ຳກວ່າສູນ, ບໍ່ມີແທ່ງ
report-tui-most-used = (ສະກຸນເງິນທີ່ໃຊ້ຫຼາຍສຸດ; ຕາຕະລາງມີສະກຸນອື່ນ)
report-tui-herd = ງົວທັງໝົດໃນທ້າຍເດືອນ: { $first_month } { $first } ຫາ { $last_month } { $last }; ຕ່ຳສຸດ { $low }, ສູງສຸດ { $high }; ແທ່ງເລີ່ມທີ່ { $floor }
report-month-jan = ມ.ກ.
report-month-feb = ກ.ພ.
report-month-mar = ມ.ນ.
report-month-apr = ມ.ສ.
report-month-may = ພ.ພ.
report-month-jun = ມິ.ຖ.
report-month-jul = ກ.ລ.
report-month-aug = ສ.ຫ.
report-month-sep = ກ.ຍ.
report-month-oct = ຕ.ລ.
report-month-nov = ພ.ຈ.
report-month-dec = ທ.ວ.
report-ind-households = ຄົວເຮືອນ
report-ind-demonstration-households = ຄົວເຮືອນຕົວແບບ
report-ind-poor = ທຸກຍາກ
report-ind-near-poor = ໃກ້ທຸກຍາກ
report-ind-not-poor = ບໍ່ທຸກຍາກ
report-ind-exited-poverty = ຫຼຸດພົ້ນອອກຈາກຄວາມທຸກຍາກ
report-ind-members-of = ສະມາຊິກກຸ່ມ { $group }
report-ind-calved-in = ອອກລູກໃນປີ { $year }
report-ind-title-households = ຄົວເຮືອນ
report-ind-cattle-pens = ຄອກງົວ
report-ind-cattle-and-breeding = ງົວ ແລະ ການປະສົມພັນ
report-ind-planned = ວາງແຜນ
report-ind-building = ກຳລັງກໍ່ສ້າງ
report-ind-built = ສ້າງແລ້ວ
report-ind-inspected = ກວດກາແລ້ວ
report-ind-over-capacity = ເກີນຄວາມຈຸ
report-ind-cattle-active-head = ງົວ (ຍັງລ້ຽງຢູ່)
report-ind-female = ເພດແມ່
report-ind-male = ເພດຜູ້
report-ind-distributed-by-the-project = ແຈກຢາຍໂດຍໂຄງການ
report-ind-born = ເກີດ
report-ind-sold = ຂາຍແລ້ວ
report-ind-died = ຕາຍ
report-ind-cows-pregnant-now = ແມ່ງົວຖືພາຕອນນີ້
report-ind-calvings-due-in-30-days = ກຳນົດອອກລູກໃນ 30 ມື້
report-ind-calvings-overdue = ການອອກລູກເກີນກຳນົດ
report-ind-nothing-recorded-this-year = ບໍ່ມີບັນທຶກໃນປີນີ້.
# review: the herd's "head" (a count of cattle) as "ງົວທັງໝົດ" (all cattle)
report-col-head-count = ງົວທັງໝົດ
report-nothing = { "" }

## help: `--help` of kumban, its commands and their options (src/help.rs)

cli-about = ບັນທຶກຂອງໂຄງການຫຼຸດຜ່ອນຄວາມທຸກຍາກຂອງບ້ານ: ຄົວເຮືອນ, ຄອກງົວ, ງົວ, ການປະສົມພັນ ແລະ ລາຍຮັບ.
cli-arg-db = ໂຟນເດີຖານຂໍ້ມູນ [ຄ່າເລີ່ມຕົ້ນ: ~/.local/share/kumban/db] [env: KUMBAN_DB]
cli-arg-today = ກຳນົດ "ມື້ນີ້" ເພື່ອໃຫ້ລາຍງານ ແລະ ການທົດສອບອອກມາຄືເກົ່າ [env: KUMBAN_TODAY]
cli-arg-backup_dir = ໂຟນເດີຂອງການສຳຮອງຂໍ້ມູນອັດຕະໂນມັດປະຈຳວັນ [ຄ່າເລີ່ມຕົ້ນ: backups/ ຂອງໂຟນເດີຖານຂໍ້ມູນ] [env: KUMBAN_BACKUP_DIR]
cli-arg-read_only = ເບິ່ງໂດຍບໍ່ປ່ຽນຫຍັງ: ຖານຂໍ້ມູນປະຕິເສດທຸກການບັນທຶກຂອງເຊດຊັນນີ້
cli-arg-lang = ພາສາທີ່ kumban ເວົ້າ: en, lo (ລາວ) ຫຼື zh (ຈີນ) [ຄ່າເລີ່ມຕົ້ນ: ຈາກ LC_ALL, LC_MESSAGES ຫຼື LANG, ບໍ່ດັ່ງນັ້ນ ອັງກິດ] [env: KUMBAN_LANG]
cli-help-flag = ສະແດງຄວາມຊ່ວຍເຫຼືອ
cli-version-flag = ສະແດງເວີຊັນ
cli-cmd-demo = ເຕີມຖານຂໍ້ມູນຫວ່າງດ້ວຍຂໍ້ມູນສາທິດຂອງບ້ານ Bansuo
cli-demo-arg-households = ແທນທີ່ຈະເປັນແນວນັ້ນ, ສ້າງຂໍ້ມູນຂະໜາດເມືອງຂອງຄົວເຮືອນຈຳນວນນີ້ (ປະມານ 3 ສັດ, 1.5 ບັນທຶກການປະສົມພັນ ແລະ 50 ບັນທຶກລາຍຮັບ-ລາຍຈ່າຍ ຕໍ່ຄົວເຮືອນ), ເພື່ອວັດແທກຄວາມໄວ
cli-cmd-status = ພິມຕົວເລກຂອງໜ້າສັງລວມ ແລ້ວອອກ
cli-status-arg-json = ອອບເຈັກ JSON ອັນດຽວ (ຮູບແບບໃນ docs/status-json.md)
cli-cmd-check = ກວດທຸກບັນທຶກ, ການອ້າງອີງ ແລະ ດັດຊະນີ; ອອກດ້ວຍ 1 ຖ້າມີຫຍັງຜິດ
cli-cmd-report = ພິມລາຍງານຂອງປີ, ໄຕມາດ ຫຼື ເດືອນ (ຕົວເລກນິຍາມໃນ docs/reports.md)
cli-report-arg-by = ແຖວແມ່ນຫຍັງ
cli-report-by-value-household = ລາຍຮັບ, ລາຍຈ່າຍ ແລະ ສຸດທິ ຕໍ່ຄົວເຮືອນ, ສຸດທິສູງສຸດກ່ອນ
cli-report-by-value-village = ຄືກັນ ຕໍ່ບ້ານ, ຄຽງຂ້າງກັນ
cli-report-by-value-group = ຕໍ່ກຸ່ມການຜະລິດ, ມີສຸດທິຕໍ່ສະມາຊິກ ແລະ ກຳໄລຕໍ່ງົວໜຶ່ງໂຕ
cli-report-by-value-month = ຕໍ່ເດືອນ: ແນວໂນ້ມ
cli-report-by-value-baseline = ລາຍຮັບພື້ນຖານຂອງແຕ່ລະຄົວເຮືອນທຽບກັບລາຍຮັບສຸດທິ
cli-report-by-value-herd = ແຈກຢາຍ, ຊື້, ເກີດ, ຂາຍ, ຕາຍ; ຝູງງົວ ແລະ ຖືພາ ໃນທ້າຍເດືອນ
cli-report-by-value-calvings = ກຳນົດອອກລູກຕໍ່ເດືອນ: ປະຕິທິນການອອກລູກ
cli-report-by-value-all = ທຸກລາຍງານຂ້າງເທິງ, ຕໍ່ກັນໄປ (text ຫຼື html)
cli-report-arg-year = ປີປະຕິທິນ [ຄ່າເລີ່ມຕົ້ນ: ປີນີ້]
cli-report-arg-period = ເດືອນ ຫຼື ໄຕມາດ (ຫຼື ປີ)
cli-report-arg-format = text: ຖັນລຽນກັນ; csv: ສຳລັບຕາຕະລາງຄຳນວນ; json: ຮູບແບບໃນ docs/reports.md; html: ໜ້າ A4 ສຳລັບພິມ
cli-report-arg-currency = ແລກທຸກຈຳນວນເງິນເປັນສະກຸນນີ້ດ້ວຍອັດຕາແລກປ່ຽນທີ່ບັນທຶກໄວ້ (LAK, USD, CNY ຫຼື THB)
cli-report-arg-out = ຂຽນໃສ່ໄຟລ໌ນີ້ແທນການພິມອອກ
cli-cmd-export = ຂຽນທຸກບັນທຶກເປັນໄຟລ໌ CSV ຫຼື JSON, ຫຼື ຄ່າຂໍ້ມູນ DHIS2 ຂອງເດືອນ (ຮູບແບບໃນ docs/export-format.md)
cli-export-arg-format = csv: ໜຶ່ງໄຟລ໌ຕໍ່ປະເພດ, ສຳລັບຕາຕະລາງຄຳນວນ; json: ຄືກັນເປັນ JSON; dhis2: ຊຸດຄ່າຂໍ້ມູນ DHIS2
cli-export-format-value-csv = ໜຶ່ງໄຟລ໌ຕໍ່ປະເພດ, ສຳລັບຕາຕະລາງຄຳນວນ; ກັບ --period, ຄ່າຂໍ້ມູນ DHIS2 ຂອງເດືອນເປັນ CSV
cli-export-format-value-json = ຄືກັນເປັນ JSON
cli-export-format-value-dhis2 = ຕົວເລກຂອງເດືອນຕໍ່ບ້ານເປັນຊຸດຄ່າຂໍ້ມູນ DHIS2 (JSON); ຕ້ອງມີ --period
cli-export-arg-out = ໂຟນເດີທີ່ຈະຂຽນໃສ່ (ສ້າງຖ້າບໍ່ມີ); ກັບ --period, ໄຟລ໌ທີ່ຈະຂຽນ; - ຂຽນອອກທາງ standard output
cli-export-arg-period = ເດືອນທີ່ຈະລາຍງານໃຫ້ DHIS2, ດ້ວຍລະຫັດຈາກ dhis2.json ໃນໂຟນເດີຖານຂໍ້ມູນ
cli-cmd-import = ອ່ານໂຟນເດີທີ່ສົ່ງອອກ ຫຼື ໄຟລ໌ CSV/JSON ໜຶ່ງໄຟລ໌; ທຸກແຖວ ຫຼື ບໍ່ມີເລີຍ
cli-import-arg-path = ໂຟນເດີທີ່ສົ່ງອອກ, ຫຼື ໄຟລ໌ .csv ຫຼື .json ໜຶ່ງໄຟລ໌ (ຕາຕະລາງຄຳນວນຂອງຄົວເຮືອນກໍໄດ້)
cli-import-arg-update = ອັບເດດບັນທຶກທີ່ລະຫັດມີຢູ່ໃນຖານຂໍ້ມູນແລ້ວ, ແທນການປະຕິເສດແຖວເຫຼົ່ານັ້ນ
cli-cmd-backup = ຂຽນການສຳຮອງຂໍ້ມູນທຸກຢ່າງເປັນໄຟລ໌ດຽວ, ລວມທັງປະຫວັດ (docs/backup.md)
cli-backup-arg-file = ໄຟລ໌ສຳຮອງທີ່ຈະຂຽນ (ສ້າງໃຫ້ເຈົ້າຂອງອ່ານໄດ້ຄົນດຽວ)
cli-cmd-restore = ກູ້ຄືນການສຳຮອງໃສ່ຖານຂໍ້ມູນຫວ່າງ; ຖ້າບໍ່ມີ FILE, ສະແດງລາຍການສຳຮອງອັດຕະໂນມັດ
cli-restore-arg-file = ໄຟລ໌ສຳຮອງທີ່ຈະກູ້ຄືນ
cli-restore-arg-replace = ວາງຖານຂໍ້ມູນປັດຈຸບັນໄວ້ຂ້າງ (ປ່ຽນຊື່, ບໍ່ລຶບ) ຖ້າມັນມີບັນທຶກ ຫຼື ເປີດບໍ່ໄດ້
# review: "approve" as "ອະນຸມັດ", "officers" as "ເຈົ້າໜ້າທີ່"
cli-cmd-approve = ອະນຸມັດເດືອນຂອງບ້ານ (ເຈົ້າໜ້າທີ່ເທົ່ານັ້ນ): ບັນທຶກຂອງມັນຖືກລັອກຈົນກວ່າຈະເປີດຄືນ (docs/user-guide.md)
cli-approve-arg-village = ບ້ານ, ຄືໃນໜ້າຄົວເຮືອນ
cli-approve-arg-period = ເດືອນ, YYYY-MM
cli-cmd-reopen = ເປີດເດືອນທີ່ອະນຸມັດແລ້ວຄືນ (ເຈົ້າໜ້າທີ່ເທົ່ານັ້ນ); ກັບ --comment, ສົ່ງຄືນໃຫ້ພະນັກງານບັນທຶກຂໍ້ມູນແກ້ໄຂ
cli-reopen-arg-village = ບ້ານ, ຄືໃນໜ້າຄົວເຮືອນ
cli-reopen-arg-period = ເດືອນ, YYYY-MM
cli-reopen-arg-comment = ສິ່ງທີ່ພະນັກງານບັນທຶກຂໍ້ມູນຄວນແກ້: ເດືອນນັ້ນຈຶ່ງຖືກສົ່ງຄືນ, ບໍ່ແມ່ນພຽງແຕ່ເປີດຄືນ
cli-cmd-fixed = ໝາຍວ່າແກ້ເດືອນທີ່ຖືກສົ່ງຄືນແລ້ວ (ພະນັກງານບັນທຶກຂໍ້ມູນ ແລະ ເຈົ້າໜ້າທີ່): ມັນເປີດໃຫ້ເຈົ້າໜ້າທີ່ອີກ
cli-fixed-arg-village = ບ້ານ, ຄືໃນໜ້າຄົວເຮືອນ
cli-fixed-arg-period = ເດືອນ, YYYY-MM
cli-cmd-compact = ຂຽນຖານຂໍ້ມູນຄືນເປັນສຳເນົາໃໝ່ (ຄືການກູ້ຄືນ) ແລະ ບອກວ່າປະຢັດບ່ອນເທົ່າໃດ
cli-compact-arg-force = ວາງສຳເນົາໃໝ່ແທນ ເຖິງແມ່ນວ່າມັນບໍ່ນ້ອຍກວ່າ
cli-cmd-serve = ຖືຖານຂໍ້ມູນ ແລະ ບໍລິການທຸກເຊດຊັນ kumban ຂອງມັນ, ຢູ່ເບື້ອງໜ້າ (ສຳລັບຕົວຈັດການບໍລິການ; docs/office-setup.md)
cli-serve-arg-idle_exit = ອອກຫຼັງຈາກເຊດຊັນສຸດທ້າຍອອກໄປຈຳນວນວິນາທີນີ້ [ຄ່າເລີ່ມຕົ້ນ: ບໍ່ເຄີຍ]
cli-cmd-help = ສະແດງຂໍ້ຄວາມນີ້ ຫຼື ຄວາມຊ່ວຍເຫຼືອຂອງຄຳສັ່ງທີ່ໃຫ້
cli-usage = ວິທີໃຊ້
cli-options = ຕົວເລືອກ
cli-arguments = ອາກິວເມັນ
cli-commands = ຄຳສັ່ງ
report-no-rate-before = ບໍ່ມີອັດຕາແລກປ່ຽນຂອງ { $currency } ກ່ອນ { $first }
report-no-rate = ບໍ່ມີອັດຕາແລກປ່ຽນຂອງ { $currency }
report-too-large = ໃຫຍ່ເກີນໄປທີ່ຈະແລກປ່ຽນ
report-total = ລວມ

## entry: closing a form with what was typed
entry-discard-question = ປິດແບບຟອມ ແລະ ຖິ້ມສິ່ງທີ່ພິມໄວ້ບໍ?
entry-quit-discard-question = ອອກ ແລະ ຖິ້ມສິ່ງທີ່ພິມໄວ້ໃນແບບຟອມບໍ?

## i18n gaps

# clap's usage errors (src/usage.rs); flags and values stay English
usage-error = ຂໍ້ຜິດພາດ:
usage-unknown-argument = ບໍ່ຮູ້ຈັກຕົວເລືອກ '{ $arg }'
usage-unknown-command = ບໍ່ຮູ້ຈັກຄຳສັ່ງ '{ $name }'
usage-invalid-value = '{ $value }' ບໍ່ແມ່ນຄ່າທີ່ໃຊ້ໄດ້ສຳລັບ '{ $arg }'
usage-missing-value = '{ $arg }' ຕ້ອງມີຄ່າ ແຕ່ບໍ່ໄດ້ໃສ່
usage-missing-required = ຍັງຂາດຕົວເລືອກທີ່ຕ້ອງມີ: { $arg }
usage-conflict = '{ $arg }' ໃຊ້ຮ່ວມກັບ '{ $other }' ບໍ່ໄດ້
usage-choices = [ຄ່າທີ່ເລືອກໄດ້: { $choices }]
usage-did-you-mean = ຄຳແນະນຳ: ມີອັນທີ່ຄ້າຍກັນ: '{ $suggested }'
usage-usage = ວິທີໃຊ້:
usage-try-help = ເບິ່ງລາຍລະອຽດຕື່ມດ້ວຍ '--help'.

# the baseline report's "in other currencies" cells (text, HTML, the Reports screen; CSV and JSON keep the English)
report-cell-not-converted = { $amount } ບໍ່ໄດ້ແລກປ່ຽນ
report-cell-baseline-not-converted = ພື້ນຖານບໍ່ໄດ້ແລກປ່ຽນ ({ $why })

# the Weights and Health screens, their details, History and Review (tabs/weights.rs, tabs/health.rs)
col-kg = ກິໂລ
col-gain-day = ເພີ່ມ/ມື້
col-notes = ໝາຍເຫດ
col-animal = ສັດ
col-kind = ປະເພດ
col-disease-or-product = ພະຍາດ ຫຼື ຢາ
col-cost = ຄ່າໃຊ້ຈ່າຍ
col-next-due = ຄັ້ງຕໍ່ໄປ
col-campaign = ຂະບວນ
choice-scale = ຊິງ
# review: girth tape
choice-girth-tape = ສາຍວັດຮອບອົກ
choice-vaccination = ການສັກຢາວັກຊີນ
choice-treatment = ການປິ່ນປົວ
# review: deworming (glossary)
choice-deworming = ການຖ່າຍພະຍາດ
choice-check-up = ການກວດສຸຂະພາບ
field-weight = ນ້ຳໜັກ
field-weighed-by = ຊັ່ງດ້ວຍ
field-gain = ນ້ຳໜັກເພີ່ມ
field-daily-gain = ນ້ຳໜັກເພີ່ມຕໍ່ມື້
field-latest-weights = ນ້ຳໜັກລ່າສຸດ
field-health = ສຸຂະພາບສັດ
field-fertility = ການຈະເລີນພັນ
field-kg = ກິໂລ
field-kind = ປະເພດ
field-product = ຢາ ຫຼື ຜະລິດຕະພັນ
field-dose = ປະລິມານຢາ
field-given-by = ຜູ້ໃຫ້ຢາ
field-cost = ຄ່າໃຊ້ຈ່າຍ
field-withdrawal = ໄລຍະງົດໃຊ້
field-withdrawal-days = ມື້ງົດໃຊ້
field-next-due = ຄັ້ງຕໍ່ໄປ
field-campaign = ຂະບວນສັກຢາ
field-weight-kg = ນ້ຳໜັກ (ກິໂລ)
field-disease-or-product = ພະຍາດ ຫຼື ຢາ
field-cost-also-as-expense = ບັນທຶກຄ່າໃຊ້ຈ່າຍເປັນລາຍຈ່າຍນຳ
field-cost-per-animal = ຄ່າໃຊ້ຈ່າຍຕໍ່ໂຕ
field-animals-of = ສັດຂອງ
record-weight = ນ້ຳໜັກ
record-health = ສຸຂະພາບ
noun-weight = ບັນທຶກນ້ຳໜັກ
noun-health-event = ບັນທຶກສຸຂະພາບ
blocker-weight = ບັນທຶກນ້ຳໜັກ
blocker-weights = ບັນທຶກນ້ຳໜັກ
blocker-health-event = ບັນທຶກສຸຂະພາບ
blocker-health-events = ບັນທຶກສຸຂະພາບ
detail-weight-line = { $date } { $kg } ກິໂລ ດ້ວຍ{ $method }
detail-gain-overall = { $gain } ກິໂລ/ມື້ ໂດຍລວມ
detail-gain-last-two = , { $gain } ລະຫວ່າງສອງຄັ້ງລ່າສຸດ
detail-weight-title = ນ້ຳໜັກຂອງ { $tag } ວັນທີ { $date }
detail-kg = { $kg } ກິໂລ
detail-gain-since = { $gain } ກິໂລ/ມື້ ນັບແຕ່ { $date }
detail-no-earlier-weighing = — (ບໍ່ມີການຊັ່ງກ່ອນໜ້ານີ້)
detail-fewer-than-two-weighings = — (ຊັ່ງບໍ່ຮອດສອງຄັ້ງ)
detail-health-title = { $kind } ຂອງ { $tag } ວັນທີ { $date }
detail-withdrawal-until = { $days } ມື້, ຮອດ { $date }
detail-withdrawal-none = ບໍ່ມີ
detail-overdue = { $date } (ເກີນກຳນົດ)
detail-health-next = , ຄັ້ງຕໍ່ໄປ { $date }
detail-health-line = { $date } { $kind } { $product }{ $next }
detail-no-calving-interval = ຍັງບໍ່ມີໄລຍະຫ່າງການອອກລູກ
detail-calving-interval = ໄລຍະຫ່າງການອອກລູກ { $days } ມື້
detail-services-no-conception = ປະສົມ { $n } ເທື່ອ, ບໍ່ຖືພາ
detail-services-per-conception = ປະສົມ { $n } ເທື່ອ ຕໍ່ການຖືພາ
detail-fertility = { $intervals }; { $services }
scope-animal = ສັດ { $tag }
scope-health = ສຸຂະພາບຂອງ { $tag }
scope-weights = ນ້ຳໜັກຂອງ { $tag }
words-weight = ນ້ຳໜັກຂອງ { $tag } ວັນທີ { $date } ({ $kg } ກິໂລ)
words-health = { $kind } ຂອງ { $tag } ວັນທີ { $date } ({ $product })
summary-weight = { $kg } ກິໂລ ວັນທີ { $date }
summary-health = { $kind } { $product }, { $date }

# the weight, health event and campaign forms (crates/forms)
form-title-new-weight = ນ້ຳໜັກໃໝ່
form-title-weight = ນ້ຳໜັກວັນທີ { $date }
form-title-new-health = ບັນທຶກສຸຂະພາບໃໝ່
form-title-health = { $kind } ວັນທີ { $date }
form-title-campaign = ຂະບວນສັກຢາວັກຊີນ
form-campaign-no-households = ຍັງບໍ່ມີຄົວເຮືອນ, ຈຶ່ງບໍ່ມີສັດໃຫ້ສັກຢາ
describe-weight = { $kg } ກິໂລ ວັນທີ { $date }
describe-health = { $kind } { $product } ວັນທີ { $date }
choice-village = ບ້ານ
choice-household = ຄົວເຮືອນ
choice-pen = ຄອກງົວ

# a project day's distribution of several animals (crates/forms/src/distribute.rs)
form-title-distribution = ແຈກຢາຍສັດ
field-first-ear-tag = ເບີຫູທຳອິດ
field-count = ຈຳນວນ
field-distributed-on = ວັນທີແຈກຢາຍ
err-batch-count = ຈຳນວນຕ້ອງຢູ່ລະຫວ່າງ 1 ຫາ { $max }
err-batch-first-tag = ເບີຫູທຳອິດ { $tag } ຕ້ອງລົງທ້າຍດ້ວຍຕົວເລກເພື່ອນັບຕໍ່, ເຊັ່ນ BS-101
err-batch-tag-twice = ເບີຫູ { $tag } ຖືກໃສ່ສອງເທື່ອ
saved-distribution = ບັນທຶກສັດ { $n } ໂຕ { $first }…{ $last } ແລ້ວ
help-distribute-animals-several-head-to-one-household-in-one-save-ear-tags-counting-up = ແຈກຢາຍສັດ: ຫຼາຍໂຕໃຫ້ຄົວເຮືອນດຽວ ບັນທຶກເທື່ອດຽວ, ເບີຫູນັບຕໍ່ກັນ
hint-distribute = ແຈກຢາຍ

# what the owner process says over its socket, said by each client in its own language (crates/i18n/src/owner.rs)
owner-full-user = { $user } ເຊື່ອມຕໍ່ກັບ kumban ທີ່ຖືຖານຂໍ້ມູນນີ້ຢູ່ແລ້ວ { $n } ການເຊື່ອມຕໍ່; ປິດບາງເຊດຊັນ kumban ຂອງ { $user } ແລ້ວລອງໃໝ່
owner-full = kumban ທີ່ຖືຖານຂໍ້ມູນນີ້ ໃຫ້ບໍລິການຢູ່ແລ້ວ { $n } ເຊດຊັນ; ປິດບາງເຊດຊັນແລ້ວລອງໃໝ່
owner-not-in-group = { $user } ໃຊ້ຖານຂໍ້ມູນທີ່ { $path } ບໍ່ໄດ້: { $which } ເປັນຂອງ { $owner } ແລະ ກຸ່ມ { $group }, ແລະ { $user } ບໍ່ແມ່ນທັງສອງ; ໃຫ້ຜູ້ເບິ່ງແຍງຄອມພິວເຕີຂອງຫ້ອງການເພີ່ມ { $user } ເຂົ້າກຸ່ມ { $group }
owner-the-folder = ໂຟນເດີນັ້ນ
owner-the-folder-it-is-in = ໂຟນເດີ { $path } ທີ່ມັນຢູ່ໃນ
owner-viewer = { $user } ມີຊື່ເປັນຜູ້ເບິ່ງໃນ { $path }, ຈຶ່ງເບິ່ງໄດ້ ແຕ່ປ່ຽນຫຍັງບໍ່ໄດ້
owner-access-unreadable = ອ່ານ { $path } ບໍ່ໄດ້ ({ $why }), ສະນັ້ນທຸກເຊດຊັນເບິ່ງໄດ້ຢ່າງດຽວ ຈົນກວ່າຈະແກ້ໄຂ
owner-read-only-flag = ເຊດຊັນນີ້ເລີ່ມດ້ວຍ --read-only
owner-backups-own = kumban ທີ່ຖືຖານຂໍ້ມູນ ຂຽນສຳຮອງອັດຕະໂນມັດໃສ່ { $dir } ເທົ່ານັ້ນ ສຳລັບຜູ້ໃຊ້ທີ່ບໍ່ແມ່ນ { $user }
owner-garbage = kumban ທີ່ຖືຖານຂໍ້ມູນ ໄດ້ຮັບ { $why } ແລະ ປິດການເຊື່ອມຕໍ່; ໃຊ້ kumban ລຸ້ນດຽວກັນທຸກເຊດຊັນ
owner-folder-unreadable = ໂປຣເຊສເຈົ້າຂອງ ອ່ານໂຟນເດີຖານຂໍ້ມູນ { $path } ບໍ່ໄດ້ ({ $why })

# the status bar (tui draw), and typing a weight or a withdrawal period
status-error = ຜິດພາດ: { $text }
status-read-only = ເບິ່ງຢ່າງດຽວ
status-owner-gone = ຂາດການເຊື່ອມຕໍ່ກັບເຈົ້າຂອງ, ກຳລັງເຊື່ອມຕໍ່ໃໝ່…
err-weight-empty = ໃສ່ນ້ຳໜັກເປັນກິໂລ, ເຊັ່ນ 250 ຫຼື 250.5
err-weight-not-a-weight = "{ $text }" ບໍ່ແມ່ນນ້ຳໜັກ; ຂຽນເປັນກິໂລ ເຊັ່ນ 250 ຫຼື 250.5
err-weight-decimal-comma = "{ $text }": ຂຽນທົດສະນິຍົມດ້ວຍຈຸດ, ເຊັ່ນ 250.5 (ຈຸດ "," ໃຊ້ຄັ່ນຫຼັກພັນເທົ່ານັ້ນ, ເຊັ່ນ 1,250)
err-weight-decimals = "{ $text }" ມີທົດສະນິຍົມຫຼາຍກວ່າໜຶ່ງຕຳແໜ່ງ; ຊັ່ງໃຫ້ລະອຽດເຖິງ 0.1 ກິໂລ, ເຊັ່ນ 250.5
err-withdrawal-not-a-number = "{ $text }" ບໍ່ແມ່ນຈຳນວນມື້ເຕັມ; ຂຽນ 0 ຖ້າບໍ່ມີ


## trainings: ການຝຶກອົບຮົມ, ຜູ້ເຂົ້າຮ່ວມ ແລະ ການຢ້ຽມຢາມຂອງວິຊາການ
tab-trainings = ການຝຶກອົບຮົມ
tab-attendance = ຜູ້ເຂົ້າຮ່ວມ
tab-visits = ການຢ້ຽມຢາມ
# review: group-field
group-field = ພາກສະໜາມ
col-topic = ຫົວຂໍ້
col-trainer = ຜູ້ຝຶກ
col-place = ສະຖານທີ່
col-attendees = ຜູ້ເຂົ້າຮ່ວມ
col-member = ສະມາຊິກ
# review: col-technician
col-technician = ວິຊາການ
col-purpose = ຈຸດປະສົງ
col-next-visit = ຢ້ຽມຄັ້ງຕໍ່ໄປ
col-findings = ສິ່ງທີ່ພົບ
col-training = ການຝຶກອົບຮົມ
col-household = ຄອບຄົວ
field-topic = ຫົວຂໍ້
field-trainer = ຜູ້ຝຶກ
field-place = ສະຖານທີ່
field-attendees = ຜູ້ເຂົ້າຮ່ວມ
field-member = ສະມາຊິກ
# review: field-technician
field-technician = ວິຊາການ
field-purpose = ຈຸດປະສົງ
field-next-visit = ຢ້ຽມຄັ້ງຕໍ່ໄປ
field-findings = ສິ່ງທີ່ພົບ
field-training = ການຝຶກອົບຮົມ
field-hhold = ຄອບຄົວ
field-households-attending = ຄົວເຮືອນທີ່ເຂົ້າຮ່ວມ
# review: field-technician-visits
field-technician-visits = ການຢ້ຽມຢາມຂອງວິຊາການ
field-trainings = ການຝຶກອົບຮົມ
help-who-attended-this-training = ຜູ້ທີ່ເຂົ້າຮ່ວມການຝຶກອົບຮົມນີ້
help-the-training-attended = ການຝຶກອົບຮົມທີ່ເຂົ້າຮ່ວມ
# review: help-this-household-s-technician-visits
help-this-household-s-technician-visits = ການຢ້ຽມຢາມຂອງວິຊາການຢູ່ຄອບຄົວນີ້
help-the-trainings-this-member-attended = ການຝຶກອົບຮົມທີ່ສະມາຊິກຜູ້ນີ້ເຂົ້າຮ່ວມ
hint-attendees = ຜູ້ເຂົ້າຮ່ວມ
hint-training = ການຝຶກ
hint-visits = ການຢ້ຽມ
hint-trainings = ການຝຶກ
noun-training = ການຝຶກອົບຮົມ
noun-attendance = ການເຂົ້າຮ່ວມ
# review: noun-technician-visit
noun-technician-visit = ການຢ້ຽມຢາມຂອງວິຊາການ
picker-choose-a-training = ເລືອກການຝຶກອົບຮົມ
picker-choose-a-member-of-the-household = ເລືອກສະມາຊິກຂອງຄອບຄົວ
blocker-attendee = ຜູ້ເຂົ້າຮ່ວມ
blocker-attendees = ຜູ້ເຂົ້າຮ່ວມ
blocker-attendance-at-a-training = ການເຂົ້າຮ່ວມຝຶກອົບຮົມ
blocker-attendances-at-trainings = ການເຂົ້າຮ່ວມຝຶກອົບຮົມ
# review: blocker-technician-visit
blocker-technician-visit = ການຢ້ຽມຢາມຂອງວິຊາການ
# review: blocker-technician-visits
blocker-technician-visits = ການຢ້ຽມຢາມຂອງວິຊາການ
record-training = ການຝຶກອົບຮົມ
record-attendance = ການເຂົ້າຮ່ວມ
record-visit = ການຢ້ຽມຢາມ
form-title-new-training = ການຝຶກອົບຮົມໃໝ່
form-title-training = ການຝຶກອົບຮົມວັນທີ { $date }
form-title-new-attendance = ຜູ້ເຂົ້າຮ່ວມໃໝ່
form-title-attendance = ການເຂົ້າຮ່ວມ
# review: form-title-new-visit
form-title-new-visit = ການຢ້ຽມຢາມໃໝ່ຂອງວິຊາການ
# review: form-title-visit
form-title-visit = ການຢ້ຽມຢາມຂອງວິຊາການວັນທີ { $date }
saved-training = ບັນທຶກການຝຶກອົບຮົມ { $topic } ວັນທີ { $date } ມີຜູ້ເຂົ້າຮ່ວມ { $attendees } ຄົນ
err-training-after-today = { $date } ແມ່ນຫຼັງມື້ນີ້ ({ $today }); ບັນທຶກການຝຶກອົບຮົມຫຼັງຈາກຈັດແລ້ວ
err-visit-after-today = { $date } ແມ່ນຫຼັງມື້ນີ້ ({ $today }); ບັນທຶກການຢ້ຽມຢາມຫຼັງຈາກໄປແລ້ວ
err-training-no-attendees = ການຝຶກອົບຮົມຕ້ອງມີຜູ້ເຂົ້າຮ່ວມຢ່າງໜ້ອຍໜຶ່ງຄົນ; ໝາຍຄອບຄົວທີ່ສະມາຊິກເຂົ້າຮ່ວມ
term-visit-date = ວັນທີຢ້ຽມຢາມ
store-training-twice = ມີການຝຶກອົບຮົມ { $topic } ຢູ່ { $place } ວັນທີ { $date } ແລ້ວ; ແກ້ໄຂອັນນັ້ນແທນ
store-no-training = ບໍ່ມີການຝຶກອົບຮົມລະຫັດ { $id }; ເລືອກຈາກລາຍການ
store-no-member = ບໍ່ມີສະມາຊິກຄອບຄົວລະຫັດ { $id }; ເລືອກຈາກລາຍການ
store-attending-twice = { $name } ເຂົ້າຮ່ວມການຝຶກອົບຮົມ { $topic } ວັນທີ { $date } ແລ້ວ
store-visit-twice = { $technician } ໄດ້ຢ້ຽມຄອບຄົວນີ້ວັນທີ { $date } ແລ້ວ; ແກ້ໄຂການຢ້ຽມນັ້ນແທນ
detail-training-line = { $date } { $topic } ຢູ່ { $place }
detail-visit-line = { $date } { $technician }: { $purpose }
scope-attendees = ຜູ້ເຂົ້າຮ່ວມ { $training }
scope-visits = ການຢ້ຽມ { $code }
scope-trainings-of = ການຝຶກອົບຮົມຂອງ { $name }
words-training = ການຝຶກອົບຮົມ { $training }
words-attendance = ການເຂົ້າຮ່ວມຂອງ { $name } ທີ່ { $training }
words-visit = ການຢ້ຽມຂອງ { $technician } ທີ່ { $household } ວັນທີ { $date }
summary-attendance = ສະມາຊິກ { $member } ທີ່ການຝຶກອົບຮົມ { $training }

## lineage
saved-calving-twins = ບັນທຶກການອອກລູກຂອງ { $cow } ແລະ ລູກແຝດ { $first } ແລະ { $second } ແລ້ວ
err-calving-not-calved = ລາຍລະອຽດການອອກລູກໃຊ້ໄດ້ກັບການຖືພາທີ່ອອກລູກແລ້ວເທົ່ານັ້ນ
err-twin-same-calf = ລູກງົວໂຕທີສອງບໍ່ສາມາດເປັນໂຕດຽວກັນກັບໂຕທຳອິດ
err-twin-without-twins = ບັນທຶກລູກງົວໂຕທີສອງຕ້ອງເປັນການອອກລູກແຝດ
# review: "ນ້ຳໜັກແຮກເກີດ" for birth weight
err-birth-weight-zero = ນ້ຳໜັກແຮກເກີດຕ້ອງຫຼາຍກວ່າ 0 ກິໂລ (ປ່ອຍຫວ່າງໄວ້ຖ້າບໍ່ໄດ້ຊັ່ງ)
err-birth-weight-over = { $kg } ກິໂລ ຫຼາຍກວ່ານ້ຳໜັກລູກງົວແຮກເກີດ (ສູງສຸດ 80 ກິໂລ); ກວດຕົວເລກຄືນ
store-no-sire = ບໍ່ມີພໍ່ພັນ (ສັດ #{ $id })
store-sire-not-male = { $tag } ບໍ່ແມ່ນເພດຜູ້ ຈຶ່ງເປັນພໍ່ພັນບໍ່ໄດ້
store-must-stay-male = ສັດໂຕນີ້ເປັນພໍ່ພັນໃນບັນທຶກການປະສົມພັນ { $records } ລາຍການ ຈຶ່ງຕ້ອງເປັນເພດຜູ້
form-sire-one-or-other = ໃສ່ງົວເຖິກໃນຝູງ ຫຼື ພໍ່ພັນຈາກນອກ, ບໍ່ແມ່ນທັງສອງ
# review: "ຕາຍແຕ່ເກີດ" for stillborn
form-stillborn-no-tag = ລູກງົວທີ່ຕາຍແຕ່ເກີດບໍ່ມີບັນທຶກ; ປ່ອຍເບີຫູຫວ່າງໄວ້
form-twin-tag-needed = ລູກແຝດ: ໃສ່ເບີຫູຂອງລູກງົວໂຕທີສອງນຳ (ບັນທຶກທັງສອງໂຕ)
form-twin-tag-not-recorded = ບໍ່ໄດ້ບັນທຶກລູກງົວ; ປ່ອຍເບີຫູລູກງົວໂຕທີສອງຫວ່າງໄວ້
form-twin-same-tag = ລູກງົວສອງໂຕຕ້ອງມີເບີຫູຕ່າງກັນ
lineage-sire-herd = { $tag } (ງົວເຖິກໃນຝູງ)
# review: "ນ້ຳເຊື້ອ" for an AI straw
lineage-sire-outside = { $code } (ນ້ຳເຊື້ອ ຫຼື ງົວເຖິກຈາກນອກ)
lineage-not-recorded = ບໍ່ໄດ້ບັນທຶກ
lineage-single = ໂຕດຽວ
lineage-twins = ແຝດ
lineage-no-record = ບໍ່ມີບັນທຶກ
lineage-alive = ມີຊີວິດ
lineage-stillborn = ຕາຍແຕ່ເກີດ
lineage-kg = { $kg } ກິໂລ
lineage-not-weighed = ບໍ່ໄດ້ຊັ່ງ
field-sire-herd-bull = ພໍ່ພັນ: ງົວເຖິກໃນຝູງ
field-sire-ai-or-outside = ພໍ່ພັນ: ນ້ຳເຊື້ອ ຫຼື ງົວເຖິກຈາກນອກ
# review: "ຄວາມງ່າຍຂອງການອອກລູກ" for calving ease
field-calving-ease = ຄວາມງ່າຍຂອງການອອກລູກ
field-birth-weight-kg = ນ້ຳໜັກແຮກເກີດ (ກິໂລ)
field-stillborn = ຕາຍແຕ່ເກີດ
field-twins = ແຝດ
field-twin-s-weight-kg = ນ້ຳໜັກແຮກເກີດຂອງລູກໂຕທີສອງ (ກິໂລ)
field-twin-stillborn = ລູກໂຕທີສອງຕາຍແຕ່ເກີດ
field-twin-s-ear-tag = ເບີຫູລູກໂຕທີສອງ
field-twin-s-sex = ເພດລູກໂຕທີສອງ
field-twin-calf = ລູກໂຕທີສອງ
field-offspring-as-sire = ລູກໃນຖານະພໍ່ພັນ
choice-not-recorded = ບໍ່ໄດ້ບັນທຶກ
choice-normal = ປົກກະຕິ
# review: "ຊ່ວຍອອກ" / "ອອກຍາກ" / "ຜ່າອອກ" for assisted / hard / caesarean
choice-assisted = ຊ່ວຍອອກ
choice-hard = ອອກຍາກ
choice-caesarean = ຜ່າອອກ
picker-choose-the-bull-a-male-of-the-herd = ເລືອກງົວເຖິກ (ເພດຜູ້ໃນຝູງ)

## health dashboard
fig-health = ສຸຂະພາບສັດ
# review: "vaccinated" as ສັກຢາວັກຊີນແລ້ວ
fig-health-vaccinated = ສັກຢາວັກຊີນແລ້ວໃນ 12 ເດືອນ { $n }
fig-health-due = ຄົບກຳນົດສັກຢາໃນ 30 ມື້ { $n }
fig-health-treatments = ປິ່ນປົວໃນ 30 ມື້ { $n }
# review: heading of the list of animals whose vaccination falls due
status-health-due = ກຳນົດສັກຢາວັກຊີນ
dash-health-due-title = ກຳນົດສັກຢາວັກຊີນ
dash-health-nothing-due = ບໍ່ມີກຳນົດສັກຢາໃນ 30 ມື້ຂ້າງໜ້າ

## commands
# what the commands print (src/main.rs, src/cli.rs, crates/interchange/src/commands.rs); paths, codes and figures as they are
cmd-count = { $noun } { $n }
# between the counts of a list ("46 households, 43 pens")
cmd-list-separator = { ", " }
cmd-nothing = ບໍ່ມີຫຍັງ
cmd-exported = ສົ່ງອອກ { $counts } ໄປທີ່ { $path } ແລ້ວ.
cmd-imported = ນຳເຂົ້າ { $path } ແລ້ວ: { $what }.
cmd-import-added = ເພີ່ມ { $counts }
cmd-import-updated = ; ປັບປຸງ { $counts }; { $unchanged } ແຖວບໍ່ປ່ຽນ
cmd-import-more = … ແລະ ອີກ { $n }
# review: "correct the rows listed above and import again"
cmd-import-refused = ພົບບັນຫາ { $n } ຢ່າງໃນ { $path }; ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ. ແກ້ໄຂແຖວທີ່ລະບຸຂ້າງເທິງ ແລ້ວນຳເຂົ້າອີກຄັ້ງ.
cmd-backup-written = ຂຽນສຳຮອງຂໍ້ມູນໄປທີ່ { $path } ແລ້ວ: { $records } ບັນທຶກ, { $history } ລາຍການປະຫວັດ, { $bytes } ໄບ.
# review: "restored" as ກູ້ຄືນ
cmd-restored = ກູ້ຄືນ { $records } ບັນທຶກ ແລະ { $history } ລາຍການປະຫວັດ ຈາກ { $file } ໃສ່ { $db } ແລ້ວ.
cmd-set-aside = ຖານຂໍ້ມູນທີ່ຢູ່ບ່ອນນັ້ນກ່ອນ ຕອນນີ້ຢູ່ທີ່ { $path }.
cmd-restore-problems = ກູ້ຄືນສຳຮອງຂໍ້ມູນຕາມທີ່ມັນເປັນແລ້ວ, ແຕ່ການກວດພົບບັນຫາ { $n } ຢ່າງໃນມັນ (ລະບຸຂ້າງເທິງ)
cmd-no-backups = ຍັງບໍ່ມີສຳຮອງຂໍ້ມູນອັດຕະໂນມັດໃນ { $dir }.
cmd-backups-list = ສຳຮອງຂໍ້ມູນອັດຕະໂນມັດໃນ { $dir }, ໃໝ່ສຸດກ່ອນ:
cmd-restore-with = ກູ້ຄືນອັນໜຶ່ງດ້ວຍ: kumban --db { $db } restore --replace FILE
cmd-daily-warning = kumban: ຄຳເຕືອນ: ບໍ່ໄດ້ຂຽນສຳຮອງຂໍ້ມູນອັດຕະໂນມັດຂອງມື້ນີ້: { $why }
cmd-finishing-backup = kumban: ກຳລັງສຳເລັດສຳຮອງຂໍ້ມູນອັດຕະໂນມັດຂອງມື້ນີ້…
# review: "demonstration data" as ຂໍ້ມູນຕົວແບບ
cmd-demo-saved = ບັນທຶກຂໍ້ມູນຕົວແບບໃນ { $path } ແລ້ວ: ຄົວເຮືອນ { $households }, ສະມາຊິກຄອບຄົວ { $members }, ຄອກງົວ { $pens }, ສັດ { $animals }, ບັນທຶກນ້ຳໜັກ { $weights }, ບັນທຶກສຸຂະພາບ { $health }, ການຖືພາ { $pregnancies }, ບັນທຶກລາຍຮັບ-ລາຍຈ່າຍ { $incomes }, ອັດຕາແລກປ່ຽນ { $rates }, ການຝຶກອົບຮົມ { $trainings } ທີ່ມີການເຂົ້າຮ່ວມ { $attendances }, ການຢ້ຽມຢາມຂອງວິຊາການ { $visits }.
cmd-demo-mapping = ຕົວຢ່າງການຈັບຄູ່ DHIS2 ຢູ່ໃນ { $path }; ໃສ່ລະຫັດຂອງເມືອງທ່ານໃນນັ້ນກ່ອນ `kumban export --format dhis2`.
cmd-demo-mapping-failed = kumban: ຄຳເຕືອນ: ບໍ່ໄດ້ຂຽນຕົວຢ່າງການຈັບຄູ່ DHIS2 ໄປທີ່ { $path }: { $why }
cmd-check-ok = { $path }: ບໍ່ພົບບັນຫາ.
cmd-check-problems = kumban: ພົບບັນຫາ { $n } ຢ່າງໃນ { $path }; ກູ້ຄືນສຳຮອງຂໍ້ມູນ ຫຼື ຂໍຄວາມຊ່ວຍເຫຼືອດ້ວຍລາຍການຂ້າງເທິງ
cmd-no-database = ບໍ່ມີຖານຂໍ້ມູນ kumban ທີ່ { $path }; ກວດ --db (ຫຼື KUMBAN_DB), ຫຼື ສ້າງໃໝ່ດ້ວຍ `kumban demo`, `kumban import FILE` ຫຼື `kumban restore FILE`, ຫຼື ໂດຍການເປີດ kumban
cmd-create-question = ບໍ່ມີຖານຂໍ້ມູນ kumban ທີ່ { $path }. ສ້າງຖານຂໍ້ມູນໃໝ່ທີ່ຫວ່າງເປົ່າຢູ່ບ່ອນນັ້ນບໍ? [y/N]{" "}
cmd-nothing-created = ບໍ່ໄດ້ສ້າງຫຍັງທີ່ { $path }; ກວດ --db (ຫຼື KUMBAN_DB), ຫຼື ເປີດ kumban ອີກຄັ້ງແລ້ວຕອບ y ເພື່ອສ້າງຖານຂໍ້ມູນຢູ່ບ່ອນນັ້ນ
cmd-no-home = ຊອກຫາໂຟນເດີບ້ານຂອງທ່ານເພື່ອເກັບຖານຂໍ້ມູນບໍ່ພົບ; ລະບຸດ້ວຍ --db PATH
# review: "locked" as ລັອກ, as on the Review screen
cmd-review-approved = { $village } { $period }: { $approval }; ບັນທຶກຂອງເດືອນນີ້ຖືກລັອກຈົນກວ່າເຈົ້າໜ້າທີ່ຈະເປີດຄືນ.
cmd-review-returned = { $village } { $period }: ສົ່ງຄືນໃຫ້ພະນັກງານບັນທຶກພ້ອມຄຳເຫັນຂອງທ່ານແລ້ວ.
cmd-review-open = { $village } { $period }: ເປີດຢູ່.
cmd-approval-words = ອະນຸມັດແລ້ວໂດຍ { $by } ວັນທີ { $date }
cmd-locked = { $village } { $period } { $approval }; ໃຫ້ເຈົ້າໜ້າທີ່ເປີດຄືນກ່ອນ
cmd-report-write-failed = ຂຽນລາຍງານໄປທີ່ { $path } ບໍ່ໄດ້; ກວດວ່າມີໂຟນເດີນັ້ນ ແລະ ທ່ານຂຽນໃສ່ໄດ້
cmd-stdout-failed = ຂຽນຜົນອອກບໍ່ໄດ້: { $why }; ຖ້າມັນຂຽນໃສ່ໄຟລ໌, ໃຫ້ເຮັດບ່ອນວ່າງໃນດິສກ໌ ແລ້ວແລ່ນຄຳສັ່ງອີກຄັ້ງ
cmd-open-hint = ສຳຮອງຂໍ້ມູນຫຼ້າສຸດແມ່ນ { $file } ({ $date }); ກູ້ຄືນມັນດ້ວຍ: kumban --db { $db } restore --replace { $word }
# review: "compact" as ບີບອັດ
cmd-compact-kept = ບໍ່ມີຫຍັງໃຫ້ບີບອັດໃນ { $path }: ສຳເນົາໃໝ່ຂອງ { $records } ບັນທຶກ ແລະ { $history } ລາຍການປະຫວັດ ໃຊ້ { $copy } MB, ບໍ່ໜ້ອຍກວ່າ { $before } MB ທີ່ໃຊ້ຢູ່ຕອນນີ້; ຈຶ່ງປະໄວ້ຕາມເດີມ.
cmd-compacted = ບີບອັດ { $path } ແລ້ວ: { $records } ບັນທຶກ ແລະ { $history } ລາຍການປະຫວັດ; ກ່ອນ { $before } MB, ຫຼັງ { $after } MB ({ $change }).
cmd-compact-saved = ປະຢັດໄດ້ { $mb } MB
cmd-compact-more = ເພີ່ມຂຶ້ນ { $mb } MB
backup-read = ອ່ານ { $path } ບໍ່ໄດ້: { $reason }
backup-write = ຂຽນສຳຮອງຂໍ້ມູນບໍ່ໄດ້: { $why }; ກວດວ່າມີໂຟນເດີ, ຂຽນໃສ່ໄດ້ ແລະ ມີບ່ອນຫວ່າງ
backup-not-a-backup = { $path } ບໍ່ແມ່ນສຳຮອງຂໍ້ມູນຂອງ kumban (ມັນບໍ່ໄດ້ເລີ່ມດ້ວຍຫົວ kumban-backup)
backup-too-new = { $path } ຖືກຂຽນໂດຍ kumban ລຸ້ນໃໝ່ກວ່າ ({ $what } { $found }; ລຸ້ນນີ້ອ່ານໄດ້ເຖິງ { $supported }); ອັບເດດ kumban ເພື່ອກູ້ຄືນມັນ
backup-incomplete = { $path } ບໍ່ຄົບ: ມັນຈົບກ່ອນ checksum, ສະນັ້ນມັນຖືກຕັດໃນຂະນະຂຽນ ຫຼື ສຳເນົາ; ບໍ່ໄດ້ກູ້ຄືນຫຍັງ; ໃຊ້ສຳຮອງຂໍ້ມູນອັນອື່ນ (`kumban restore` ສະແດງລາຍການ)
backup-damaged = { $path } ເສຍຫາຍ ({ $reason }); ບໍ່ໄດ້ກູ້ຄືນຫຍັງ; ໃຊ້ສຳຮອງຂໍ້ມູນອັນອື່ນ (`kumban restore` ສະແດງລາຍການ)
backup-not-empty = ຖານຂໍ້ມູນທີ່ { $path } ມີບັນທຶກຢູ່ແລ້ວ; ການກູ້ຄືນໃສ່ໄດ້ສະເພາະຖານຂໍ້ມູນຫວ່າງ: ໃຊ້ --db ກັບໂຟນເດີໃໝ່, ຫຼື ເພີ່ມ --replace ເພື່ອຍ້າຍອັນນີ້ໄປໄວ້ຂ້າງໆ (ປ່ຽນຊື່, ບໍ່ລຶບ)

## status people
fig-people = ຄົນ
fig-people-recorded = ບັນທຶກແລ້ວ { $n } ຄົນ
# review: "per household, as no member is recorded"
status-per-household-basis = ຕໍ່ຄົວເຮືອນ, ເພາະບໍ່ມີສະມາຊິກທີ່ບັນທຶກໄວ້:

# an unsaved form kept over a power cut, offered to the next session (crates/tui/src/draft.rs)
draft-offer = ທ່ານມີ{ $what } ທີ່ຍັງບໍ່ໄດ້ບັນທຶກ; ສືບຕໍ່ບໍ? y/n
draft-thrown = ຖິ້ມ{ $what } ທີ່ຍັງບໍ່ໄດ້ບັນທຶກແລ້ວ.
draft-resumed = ສືບຕໍ່{ $what } ທີ່ຍັງບໍ່ໄດ້ບັນທຶກ; ກົດ { $key } ເພື່ອບັນທຶກ.
draft-cannot-resume = ບໍ່ສາມາດສືບຕໍ່{ $what } ທີ່ຍັງບໍ່ໄດ້ບັນທຶກ: { $why }
report-stopped = ການສ້າງລາຍງານຢຸດລົງ; ກົດ r ເພື່ອລອງໃໝ່
form-training-no-households = ຍັງບໍ່ມີຄົວເຮືອນ, ຈຶ່ງບໍ່ມີຜູ້ເຂົ້າຮ່ວມການຝຶກອົບຮົມ
report-household-gone = ຄົວເຮືອນນັ້ນບໍ່ມີແລ້ວ (ຖືກລຶບໄປແລ້ວ); ກົດ r ເພື່ອໂຫຼດໃໝ່.
related-none = ບໍ່ມີຂໍ້ມູນທີ່ກ່ຽວຂ້ອງປະເພດນັ້ນສຳລັບບັນທຶກນີ້.
reloaded = ໂຫຼດໃໝ່ຈາກຖານຂໍ້ມູນແລ້ວ.

# why a save or a session failed, said by the store or the owner in English (crates/i18n/src/owner.rs)
reason-lost-during-save = ການເຊື່ອມຕໍ່ຂາດລະຫວ່າງການບັນທຶກ
reason-lost-before-save = ການເຊື່ອມຕໍ່ຂາດກ່ອນການບັນທຶກໄປເຖິງ
reason-lost-before-import = ການເຊື່ອມຕໍ່ຂາດກ່ອນການນຳເຂົ້າຖືກຂຽນ
reason-save-in-progress = ມີການບັນທຶກກຳລັງດຳເນີນຢູ່ໃນເຊດຊັນນີ້; ໃຫ້ສຳເລັດກ່ອນ
reason-another-opening = ມີເຊດຊັນອື່ນກຳລັງເປີດມັນຢູ່ໃນຕອນນີ້
reason-others-using = ເຊດຊັນ kumban ອື່ນຍັງໃຊ້ມັນຢູ່
reason-none-serves = ບໍ່ມີ kumban ໃດໃຫ້ບໍລິການມັນ; ເລີ່ມດ້ວຍ `kumban serve`
reason-owner-not-started = ບໍ່ສາມາດເລີ່ມໂປຣແກຣມເຈົ້າຂອງໃໝ່ໄດ້
reason-other-version = kumban ທີ່ຖືຖານຂໍ້ມູນນີ້ເປັນລຸ້ນອື່ນ ແລະ ອ່ານຄຳຕອບຂອງມັນບໍ່ໄດ້; ໃຊ້ kumban ດຽວກັນສຳລັບທຸກເຊດຊັນ
# A list of several ticked in a picker (a training's attendees).
picker-tick-the-households-that-attended = ໝາຍຄົວເຮືອນທີ່ເຂົ້າຮ່ວມ
picker-ticked = { $count } · ໝາຍແລ້ວ { $ticked }
picker-keys-ticks = { $moves } ຍ້າຍ  { $tick } ໝາຍ  { $all } ໝາຍທີ່ສະແດງທັງໝົດ  { $done } ແລ້ວ  { $back } ກັບຄືນ
form-ticks-none = ຍັງບໍ່ໄດ້ໝາຍ
form-ticks-count = { $n } ຄົວເຮືອນ
form-ticks-summary = { $n } ຄົວເຮືອນ: { $codes }
form-ticks-more = …ແລະ ອີກ { $n }
form-keys-ticks = { $space } ຫຼື { $enter } ເປີດລາຍການເພື່ອໝາຍ
help-in-a-list-of-several-a-training-s-attendees-tick-or-untick-the-row-then-go-to-the-next = ໃນລາຍການທີ່ເລືອກໄດ້ຫຼາຍ (ຜູ້ເຂົ້າຮ່ວມການຝຶກອົບຮົມ): ໝາຍ ຫຼື ຍົກເລີກການໝາຍແຖວ, ແລ້ວໄປແຖວຕໍ່ໄປ
help-in-a-list-of-several-tick-every-row-the-filter-shows-a-whole-village-again-to-untick-them = ໃນລາຍການທີ່ເລືອກໄດ້ຫຼາຍ: ໝາຍທຸກແຖວທີ່ຕົວກັ່ນຕອງສະແດງ (ທັງບ້ານ); ກົດອີກເທື່ອໜຶ່ງເພື່ອຍົກເລີກ
