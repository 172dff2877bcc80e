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

## The Weights screen

help-this-animal-s-weights = ນ້ຳໜັກຂອງສັດໂຕນີ້
hint-weights = ນ້ຳໜັກ
help-the-animal-weighed = ສັດທີ່ຊັ່ງ
hint-animal = ສັດ
tab-weights = ນ້ຳໜັກ

## Fertility (the dashboard's line, `kumban status`)

fig-fertility = ການຈະເລີນພັນ
fig-calving-interval = ໄລຍະຫ່າງ { $days } ມື້
fig-calving-rate = ອອກລູກ { $rate } ໃນປີ
fig-services-per-conception = ປະສົມ { $n } ເທື່ອ/ຖືພາ
