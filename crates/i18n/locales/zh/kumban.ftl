# kumban messages: Simplified Chinese. Terms follow docs/glossary.md.

## Screens (their English is Tab::title)
tab-dashboard = 概览
tab-households = 农户
tab-pens = 牛圈
tab-cattle = 牛
tab-breeding = 繁殖
tab-income = 收入
tab-history = 历史记录
tab-review = 审核

## Groups of the navigation bar (nav::GROUPS)
group-home = 首页
group-households = 农户
group-herd = 牛群
group-money = 收支
group-checks = 核查

## Key descriptions of the help popup (keymap.rs, forms keys)
help-quit-asks-first-when-a-form-holds-changes = 退出（表单有改动时先询问）
help-quit = 退出
help-help-for-this-screen-again-to-close = 本屏幕的帮助（再按一次关闭）
help-back-close-the-popup-clear-the-filter-or-leave-a-related-view = 返回：关闭弹窗、清除筛选或离开关联视图
help-redraw-the-whole-screen = 重绘整个屏幕
help-go-to-a-group-of-screens-again-its-next-screen = 转到一组屏幕；再按：组内下一屏
help-next-screen-in-the-order-of-the-bar = 下一屏，按导航栏顺序
help-previous-screen = 上一屏
help-down-one-row = 下移一行
help-up-one-row = 上移一行
help-down-one-page = 下翻一页
help-up-one-page = 上翻一页
help-first-row = 第一行
help-last-row = 最后一行
help-select-the-next-figure-or-calving = 选择下一个数字或产犊
help-select-the-previous-figure-or-calving = 选择上一个数字或产犊
help-open-the-list-or-the-record-behind-the-selected-figure-or-calving = 打开所选数字或产犊背后的列表或记录
help-scroll-down = 向下滚动
help-scroll-up = 向上滚动
help-open-the-record-every-field-and-its-related-records = 打开记录：所有字段及其关联记录
help-new-record-in-a-form = 新记录（在表单中）
help-edit-the-record-in-a-form = 在表单中编辑记录
help-delete-the-record-asks-y-n-refused-while-others-point-to-it = 删除记录（询问 y/N；有其他记录引用时拒绝）
help-record-a-service-of-this-cow-a-new-pending-pregnancy = 记录此母牛的配种：新的待定妊娠
help-record-the-sale-of-this-animal-with-the-income = 记录此牲畜的出售及收入
help-record-the-death-of-this-animal = 记录此牲畜的死亡
help-pregnancy-check-pregnant-open-or-check-again-later = 妊娠检查：已孕、未孕或稍后复查
help-record-the-calving-and-the-calf = 记录产犊及牛犊
help-record-a-lost-pregnancy = 记录流产
help-record-a-service-a-new-pending-pregnancy-choose-the-cow = 记录配种：新的待定妊娠（选择母牛）
help-this-household-s-pens = 此农户的牛圈
help-this-household-s-cattle = 此农户的牛
help-this-household-s-income = 此农户的收入
help-the-animals-in-this-pen = 此圈中的牲畜
help-this-cow-s-breeding-history = 此母牛的繁殖记录
help-this-cow-s-calves = 此母牛的牛犊
help-income-logs-naming-this-animal = 提到此牲畜的收支记录
help-the-cow = 母牛
help-approve-the-month-its-records-are-locked-officers = 批准该月：其记录被锁定（审核人员）
help-return-the-month-to-the-clerk-with-a-comment-officers = 将该月退回录入员并附意见（审核人员）
help-reopen-an-approved-month-officers = 重新打开已批准的月份（审核人员）
help-mark-a-returned-month-s-fixes-done = 标记退回月份已改正
help-the-household-it-belongs-to = 所属农户
help-filter-the-list-as-you-type-esc-clears = 边输入边筛选列表（Esc 清除）
help-sort-by-the-next-column = 按下一列排序
help-reverse-the-sort-order = 反转排序
help-undo-the-last-change-made-in-this-session-a-whole-calving-at-once = 撤销本次会话的最后一次更改（整次产犊一起撤销）
help-reload-from-the-database-see-others-changes = 从数据库重新加载（查看他人的更改）
help-go-to-a-screen-by-name-a-list-that-narrows-as-you-type = 按名称转到屏幕：列表随输入缩小
help-keep-the-filter-and-go-back-to-the-list = 保留筛选并返回列表
help-delete-the-last-letter = 删除最后一个字符
help-type-to-narrow-the-list-any-case-any-script = 输入以缩小列表（不分大小写和文字）
help-yes = 是
help-no-the-default = 否（默认）
help-close-the-message = 关闭消息
help-narrow-the-list-a-screen-s-or-its-group-s-name = 缩小列表：屏幕名或组名
help-move-in-the-list = 在列表中移动
help-go-to-the-chosen-screen = 转到所选屏幕
help-close-the-list-staying-where-you-are = 关闭列表，留在原处
help-widen-the-filter = 放宽筛选
help-next-field = 下一字段
help-previous-field = 上一字段
help-next-field-on-the-last-field-save-on-an-empty-reference-open-its-list = 下一字段；在最后一个字段：保存；在空的引用字段：打开其列表
help-save-only-valid-records-are-saved-what-was-typed-stays = 保存（只保存有效记录；已输入的内容保留）
help-close-the-form-asks-y-n-first-if-anything-was-typed = 关闭表单；如已输入内容先询问 y/N
help-move-in-the-text-change-a-choice = 在文本中移动；更改选项
help-delete-the-character-before-after-the-cursor = 删除光标前 / 后的字符
help-clear-the-field = 清空字段
help-typed-into-the-field-space-changes-a-choice-or-opens-a-list = 输入到字段中（空格键更改选项或打开列表）
help-narrow-the-list-code-or-name-any-case-any-script = 缩小列表：代码或名称，不分大小写和文字
help-choose = 选择
help-back-to-the-form-nothing-chosen = 返回表单，未选择

## Footer key hints (keymap.rs)
hint-quit = 退出
hint-help = 帮助
hint-back = 返回
hint-open = 打开
hint-new = 新建
hint-edit = 编辑
hint-delete = 删除
hint-service = 配种
hint-sale = 出售
hint-death = 死亡
hint-check = 检查
hint-calving = 产犊
hint-loss = 流产
hint-pens = 牛圈
hint-cattle = 牛
hint-income = 收入
hint-animals = 牲畜
hint-breeding = 繁殖
hint-calves = 牛犊
hint-cow = 母牛
hint-approve = 批准
hint-return = 退回
hint-reopen = 重开
hint-fixed = 已改
hint-household = 农户
hint-filter = 筛选
hint-sort = 排序
hint-undo = 撤销
hint-go-to = 转到
hint-keep = 保留
hint-yes = 是
hint-no = 否
hint-close = 关闭
hint-move = 移动
hint-go = 前往

## Figures of the dashboard and of `kumban status`
fig-households = 农户
fig-households-value = { $total }（示范户 { $demonstration }）
fig-poverty = 贫困
fig-poor = 贫困 { $n }
fig-near-poor = 边缘贫困 { $n }
fig-not-poor = 非贫困 { $n }
fig-exited = 脱贫 { $n }
fig-groups = 小组
fig-pens = 牛圈
fig-planned = 计划中 { $n }
fig-building = 在建 { $n }
fig-built = 已建成 { $n }
fig-inspected = 已验收 { $n }
fig-over-capacity = 超容量 { $n }
fig-cattle = 牛
fig-cattle-active = 在栏 { $active }（母 { $female }，公 { $male }）
fig-distributed = 发放 { $n }
fig-born = 出生 { $n }
fig-sold = 已售 { $n }
fig-died = 死亡 { $n }
fig-breeding = 繁殖
fig-pregnant = 妊娠 { $n }
fig-due-30 = 30 天内预产 { $n }
fig-overdue = 逾期 { $n }
fig-calved = 今年产犊 { $n }
fig-returned = 已退回
fig-col-group = 小组
fig-col-cur = 币种
fig-col-income = 收入
fig-col-expense = 支出
fig-col-net = 净额
fig-col-per-member = 人均
when-today = 今天
when-tomorrow = 明天
when-in-days = { $n } 天后
when-days-ago = { $n } 天前
when-days-late = 晚 { $n } 天
when-short-ahead = +{ $n }天
when-short-late = 晚{ $n }天

## The dashboard screen
dash-not-computed = 无法计算数字；请看下方消息。按 { $key } 重试。
dash-due-next = 即将产犊：30 天内 { $n }
dash-overdue = 逾期：{ $n }（晚于 14 天以上）
dash-none = 无
dash-returned-more = 另有 { $n } 个月被退回：见 { $review }
dash-income-year = 收入 { $year }
dash-income-nothing = 1 月 1 日至 { $today } 无记录
dash-profit-per-cow = 每头母牛利润 { $amounts } · 1 月 1 日至 { $today }
dash-from-january = 1 月 1 日至 { $today }
dash-more = … 更多见繁殖屏 (5)
dash-more-short = … 更多：繁殖 (5)

## `kumban status` as text
status-title = kumban 状况，{ $today }
status-returned = 审核人员退回（改正后运行 `kumban fixed --village V --period YYYY-MM`）
status-by-on = { $by } 于 { $date }
status-overdue = 逾期
status-due-next = 即将产犊
status-and-more = ... 另有 { $n } 条
status-income = 收入 { $year }，1 月 1 日至 { $today }
status-income-nothing = 今年无记录
status-profit-per-cow = 每头母牛利润：{ $amounts }

## Popups, the go-to list and the list screens
help-title = 帮助：{ $screen }的按键
help-on-tab = 在{ $screen }屏
help-in-detail = 在此详情弹窗中
help-in-form = 在表单中
help-in-picker-field = 在选择列表中（引用字段）
help-in-picker = 在选择列表中
help-in-filter = 输入筛选时
popup-position = { $first }-{ $last } / { $total }
palette-title = 转到
palette-none = 没有该名称的屏幕。
palette-here = 当前

## The welcome screen of an empty database
welcome-title = 欢迎使用 kumban
welcome-empty = 此数据库为空：{ $db }
welcome-first-heading = 添加第一个农户
welcome-first-keys = 按 { $group } 进入农户屏，再按 { $new }：打开表单。{ $next } 在
welcome-first-fields = 字段间移动，{ $save } 保存，{ $close } 取消，{ $undo } 撤销保存。
welcome-demo-heading = 用演示数据看看
welcome-demo-quit = 按 { $quit } 退出并运行
welcome-demo-db = （如指定过 --db，用同一个），然后再次启动 kumban。
welcome-keys = 在任何屏幕按 { $help } 查看按键，按 { $quit } 退出。

## The Reports and Rates screens

tab-reports = 报表
tab-rates = 汇率
help-down-one-row-of-the-report = 报表下移一行
help-up-one-row-of-the-report = 报表上移一行
help-next-report-household-village-group-month-baseline-herd-calvings = 下一张报表：农户、村、小组、月份、基线、牛群、产犊
help-previous-report = 上一张报表
help-open-what-the-row-stands-for-the-household-or-the-month-s-income = 打开此行所指：农户，或该月的收入
help-period-of-a-year-then-a-quarter-then-a-month = 期间：年，然后季度，然后月
help-the-period-after = 下一期间
help-the-period-before-a-year-a-quarter-or-a-month-back = 上一期间：往前一年、一季度或一个月
hint-earlier = 往前
hint-later = 往后
hint-period = 期间
hint-report = 报表
help-amounts-as-recorded-then-all-in-usd-lak-cny-or-thb-by-the-exchange-rates = 按记录的金额，然后全部换算为 USD、LAK、CNY 或 THB（按汇率）
hint-currency = 币种

## The Members screen

help-this-household-s-members = 该农户的家庭成员
hint-members = 成员
tab-members = 家庭成员

## The Weights screen

help-this-animal-s-weights = 这头牲畜的体重记录
hint-weights = 体重
help-the-animal-weighed = 称重的牲畜
hint-animal = 牲畜
tab-weights = 体重

## Fertility (the dashboard's line, `kumban status`)

fig-fertility = 繁殖力
fig-calving-interval = 产犊间隔 { $days } 天
fig-calving-rate = 一年内产犊 { $rate }
fig-services-per-conception = 每次受孕配种 { $n } 次
