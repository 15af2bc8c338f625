#!/usr/bin/env python3
"""Literal data for dev-extra-9.jsonl / test-extra-9.jsonl (semantic-cache verifier pairs).

Format of each block: a line `G <domain> <lang> | <anchor a>` starts a group; the following lines
`+ <class> | <b>` (label true) or `- <class> | <b>` (label false) are its variants.
Group ids are x9-001, x9-002, ... in order of writing. The split is decided by the group id alone:
dev if the first byte of SHA-256(group id) is even, else test.
Run: python3 Benchmarks/data/cache-pairs/tools/extra_9_data.py
"""
import hashlib
import json
import os

D = []
D.append(r"""
G shopping en | Do you sell chargers for phones with a case?
+ rephrase | Are there chargers for phones that have a case on them in your store?
+ short-form | chargers for phones w/ a case - do you sell them?
- attachment | Do you sell chargers with a case for phones?
- action | Do you rent chargers for phones with a case?
- negation | Do you sell chargers for phones without a case?
- qualifier | Do you sell second-hand chargers for phones with a case?
G shopping en | Can I return an item I bought online to a physical store?
+ synonym | Is it possible to return something I purchased online to a brick-and-mortar store?
+ reorder | To a physical store, can I return an item that I bought online?
- direction | Can I return an item I bought in a physical store to the online shop?
- modality | Must I return an item I bought online to a physical store?
- qualifier | Can I return a used item I bought online to a physical store?
- action | Can I exchange an item I bought online at a physical store?
G shopping en | How long does standard shipping take to Canada from the US?
+ reorder | How long does standard shipping from the US to Canada take?
+ short-form | standard shipping US -> Canada, how many days?
- direction | How long does standard shipping take to the US from Canada?
- qualifier | How long does express shipping take to Canada from the US?
- entity | How long does standard shipping take to Mexico from the US?
- question-word | How much does standard shipping cost to Canada from the US?
G shopping en | What's the cheapest laptop you have with 16 GB of RAM?
+ synonym | Which is your least expensive laptop that has 16GB RAM?
+ number-words | What's the cheapest laptop you have with sixteen gigabytes of RAM?
- comparative | What's the most expensive laptop you have with 16 GB of RAM?
- number | What's the cheapest laptop you have with 32 GB of RAM?
- qualifier | What's the cheapest refurbished laptop you have with 16 GB of RAM?
- comparative | What's the cheapest laptop you have with at least 16 GB of RAM?
G shopping en | Is the iPhone 14 case compatible with the iPhone 14 Pro?
+ rephrase | Will a case made for the iPhone 14 fit an iPhone 14 Pro?
- direction | Is the iPhone 14 Pro case compatible with the iPhone 14?
- entity | Is the iPhone 14 case compatible with the iPhone 15 Pro?
- entity | Is the iPhone 14 Pro case compatible with the iPhone 14 Pro Max?
- object | Is the iPhone 14 charger compatible with the iPhone 14 Pro?
G shopping en | Can I use a gift card to pay for part of an order and a credit card for the rest?
+ rephrase | Is it possible to split payment between a gift card and a credit card on one order?
+ reorder | Can I pay for part of an order with a gift card and the rest with a credit card?
- negation | Can I use a gift card to pay for an order without a credit card?
- object | Can I use a credit card to buy a gift card?
- direction | Can I use a gift card to pay for a credit card bill?
- qualifier | Can I use an expired gift card to pay for part of an order and a credit card for the rest?
G shopping en | If the price drops within 14 days after I buy, do you refund the difference?
+ synonym | Do you offer a price adjustment if the price goes down in the two weeks after my purchase?
+ number-words | If the price drops within fourteen days after I buy, do you refund the difference?
- number | If the price drops within 30 days after I buy, do you refund the difference?
- comparative | If the price drops within 14 days before I buy, do you refund the difference?
- antonym | If the price rises within 14 days after I buy, do you charge the difference?
- qualifier | If the price drops within 14 days after I buy a clearance item, do you refund the difference?
G shopping en | Who pays the customs duty on orders shipped to the UK?
+ passive | On orders shipped to the UK, by whom is the customs duty paid?
+ short-form | UK orders - who pays customs?
- question-word | How much is the customs duty on orders shipped to the UK?
- direction | Who pays the customs duty on orders shipped from the UK?
- qualifier | Who pays the customs duty on orders under £135 shipped to the UK?
- entity | Who pays the VAT on orders shipped to the UK?
G shopping en | Can I swap my order for a bigger size instead of getting a refund?
+ rephrase | Instead of a refund, can I exchange my order for a larger size?
- direction | Can I get a refund instead of swapping my order for a bigger size?
- comparative | Can I swap my order for a smaller size instead of getting a refund?
- object | Can I swap my order for a different colour instead of getting a refund?
- tense | I already swapped my order for a bigger size - can I still get a refund?
G shopping zh | 买了二手手机能退货吗？
+ synonym | 二手手机买了以后可以退吗？
+ short-form | 二手机能退不
- qualifier | 买了手机能退货吗？
- action | 买了二手手机能换货吗？
- direction | 卖了二手手机能要回来吗？
- number | 买了二手手机七天以后还能退货吗？
G shopping zh | 满300减50的券能和会员折扣一起用吗？
+ synonym | 满300减50的优惠券可以跟会员折扣叠加吗？
+ reorder | 会员折扣和满300减50的券能一起用吗？
- number | 满500减50的券能和会员折扣一起用吗？
- number | 满300减30的券能和会员折扣一起用吗？
- object | 满300减50的券能和积分抵扣一起用吗？
G shopping zh | 从上海寄到北京的快递一般几天到？
+ synonym | 上海发北京的快递通常要几天？
+ reorder | 快递从上海寄到北京一般几天能到？
- direction | 从北京寄到上海的快递一般几天到？
- question-word | 从上海寄到北京的快递一般多少钱？
- qualifier | 从上海寄到北京的顺丰次日达一般几天到？
- entity | 从上海寄到广州的快递一般几天到？
G shopping zh | 这款耳机比那款贵多少？
+ particles | 这款耳机比那款贵了多少啊？
+ reorder | 那款耳机和这款比，这款贵多少？
- direction | 那款耳机比这款贵多少？
- comparative | 这款耳机比那款轻多少？
- question-word | 这款耳机为什么比那款贵？
G shopping zh | 预付卡里的余额可以提现吗？
+ synonym | 预付卡余额能不能取出来成现金？
+ politeness | 请问一下，预付卡里的余额可以提现吗？
- action | 预付卡里的余额可以充值吗？
- action | 预付卡里的余额可以转给别人吗？
- qualifier | 过期的预付卡里的余额可以提现吗？
- entity | 储值会员卡里的积分可以提现吗？
G shopping zh | 我想把收货地址从公司改成家里，怎么操作？
+ ba-construction | 我想将收货地址由公司改为家里，如何操作？
+ synonym | 收货地址要从公司换成家里的，怎么改？
- direction | 我想把收货地址从家里改成公司，怎么操作？
- object | 我想把收货人从我改成我妈，怎么操作？
- tense | 订单已经发货了，还能把收货地址从公司改成家里吗？
G shopping zh | 除了信用卡以外还能用什么付款？
+ synonym | 不用信用卡的话，还有哪些付款方式？
+ rephrase | 信用卡之外还支持哪些支付方式？
- negation | 能用信用卡付款吗？
- entity | 除了支付宝以外还能用什么付款？
- direction | 除了付款以外信用卡还能干什么？
G shopping zh | 买两件以上打几折？
+ number-words | 买2件以上打几折？
+ synonym | 买超过两件的话能打几折？
- comparative | 买两件以下打几折？
- number | 买三件以上打几折？
- question-word | 买两件以上有什么赠品？
G shopping zh | 联名信用卡在你们店买东西有没有额外优惠？
- action | 联名信用卡在你们店退货有没有额外优惠？
+ synonym | 用联名信用卡在你们店购物可以享受额外优惠吗？
- qualifier | 信用卡在你们店买东西有没有额外优惠？
- entity | 联名借记卡在你们店买东西有没有额外优惠？
- direction | 在你们店买东西能不能办联名信用卡？
""")
D.append(r"""
G banking en | How do I transfer money from my savings account into my checking account?
+ synonym | How can I move funds from savings to checking?
+ reorder | Into my checking account from my savings account - how do I transfer money?
- direction | How do I transfer money from my checking account into my savings account?
- qualifier | How do I transfer money from my joint savings account into my checking account?
- entity | How do I transfer money from my savings account into my brokerage account?
- direction | How do I transfer money out of my savings account into someone else's checking account?
G banking en | Can I freeze my debit card from the app if I lose it?
+ rephrase | If I lose my debit card, is it possible to freeze it in the app?
+ short-form | lost debit card - freeze it in app?
- action | Can I unfreeze my debit card from the app if I find it?
- entity | Can I freeze my credit card from the app if I lose it?
- action | Can I cancel my debit card from the app if I lose it?
- modality | Do I have to freeze my debit card from the app if I lose it?
G banking en | What's the fee for sending money to Mexico from a US account?
+ synonym | How much does it cost to wire money from a US account to Mexico?
+ reorder | From a US account, what's the fee for sending money to Mexico?
- direction | What's the fee for receiving money from Mexico into a US account?
- question-word | How long does sending money to Mexico from a US account take?
- entity | What's the fee for sending money to Canada from a US account?
- qualifier | What's the fee for sending more than $10,000 to Mexico from a US account?
G banking en | What is the minimum balance on a business checking account to avoid the monthly fee?
+ rephrase | How much do I need to keep in a business checking account so I'm not charged the monthly fee?
- qualifier | What is the minimum balance on a checking account to avoid the monthly fee?
- comparative | What is the maximum balance on a business checking account to avoid the monthly fee?
- object | What is the minimum opening deposit for a business checking account?
- entity | What is the minimum balance on a business savings account to avoid the monthly fee?
G banking en | Can a parent open a savings account on behalf of a child under 18?
+ synonym | Is a parent able to open a savings account for their minor child?
+ passive | Can a savings account be opened by a parent on behalf of a child under 18?
- direction | Can a child under 18 open a savings account on behalf of a parent?
- number | Can a parent open a savings account on behalf of a child under 16?
- comparative | Can a parent open a savings account on behalf of a child over 18?
- action | Can a parent close a savings account on behalf of a child under 18?
G banking en | Does paying off my credit card early improve my credit score?
+ synonym | Will paying my credit card balance before the due date raise my credit score?
- tense | Did paying off my credit card early improve my credit score?
- negation | Does not paying off my credit card early hurt my credit score?
- action | Does closing my credit card early improve my credit score?
- antonym | Does paying off my credit card early lower my credit score?
G banking en | How much interest will I earn on $5,000 in a 12-month CD at 4%?
+ number-words | How much interest will I earn on five thousand dollars in a one-year CD at four percent?
+ reorder | At 4%, how much interest does $5,000 earn in a 12-month CD?
- number | How much interest will I earn on $5,000 in a 6-month CD at 4%?
- number | How much interest will I earn on $50,000 in a 12-month CD at 4%?
- action | How much interest will I pay on $5,000 borrowed for 12 months at 4%?
- number | How much interest will I earn on $5,000 in a 12-month CD at 4.5%?
G banking en | Can I deposit a check made out to my husband into our joint account?
+ rephrase | If a check is payable to my husband, can I put it in our joint account?
- direction | Can my husband deposit a check made out to me into our joint account?
- qualifier | Can I deposit a check made out to my husband into my personal account?
- action | Can I cash a check made out to my husband at our bank?
- object | Can I deposit a check made out to my husband's company into our joint account?
G banking en | Is there a fee to withdraw cash from another bank's ATM?
+ synonym | Do I get charged for taking out money at an ATM that belongs to a different bank?
+ short-form | fee for using other bank ATMs?
- action | Is there a fee to deposit cash at another bank's ATM?
- negation | Is there a fee to withdraw cash from our own bank's ATM?
- qualifier | Is there a fee to withdraw cash from another bank's ATM abroad?
G banking zh | 怎么把支付宝里的钱转到银行卡？
+ synonym | 如何将支付宝余额转入银行卡？
+ short-form | 支付宝提现到银行卡咋弄
- direction | 怎么把银行卡里的钱转到支付宝？
- entity | 怎么把微信里的钱转到银行卡？
- question-word | 把支付宝里的钱转到银行卡要多久？
- direction | 怎么把支付宝里的钱转到别人的银行卡？
G banking zh | 信用卡逾期三天会影响征信吗？
+ number-words | 信用卡逾期3天会影响征信吗？
+ synonym | 信用卡晚还了三天，会不会上征信？
- number | 信用卡逾期三个月会影响征信吗？
- entity | 花呗逾期三天会影响征信吗？
- object | 信用卡逾期三天以后还清了，记录多久能消？
- qualifier | 信用卡逾期三天但在宽限期内会影响征信吗？
G banking zh | 银行卡被冻结了怎么解冻？
+ synonym | 银行卡冻结了要怎么解除？
+ passive | 银行把我的卡冻结了，怎么解冻？
- action | 银行卡怎么冻结？
- question-word | 银行卡为什么会被冻结？
- qualifier | 银行卡被司法冻结了怎么解冻？
- entity | 微信被冻结了怎么解冻？
G banking zh | 用人民币换500美元需要多少钱？
+ number-words | 用人民币换五百美元需要多少钱？
+ synonym | 换500美金要花多少人民币？
- direction | 用500美元能换多少人民币？
- number | 用人民币换5000美元需要多少钱？
- entity | 用人民币换500欧元需要多少钱？
G banking zh | 企业账户每天转账上限是多少？
+ synonym | 对公账户一天最多能转多少钱？
- qualifier | 个人账户每天转账上限是多少？
- comparative | 企业账户每天转账下限是多少？
- number | 企业账户每笔转账上限是多少？
- action | 企业账户每天取现上限是多少？
G banking zh | 房贷提前还款需要交违约金吗？
+ synonym | 提前还房贷要不要付违约金？
+ politeness | 想问下，房贷提前还款需要交违约金吗？
- entity | 车贷提前还款需要交违约金吗？
- qualifier | 房贷还款满一年后提前还款需要交违约金吗？
- question-word | 房贷提前还款需要交多少违约金？
- modality | 房贷可以提前还款吗？
G banking zh | 定期存款没到期能取出来吗？
+ synonym | 定期存款还没到期可以提前取吗？
+ short-form | 定期没到期能取不
- tense | 定期存款到期了能取出来吗？
- object | 定期存款没到期利息怎么算？
- action | 定期存款没到期能续存吗？
G banking zh | 我替我爸去银行挂失他的卡，需要带什么？
+ synonym | 帮我爸去银行办挂失他的卡，要带哪些东西？
+ reorder | 去银行挂失我爸的卡，我替他去的话需要带什么？
- direction | 我爸替我去银行挂失我的卡，需要带什么？
- qualifier | 我去银行挂失我自己的卡，需要带什么？
- action | 我替我爸去银行注销他的卡，需要带什么？
G banking zh | 相对于活期，定期存款利率高多少？
+ reorder | 定期存款的利率比活期高多少？
- comparative | 相对于定期，活期存款利率高多少？
- question-word | 相对于活期，定期存款有什么缺点？
- entity | 相对于货币基金，定期存款利率高多少？
""")
D.append(r"""
G health en | Can I take ibuprofen instead of paracetamol for a fever?
+ synonym | Is it OK to use ibuprofen rather than paracetamol when I have a fever?
+ reorder | For a fever, can I take ibuprofen instead of paracetamol?
- direction | Can I take paracetamol instead of ibuprofen for a fever?
- entity | Can I take aspirin instead of paracetamol for a fever?
- direction | Can I take ibuprofen together with paracetamol for a fever?
- qualifier | Can I take ibuprofen instead of paracetamol for a fever during pregnancy?
G health en | How many hours should a 10-year-old sleep?
+ number-words | How many hours should a ten-year-old sleep?
+ rephrase | What's the recommended amount of sleep for a 10 year old child?
- number | How many hours should a 16-year-old sleep?
- question-word | What time should a 10-year-old go to sleep?
- comparative | What is the least number of hours a 10-year-old can sleep without problems?
G health en | Is it safe to drink alcohol while taking antibiotics?
+ synonym | Can I have alcohol when I'm on antibiotics?
+ short-form | alcohol + antibiotics, safe?
- entity | Is it safe to drink alcohol while taking metronidazole?
- entity | Is it safe to drink coffee while taking antibiotics?
- tense | Is it safe to drink alcohol a week after finishing antibiotics?
G health en | Should I put ice or heat on a sprained ankle in the first 48 hours?
+ reorder | In the first 48 hours, should a sprained ankle get ice or heat?
+ number-words | Should I put ice or heat on a sprained ankle in the first two days?
- number | Should I put ice or heat on a sprained ankle after the first two weeks?
- entity | Should I put ice or heat on a stiff neck in the first 48 hours?
- question-word | How long should I put ice on a sprained ankle in the first 48 hours?
G health en | Can my doctor share my test results with my employer without my consent?
+ passive | Can my test results be shared with my employer by my doctor without my consent?
+ rephrase | Is my doctor allowed to give my employer my test results if I haven't agreed?
- direction | Can my employer share my test results with my doctor without my consent?
- negation | Can my doctor share my test results with my employer with my consent?
- object | Can my doctor share my test results with my spouse without my consent?
- modality | Must my doctor share my test results with my employer?
G health en | Is it normal for blood pressure to be higher in the morning than at night?
+ reorder | Is it normal for blood pressure to be lower at night than in the morning?
- direction | Is it normal for blood pressure to be higher at night than in the morning?
- entity | Is it normal for heart rate to be higher in the morning than at night?
- comparative | Is it normal for blood pressure to be much lower in the morning than at night?
G health en | What's the maximum dose of paracetamol for an adult in 24 hours?
+ synonym | How much acetaminophen can an adult safely take in one day at most?
+ short-form | max paracetamol dose per day for adults?
- qualifier | What's the maximum dose of paracetamol for a child in 24 hours?
- comparative | What's the minimum effective dose of paracetamol for an adult?
- entity | What's the maximum dose of ibuprofen for an adult in 24 hours?
- qualifier | What's the maximum dose of paracetamol for an adult with liver disease in 24 hours?
G health en | Does the flu vaccine protect against COVID?
+ rephrase | Will getting a flu shot protect me from COVID-19?
- direction | Does the COVID vaccine protect against the flu?
- entity | Does the flu vaccine protect against the common cold?
- tense | Did last year's flu vaccine protect against this year's flu?
G health en | How long after eating should I wait to check my blood sugar?
+ rephrase | After a meal, how long do I wait before testing my blood glucose?
- comparative | How long before eating should I check my blood sugar?
- question-word | How often should I check my blood sugar after eating?
- action | How long after eating should I wait to take my insulin?
G health zh | 布洛芬和对乙酰氨基酚能一起吃吗？
+ reorder | 对乙酰氨基酚和布洛芬可以同时吃吗？
+ synonym | 布洛芬跟扑热息痛能不能一块儿吃？
- entity | 布洛芬和阿司匹林能一起吃吗？
- direction | 吃了布洛芬多久以后能吃对乙酰氨基酚？
- qualifier | 孕妇布洛芬和对乙酰氨基酚能一起吃吗？
- action | 布洛芬和对乙酰氨基酚哪个退烧快？
G health zh | 空腹血糖多少算正常？
+ synonym | 空腹血糖正常范围是多少？
+ short-form | 空腹血糖正常值？
- qualifier | 餐后两小时血糖多少算正常？
- entity | 孕妇空腹血糖多少算正常？
- question-word | 空腹血糖多少需要吃药？
G health zh | 感冒了能不能打新冠疫苗？
+ synonym | 感冒的时候可以打新冠疫苗吗？
+ reorder | 新冠疫苗感冒了能打吗？
- entity | 感冒了能不能打流感疫苗？
- tense | 打了新冠疫苗以后感冒了怎么办？
- modality | 感冒了是不是必须推迟打新冠疫苗？
G health zh | 孩子发烧38度以上要不要去医院？
+ number-words | 孩子发烧三十八度以上要不要去医院？
+ synonym | 小孩烧到38度以上需要去医院吗？
- comparative | 孩子发烧38度以下要不要去医院？
- number | 孩子发烧39度以上要不要去医院？
- qualifier | 三个月以下的孩子发烧38度以上要不要去医院？
- question-word | 孩子发烧38度以上吃什么药？
G health zh | 降压药是早上吃好还是晚上吃好？
+ reorder | 降压药晚上吃和早上吃哪个好？
+ synonym | 高血压的药应该早上吃还是晚上吃？
- entity | 降糖药是早上吃好还是晚上吃好？
- question-word | 降压药饭前吃还是饭后吃？
- modality | 降压药能不能停？
G health zh | 医生能不能不经我同意把病历给我家人看？
+ synonym | 医生没有我的同意可以把我的病历给我家里人看吗？
+ ba-construction | 医生能不能不经我同意给我家人看病历？
- negation | 医生能不能经我同意把病历给我家人看？
- direction | 我家人能不能不经医生同意把病历给我看？
- object | 医生能不能不经我同意把病历给我单位看？
G health zh | 每天至少要喝多少水？
+ synonym | 一天最少应该喝多少水？
- comparative | 每天最多能喝多少水？
- qualifier | 孕妇每天至少要喝多少水？
- object | 每天至少要吃多少蔬菜？
G health zh | 吃完饭多久能运动？
+ synonym | 饭后多长时间可以锻炼？
+ reorder | 运动的话，吃完饭多久可以？
- comparative | 运动完多久能吃饭？
- question-word | 吃完饭运动有什么坏处？
- qualifier | 吃完饭多久能剧烈运动？
G health zh | 乙肝疫苗打完三针以后还需要加强吗？
+ number-words | 乙肝疫苗打完3针之后还需要打加强针吗？
- number | 乙肝疫苗打完两针以后还需要第三针吗？
- entity | 新冠疫苗打完三针以后还需要加强吗？
- question-word | 乙肝疫苗打完三针以后多久有抗体？
""")
D.append(r"""
G programming en | In JavaScript, what's the difference between == and ===?
+ rephrase | How does === differ from == in JS?
+ reorder | What's the difference between === and == in JavaScript?
- entity | In PHP, what's the difference between == and ===?
- operator | In JavaScript, what's the difference between != and !==?
- operator | In JavaScript, what's the difference between = and ==?
G programming en | In C, what's the difference between i++ and ++i?
+ reorder | What is the difference between ++i and i++ in C?
+ synonym | How do post-increment i++ and pre-increment ++i differ in C?
- operator | In C, what's the difference between i++ and i += 1?
- operator | In C, what's the difference between i-- and --i?
- entity | In Python, is there an equivalent to i++ and ++i?
G programming en | Why does x =+ 1 not increment x in Java?
+ rephrase | In Java, why doesn't writing x =+ 1 add one to x?
- operator | Why does x += 1 not increment x in Java?
- entity | Why does x =+ 1 not increment x in Python?
- negation | Why does x =+ 1 increment x in Java?
G programming en | How do I convert a list of strings to a list of integers in Python?
+ synonym | What's the way to turn a list of str into a list of ints in Python?
+ short-form | python list of strings -> list of ints?
- direction | How do I convert a list of integers to a list of strings in Python?
- object | How do I convert a string of digits to a list of integers in Python?
- entity | How do I convert a list of strings to a list of integers in Java?
- qualifier | How do I convert a list of strings to a list of integers in Python, skipping the ones that aren't numbers?
G programming en | How do I export a table from PostgreSQL to a CSV file?
+ synonym | What's the way to dump a Postgres table into a CSV file?
+ reorder | How do I export to a CSV file a table from PostgreSQL?
- action | How do I import a table into PostgreSQL from a CSV file?
- entity | How do I export a table from MySQL to a CSV file?
- object | How do I export a whole database from PostgreSQL to a CSV file?
- qualifier | How do I export a table from PostgreSQL to a CSV file without the header row?
G programming en | What does `a && b || c` evaluate to when a is false?
+ rephrase | When a is false, what is the result of the expression a && b || c?
- operator | What does `a || b && c` evaluate to when a is false?
- operator | What does `a && (b || c)` evaluate to when a is false?
- negation | What does `a && b || c` evaluate to when a is true?
G programming en | Is Python 3.11 faster than Python 3.12?
+ reorder | Is Python 3.12 slower than Python 3.11?
- direction | Is Python 3.12 faster than Python 3.11?
- entity | Is Python 3.11 faster than Python 3.10?
- comparative | Does Python 3.11 use more memory than Python 3.12?
G programming en | How do I upload a file to an S3 bucket using boto3?
+ synonym | How can I put a file into an S3 bucket with boto3?
+ short-form | boto3 upload file to s3?
- action | How do I download a file from an S3 bucket using boto3?
- action | How do I delete a file from an S3 bucket using boto3?
- qualifier | How do I upload a file larger than 5 GB to an S3 bucket using boto3?
- entity | How do I upload a file to a Google Cloud Storage bucket using boto3?
G programming en | How do I merge the main branch into my feature branch in git?
+ reorder | In git, how do I merge main into my feature branch?
+ synonym | How can I bring the changes from main into my feature branch with git merge?
- direction | How do I merge my feature branch into the main branch in git?
- action | How do I rebase my feature branch onto the main branch in git?
- action | How do I delete the main branch from my feature branch in git?
G programming en | What's the time complexity of inserting into a Python dict?
+ synonym | What is the big-O of adding a key to a dictionary in Python?
- action | What's the time complexity of deleting from a Python dict?
- object | What's the time complexity of inserting into a Python list?
- qualifier | What's the worst-case time complexity of inserting into a Python dict?
G programming zh | Python 里怎么把字符串转成整数？
+ synonym | Python 中如何将字符串转换为 int？
+ short-form | python str 转 int 咋弄
- direction | Python 里怎么把整数转成字符串？
- entity | Java 里怎么把字符串转成整数？
- object | Python 里怎么把字符串转成浮点数？
- qualifier | Python 里怎么把带逗号的字符串转成整数？
G programming zh | JS 里 == 和 === 有什么区别？
+ short-form | js ==和===区别
- operator | JS 里 === 和 Object.is 有什么区别？
+ reorder | JS 中 === 与 == 的区别是什么？
+ synonym | JavaScript 的 == 跟 === 有啥不一样？
- operator | JS 里 = 和 == 有什么区别？
- operator | JS 里 != 和 !== 有什么区别？
- entity | PHP 里 == 和 === 有什么区别？
G programming zh | git 怎么撤销最后一次 commit？
+ synonym | git 如何撤回最近一次提交？
+ short-form | git 撤销上一个commit
- qualifier | git 怎么撤销已经 push 的最后一次 commit？
- number | git 怎么撤销最后三次 commit？
- action | git 怎么修改最后一次 commit 的信息？
- comparative | git 怎么撤销第一次 commit？
G programming zh | x 的平方根怎么用 Python 算？
+ synonym | 用 Python 如何计算 x 的平方根？
+ synonym | Python 里 sqrt(x) 怎么写？
- operator | x 的平方怎么用 Python 算？
- operator | x 的立方根怎么用 Python 算？
- entity | x 的平方根怎么用 Excel 算？
G programming zh | MySQL 怎么把数据从 A 表导入到 B 表？
+ synonym | MySQL 如何将 A 表的数据插入到 B 表里？
- direction | MySQL 怎么把数据从 B 表导入到 A 表？
- action | MySQL 怎么把 A 表导出成 CSV？
- qualifier | MySQL 怎么把数据从 A 表导入到另一个库的 B 表？
- object | MySQL 怎么把 A 表的结构复制到 B 表？
G programming zh | for 循环里用 i++ 和 ++i 有区别吗？
+ reorder | ++i 和 i++ 在 for 循环里有区别吗？
+ synonym | 在 for 循环中写 i++ 跟 ++i 有没有不同？
- qualifier | 表达式里用 i++ 和 ++i 有区别吗？
- operator | for 循环里用 i++ 和 i += 2 有区别吗？
- operator | for 循环里用 i-- 和 --i 有区别吗？
G programming zh | React 里父组件怎么给子组件传值？
+ synonym | React 中父组件如何向子组件传递数据？
+ short-form | react 父传子怎么写
- direction | React 里子组件怎么给父组件传值？
- entity | Vue 里父组件怎么给子组件传值？
- object | React 里兄弟组件之间怎么传值？
G programming zh | Python 3.12 比 3.11 快多少？
+ synonym | Python 3.12 相比 3.11 性能提升了多少？
- direction | Python 3.11 比 3.12 快多少？
- entity | Python 3.12 比 3.10 快多少？
- comparative | Python 3.12 比 3.11 慢在哪里？
- question-word | Python 3.12 比 3.11 多了哪些新特性？
G programming zh | Linux 下怎么查看哪个进程占用了 8080 端口？
+ synonym | Linux 如何查看 8080 端口被哪个进程占用？
+ passive | Linux 里 8080 端口被哪个进程占了，怎么查？
- number | Linux 下怎么查看哪个进程占用了 80 端口？
- action | Linux 下怎么关闭占用 8080 端口的进程？
- entity | Windows 下怎么查看哪个进程占用了 8080 端口？
""")
D.append(r"""
G school en | For international students, how many credits do I need to take each semester?
+ reorder | How many credits do international students need to take each semester?
+ synonym | What's the minimum course load per term for international students, in credits?
- qualifier | How many credits do I need to take each semester?
- comparative | For international students, what's the maximum number of credits per semester?
- number | For international students, how many credits do I need to graduate?
- qualifier | For international students, how many credits do I need to take in the summer semester?
G school en | Can I transfer credits from a community college to a university?
+ synonym | Is it possible to move my community college credits over to a university?
+ passive | Can credits from a community college be transferred to a university?
- direction | Can I transfer credits from a university to a community college?
- qualifier | Can I transfer credits from a foreign community college to a university?
- tense | I already transferred to a university - can I still transfer credits from my community college?
G school en | What's the deadline to drop CS 101 without a W on my transcript?
+ rephrase | By when do I have to drop CS 101 so that no W shows up on my transcript?
+ short-form | last day to drop CS101 w/o a W?
- negation | What's the deadline to drop CS 101 with a W on my transcript?
- entity | What's the deadline to drop CS 201 without a W on my transcript?
- action | What's the deadline to add CS 101?
- action | What's the deadline to switch CS 101 to pass/fail?
G school en | Is the final exam worth more than the midterm in Biology 110?
+ reorder | In Biology 110, is the midterm worth less than the final exam?
- direction | Is the midterm worth more than the final exam in Biology 110?
- entity | Is the final exam worth more than the midterm in Chemistry 110?
- object | Is the final exam longer than the midterm in Biology 110?
G school en | Can students under 16 take the SAT?
+ number-words | Can students under sixteen take the SAT?
+ rephrase | Is there a minimum age of 16 to sit the SAT, or can younger students take it?
- comparative | Can students over 16 take the SAT?
- entity | Can students under 16 take the ACT?
- action | Can students under 16 retake the SAT?
G school en | How do I apply for a scholarship on behalf of my daughter?
+ synonym | How can I submit a scholarship application for my daughter?
- direction | How does my daughter apply for a scholarship on my behalf?
- action | How do I withdraw a scholarship application on behalf of my daughter?
- object | How do I apply for a student loan on behalf of my daughter?
- qualifier | How do I apply for a sports scholarship on behalf of my daughter?
G school en | What grade do I need on the final to pass the course with a 60% average?
+ rephrase | If my average is 60%, what do I have to score on the final to pass?
- number | What grade do I need on the final to pass the course with a 50% average?
- direction | What average do I need to pass the course with a 60% on the final?
- qualifier | What grade do I need on the final to get an A in the course with a 60% average?
G school en | What's the square root of 144?
+ rephrase | What number times itself equals 144?
+ short-form | sqrt(144)?
- operator | What's the square of 144?
- number | What's the square root of 14.4?
- operator | What's the cube root of 144?
G school en | Does a teacher need a parent's permission to keep a student after school?
+ short-form | teacher keeping kid after school - parent permission needed?
- qualifier | Does a teacher need a parent's permission to keep a student after school for more than an hour?
+ rephrase | Is parental permission required for a teacher to hold a student after school?
- direction | Does a parent need a teacher's permission to keep a student after school?
- object | Does a teacher need a parent's permission to take a student on a field trip?
G school zh | 高考可以复读几次？
+ synonym | 高考最多能复读多少次？
+ short-form | 高考复读次数有限制吗
- question-word | 高考复读要花多少钱？
- entity | 中考可以复读几次？
- tense | 高考复读过一次以后还能报应届生吗？
G school zh | 3的平方根的两倍是多少？
+ synonym | 根号3乘以2等于多少？
+ number-words | 三的平方根的二倍是多少？
- attachment | 3的两倍的平方根是多少？
- operator | 3的平方的两倍是多少？
- operator | 3的平方根的一半是多少？
G school zh | 留学生每学期至少要修多少学分？
+ synonym | 国际学生一个学期最少需要选几个学分？
- comparative | 留学生每学期最多能修多少学分？
- qualifier | 每学期至少要修多少学分？
- number | 留学生毕业至少要修多少学分？
- tense | 留学生上学期没修够学分会怎么样？
G school zh | 孩子不满六岁能上小学吗？
+ number-words | 孩子不满6岁可以上小学吗？
+ synonym | 还没到六周岁的孩子能读一年级吗？
- number | 孩子不满七岁能上小学吗？
- comparative | 孩子超过六岁还能上幼儿园吗？
- entity | 孩子不满六岁能上幼儿园吗？
G school zh | 老师可以没收学生的手机吗？
+ synonym | 老师有没有权利收走学生手机？
+ passive | 学生的手机可以被老师没收吗？
- direction | 学生可以没收老师的手机吗？
- tense | 老师没收了学生的手机，多久要还？
- action | 老师可以检查学生的手机吗？
G school zh | 期中考试和期末考试哪个占的比重更大？
+ reorder | 期末考试和期中考试哪个比重大？
+ synonym | 期中跟期末哪个在总评里占比更高？
- comparative | 期中考试和期末考试哪个占的比重更小？
- object | 期中考试和期末考试哪个更难？
- entity | 期中考试和平时作业哪个占的比重更大？
G school zh | 由学校推荐参加的竞赛获奖能加分吗？
+ reorder | 竞赛获奖能加分吗？是学校推荐参加的那种。
- qualifier | 自己报名参加的竞赛获奖能加分吗？
- tense | 由学校推荐参加的竞赛还没出结果能加分吗？
- object | 由学校推荐参加的竞赛获奖有奖金吗？
G school zh | 二分之一加三分之一等于多少？
+ number-words | 1/2 + 1/3 等于几？
+ synonym | 二分之一与三分之一的和是多少？
- operator | 二分之一减三分之一等于多少？
- operator | 二分之一乘三分之一等于多少？
- number | 二分之一加四分之一等于多少？
G school zh | 转专业需要在大一结束之前申请吗？
+ synonym | 换专业是不是得在大一读完前提交申请？
- comparative | 转专业需要在大一结束之后申请吗？
- action | 转学需要在大一结束之前申请吗？
- modality | 转专业可以在大一结束之前申请吗？
""")
D.append(r"""
G travel en | Are there direct flights to Paris from Berlin on Friday?
+ reorder | Are there direct flights from Berlin to Paris on Friday?
+ synonym | Can I fly nonstop Berlin to Paris this Friday?
- direction | Are there direct flights to Berlin from Paris on Friday?
- qualifier | Are there flights to Paris from Berlin on Friday?
- entity | Are there direct flights to Paris from Munich on Friday?
- number | Are there direct flights to Paris from Berlin on Saturday?
G travel en | Do I need a visa to travel to Japan with a US passport?
+ rephrase | As a US passport holder, do I need a visa for Japan?
+ short-form | US passport - visa for Japan needed?
- direction | Do I need a visa to travel to the US with a Japanese passport?
- entity | Do I need a visa to travel to China with a US passport?
- qualifier | Do I need a visa to work in Japan with a US passport?
- number | Do I need a visa to stay in Japan for more than 90 days with a US passport?
G travel en | Can I bring a power bank onto the plane in my carry-on?
+ synonym | Am I allowed to take a portable charger on board in my hand luggage?
- direction | Can I bring a power bank off the plane in my carry-on?
- object | Can I bring a power bank in my checked bag?
- qualifier | Can I bring a 30,000 mAh power bank onto the plane in my carry-on?
- action | Can I charge a power bank on the plane?
G travel en | What's the latest time I can check in for an international flight?
+ rephrase | How late can I check in for an international flight?
- comparative | What's the earliest time I can check in for an international flight?
- qualifier | What's the latest time I can check in for a domestic flight?
- action | What's the latest time I can cancel an international flight?
G travel en | Is the train from Rome to Florence faster than the bus?
+ reorder | Is the bus from Rome to Florence slower than the train?
+ synonym | Between Rome and Florence, does the train get there quicker than the bus?
- comparative | Is the train from Rome to Florence cheaper than the bus?
- entity | Is the train from Rome to Naples faster than the bus?
- qualifier | Is the night train from Rome to Florence faster than the bus?
G travel en | Can I get a refund if the airline cancels my flight?
+ rephrase | If my flight gets cancelled by the airline, am I entitled to my money back?
+ passive | If my flight is cancelled by the airline, can I get a refund?
- direction | Can the airline get a refund if I cancel my flight?
- direction | Can I get a refund if I cancel my flight?
- action | Can I get a refund if the airline delays my flight?
- qualifier | Can I get a refund on a basic economy ticket if I cancel it?
G travel en | How far is the hotel from the airport?
+ reorder | How far is the airport from the hotel?
+ short-form | hotel to airport distance?
- question-word | How do I get from the hotel to the airport?
- question-word | How much is a taxi from the hotel to the airport?
- entity | How far is the hotel from the train station?
G travel en | Can children under 2 fly without their own seat?
- entity | Can children under 2 ride the train without their own seat?
+ number-words | Can kids under two fly on a parent's lap instead of their own seat?
- comparative | Can children over 2 fly without their own seat?
- qualifier | Can children under 2 fly without their own seat on international flights?
G travel zh | 从北京飞上海周五有直飞吗？
+ reorder | 周五有从北京到上海的直飞航班吗？
+ synonym | 北京到上海星期五有没有直达的航班？
- direction | 从上海飞北京周五有直飞吗？
- number | 从北京飞上海周六有直飞吗？
- qualifier | 从北京飞上海周五有红眼航班吗？
- entity | 从北京飞深圳周五有直飞吗？
G travel zh | 中国护照去泰国需要签证吗？
+ short-form | 中国护照去泰国要签证不
- action | 中国护照去泰国怎么办落地签？
- qualifier | 中国护照去泰国工作需要签证吗？
+ synonym | 拿中国护照去泰国要不要办签证？
+ short-form | 中国护照 泰国 免签吗
- direction | 泰国护照去中国需要签证吗？
- entity | 中国护照去日本需要签证吗？
- number | 中国护照去泰国待三个月需要签证吗？
G travel zh | 充电宝能带上飞机吗？
+ synonym | 乘飞机可以带移动电源吗？
+ ba-construction | 能把充电宝带上飞机吗？
- object | 充电宝能托运吗？
- qualifier | 两万毫安以上的充电宝能带上飞机吗？
- direction | 飞机上能给充电宝充电吗？
G travel zh | 高铁票改签要收手续费吗？
+ synonym | 高铁改签需不需要交手续费？
+ short-form | 高铁改签收费吗
- action | 高铁票退票要收手续费吗？
- qualifier | 高铁票开车前一小时内改签要收手续费吗？
- entity | 飞机票改签要收手续费吗？
- question-word | 高铁票改签可以改几次？
G travel zh | 酒店离机场多远？
+ reorder | 机场离酒店有多远？
+ synonym | 酒店到机场距离多少？
- question-word | 酒店到机场怎么走？
- entity | 酒店离火车站多远？
- question-word | 酒店有没有机场接送？
G travel zh | 两岁以下的小孩坐飞机要买票吗？
+ number-words | 2岁以下的小孩坐飞机要买票吗？
+ synonym | 不满两岁的宝宝乘飞机需要买机票吗？
- comparative | 两岁以上的小孩坐飞机要买票吗？
- entity | 两岁以下的小孩坐高铁要买票吗？
- qualifier | 两岁以下的小孩坐飞机要单独占座的话要买票吗？
G travel zh | 往返机票比两张单程便宜吗？
+ synonym | 买往返票是不是比分开买两张单程票便宜？
+ reorder | 两张单程票比往返机票贵吗？
- direction | 两张单程比往返机票便宜吗？
- number | 往返机票比一张单程便宜吗？
- object | 往返机票比两张单程好退吗？
G travel zh | 护照过期了还能出境吗？
+ synonym | 护照到期了还可以出国吗？
- tense | 护照快过期了还能出境吗？
- action | 护照过期了怎么换新的？
- direction | 护照过期了还能入境吗？
G travel zh | 向东走还是向西走离地铁站更近？
+ synonym | 往东走还是往西走到地铁站更近？
- question-word | 向东走离地铁站有多远？
+ reorder | 离地铁站更近的话是向东走还是向西走？
- entity | 向东走还是向西走离公交站更近？
- direction | 从地铁站向东走还是向西走离酒店更近？
""")
D.append(r"""
G hr en | Can my employer deduct the cost of a lost laptop from my salary?
+ passive | Can the cost of a lost laptop be deducted from my salary by my employer?
+ rephrase | Is my company allowed to take the price of a laptop I lost out of my pay?
- direction | Can I deduct the cost of a lost laptop from my employer's invoice?
- qualifier | Can my employer deduct the cost of a lost company phone from my salary?
- qualifier | Can my employer deduct the cost of a lost laptop from my final paycheck?
- tense | My employer already deducted the cost of a lost laptop from my salary - can I get it back?
G hr en | How many days of paid leave do employees get after 5 years?
+ number-words | How many days of paid leave do employees get after five years?
+ rephrase | After five years of service, how much paid vacation does an employee get?
- number | How many days of paid leave do employees get after 10 years?
- qualifier | How many days of unpaid leave do employees get after 5 years?
- comparative | How many days of paid leave do employees get before 5 years?
- qualifier | How many days of paid leave do part-time employees get after 5 years?
G hr en | Who approves my timesheet when my manager is on leave?
+ passive | When my manager is on leave, by whom is my timesheet approved?
+ short-form | manager on leave - who approves timesheets?
- direction | Whose timesheet does my manager approve when I'm on leave?
- action | Who submits my timesheet when my manager is on leave?
- object | Who approves my expense report when my manager is on leave?
G hr en | What's my manager's email address?
+ rephrase | What is the email address of my manager?
- possessive-relation | Who is the manager of my email address?
- possessive-relation | What's my manager's manager's email address?
- object | What's my manager's phone number?
G hr en | Can I work from home instead of coming to the office on Fridays?
+ rephrase | Is it OK to work remotely on Fridays rather than come into the office?
- direction | Can I come to the office instead of working from home on Fridays?
- number | Can I work from home instead of coming to the office on Mondays?
- modality | Must I work from home instead of coming to the office on Fridays?
- qualifier | Can contractors work from home instead of coming to the office on Fridays?
G hr en | Do I get paid overtime for working more than 40 hours a week?
+ number-words | Do I get overtime pay if I work over forty hours in a week?
+ reorder | For working more than 40 hours a week, do I get paid overtime?
- comparative | Do I get paid overtime for working more than 8 hours a day?
- qualifier | Do salaried managers get paid overtime for working more than 40 hours a week?
- number | Do I get paid overtime for working more than 48 hours a week?
G hr en | How much notice do I have to give before I resign?
+ synonym | What notice period is required before I quit?
- direction | How much notice does my employer have to give before firing me?
- modality | How much notice should I give before I resign, to be polite?
- qualifier | How much notice do I have to give before I resign during probation?
G hr en | Can I take parental leave in exchange for working weekends later?
+ rephrase | Is it possible to swap weekend shifts later for taking parental leave now?
- direction | Can I work weekends now in exchange for taking parental leave later?
- object | Can I take sick leave in exchange for working weekends later?
- negation | Can I take parental leave without working weekends later?
G hr zh | 试用期辞职需要提前几天说？
+ synonym | 试用期内离职要提前多少天通知公司？
+ short-form | 试用期离职提前几天
- qualifier | 转正后辞职需要提前几天说？
- direction | 试用期公司辞退员工需要提前几天说？
- question-word | 试用期辞职要赔钱吗？
G hr zh | 公司可以替员工交社保吗，还是必须员工自己交？
+ synonym | 员工的社保能由公司代缴吗？还是只能员工自己交？
- direction | 员工可以替公司交社保吗？
- action | 公司可以替员工停交社保吗？
- object | 公司可以替员工交公积金吗？
G hr zh | 加班费怎么算？周末加班是几倍工资？
+ synonym | 周末加班工资按几倍算？加班费怎么计算？
- entity | 加班费怎么算？法定节假日加班是几倍工资？
- qualifier | 加班费怎么算？平时晚上加班是几倍工资？
- action | 周末加班可以调休吗？
G hr zh | 年假没休完可以折算成工资吗？
+ synonym | 没休的年假能不能换成钱？
+ ba-construction | 能把没休完的年假折算成工资吗？
- direction | 工资可以折算成年假吗？
- entity | 调休没休完可以折算成工资吗？
- tense | 年假已经休完了还能请假吗？
G hr zh | 我的领导的邮箱是多少？
+ particles | 我领导邮箱是多少呀？
- possessive-relation | 我的领导的领导的邮箱是多少？
- possessive-relation | 我的邮箱的负责人是谁？
- object | 我的领导的手机号是多少？
G hr zh | 员工被公司辞退能拿多少赔偿？
+ passive | 公司辞退员工要赔多少钱？
+ synonym | 被公司开除了能拿到多少补偿金？
- direction | 员工主动辞职能拿多少赔偿？
- qualifier | 员工在试用期被公司辞退能拿多少赔偿？
- question-word | 员工被公司辞退赔偿怎么申请？
G hr zh | 对于工作满十年的员工，年假有几天？
+ number-words | 对于工作满10年的员工，年假有几天？
+ reorder | 工作满十年的员工年假有几天？
- number | 对于工作满二十年的员工，年假有几天？
- comparative | 对于工作不满十年的员工，年假有几天？
- object | 对于工作满十年的员工，病假有几天？
G hr zh | 劳动合同到期公司不续签要给补偿吗？
+ synonym | 合同到期了公司不续约，需不需要给经济补偿？
- direction | 劳动合同到期员工不续签公司要给补偿吗？
- tense | 劳动合同还没到期公司就不让干了要给补偿吗？
- action | 劳动合同到期公司续签要给补偿吗？
G hr zh | 产假是几天？
+ synonym | 产假一共能休多少天？
- entity | 陪产假是几天？
- qualifier | 剖腹产的产假是几天？
- entity | 婚假是几天？
""")
D.append(r"""
G telecom en | How do I switch my prepaid plan to a postpaid plan?
+ synonym | How can I change from prepaid to postpaid?
+ short-form | prepaid -> postpaid, how?
- direction | How do I switch my postpaid plan to a prepaid plan?
- action | How do I cancel my prepaid plan?
- qualifier | How do I switch my prepaid plan to a postpaid family plan?
- entity | How do I switch my prepaid plan to a prepaid plan on another carrier?
G telecom en | Will my phone number transfer if I move to another carrier?
+ rephrase | Can I keep my number when I switch to a different carrier?
+ synonym | If I change providers, does my phone number port over?
- direction | Will my phone number transfer if another carrier moves to my network?
- object | Will my voicemail messages transfer if I move to another carrier?
- tense | My number didn't transfer when I moved to another carrier - what now?
G telecom en | Are calls to Canada included in my US plan?
+ reorder | Does my US plan include calls to Canada?
+ short-form | US plan - calls to Canada included?
- direction | Are calls from Canada included in my US plan?
- entity | Are calls to Mexico included in my US plan?
- object | Is roaming in Canada included in my US plan?
G telecom en | What happens if I go over my data limit?
+ synonym | What happens when I exceed my monthly data allowance?
- negation | What happens if I don't use all of my data limit?
- question-word | How do I check how close I am to my data limit?
- object | What happens if I go over my minutes limit?
G telecom en | Can I upgrade to the iPhone 15 before my contract ends?
+ rephrase | Is it possible to get an iPhone 15 upgrade before the end of my contract?
- comparative | Can I upgrade to the iPhone 15 after my contract ends?
- entity | Can I upgrade to the iPhone 15 Pro before my contract ends?
- action | Can I cancel my iPhone 15 order before my contract ends?
- modality | Do I have to upgrade to the iPhone 15 before my contract ends?
G telecom en | Is the 5G plan cheaper than the 4G plan?
+ reorder | Is the 4G plan more expensive than the 5G plan?
- direction | Is the 4G plan cheaper than the 5G plan?
- comparative | Is the 5G plan faster than the 4G plan?
- qualifier | Is the 5G plan cheaper than the 4G plan for students?
G telecom en | How do I turn off international roaming on Android?
+ synonym | How can I disable data roaming abroad on an Android phone?
- action | How do I turn on international roaming on Android?
- entity | How do I turn off international roaming on iPhone?
- object | How do I turn off international calling on Android?
G telecom zh | 怎么把话费充值到别人的手机号上？
+ synonym | 如何给别人的手机号充话费？
+ short-form | 帮别人充话费怎么弄
- direction | 怎么让别人给我的手机号充话费？
- action | 怎么把话费从别人的手机号转到我这？
- object | 怎么把流量充到别人的手机号上？
G telecom zh | 携号转网以后原来的套餐还能用吗？
+ synonym | 携号转网之后旧的套餐还有效吗？
- tense | 携号转网之前要先取消原来的套餐吗？
- object | 携号转网以后原来的号码还能用吗？
- question-word | 携号转网需要多长时间？
G telecom zh | 怎么开通国际漫游？
+ synonym | 国际漫游如何开通？
+ politeness | 你好，请问怎么开通国际漫游？
- action | 怎么关闭国际漫游？
- object | 怎么开通国际长途？
- question-word | 国际漫游一天多少钱？
G telecom zh | 5G套餐比4G套餐贵多少？
+ synonym | 5G套餐相比4G套餐要多花多少钱？
- direction | 4G套餐比5G套餐贵多少？
- comparative | 5G套餐比4G套餐快多少？
- qualifier | 学生的5G套餐比4G套餐贵多少？
G telecom zh | 流量用超了会怎么收费？
+ synonym | 超出套餐流量以后怎么计费？
+ short-form | 流量超了怎么收费
- object | 通话时长用超了会怎么收费？
- negation | 流量没用完会退钱吗？
- qualifier | 国际漫游流量用超了会怎么收费？
G telecom zh | 宽带可以从联通换成电信吗？
+ synonym | 宽带能不能由联通改成电信？
- direction | 宽带可以从电信换成联通吗？
- entity | 宽带可以从联通换成移动吗？
- object | 手机号可以从联通换成电信吗？
G telecom zh | 副卡可以单独注销吗？
+ synonym | 副卡能不能自己单独销户？
- action | 副卡可以单独办理吗？
- direction | 主卡可以单独注销吗？
- qualifier | 副卡可以在网上单独注销吗？
G telecom zh | 手机丢了怎么挂失手机号？
+ synonym | 手机丢了以后如何给号码办挂失？
+ reorder | 怎么挂失手机号？手机丢了。
- action | 手机找回来了怎么解除挂失？
- action | 手机丢了怎么补办手机卡？
- object | 手机丢了怎么挂失银行卡？
""")
D.append(r"""
G cooking en | Can I use baking soda instead of baking powder in pancakes?
+ synonym | Is it OK to substitute baking soda for baking powder in pancakes?
+ reorder | In pancakes, can baking soda replace baking powder?
- direction | Can I use baking powder instead of baking soda in pancakes?
- direction | Can I substitute baking powder for baking soda in pancakes?
- object | Can I use baking soda instead of baking powder in cookies?
- negation | Can I make pancakes without baking powder?
G cooking en | How long should I boil an egg for a runny yolk?
+ synonym | How many minutes do I boil an egg so the yolk stays runny?
- action | How long should I steam an egg for a runny yolk?
- question-word | How do I peel a boiled egg with a runny yolk?
+ rephrase | For a soft, runny yolk, how many minutes do I boil an egg?
+ short-form | boil time for runny yolk egg?
- antonym | How long should I boil an egg for a firm yolk?
- action | How long should I poach an egg for a runny yolk?
- qualifier | How long should I boil a quail egg for a runny yolk?
G cooking en | What temperature should I bake chicken breast at, and for how long?
+ reorder | For how long and at what temperature should I bake chicken breast?
- object | What temperature should I bake chicken thighs at, and for how long?
- action | What temperature should I grill chicken breast at, and for how long?
- qualifier | What temperature should I bake frozen chicken breast at, and for how long?
G cooking en | How many grams are in 1 cup of flour?
+ number-words | How many grams are there in one cup of flour?
+ rephrase | What does a cup of flour weigh in grams?
- direction | How many cups are in 1 gram of flour?
- object | How many grams are in 1 cup of sugar?
- number | How many grams are in 1 tablespoon of flour?
G cooking en | Can I freeze cooked rice and reheat it later?
+ short-form | freeze cooked rice then reheat - ok?
- question-word | How long can I keep cooked rice in the freezer?
+ rephrase | Is it safe to freeze rice after cooking it and heat it up later?
- tense | Can I freeze uncooked rice?
- direction | Can I reheat cooked rice and freeze it again?
- object | Can I freeze cooked pasta and reheat it later?
G cooking en | Should I add salt to the water before or after it boils for pasta?
+ reorder | For pasta, should salt go into the water before or after it boils?
- object | Should I add oil to the water before or after it boils for pasta?
- action | Should I rinse pasta after it boils?
- object | Should I add salt to the water before or after it boils for rice?
G cooking en | Is butter or oil better for frying eggs?
+ reorder | For frying eggs, is oil or butter better?
- action | Is butter or oil better for baking a cake?
- entity | Is butter or margarine better for frying eggs?
- comparative | Is butter or oil healthier for frying eggs?
G cooking zh | 做蛋糕可以用玉米淀粉代替低筋面粉吗？
+ synonym | 蛋糕里低筋面粉能换成玉米淀粉吗？
+ reorder | 低筋面粉可以用玉米淀粉代替吗？做蛋糕用。
- direction | 做蛋糕可以用低筋面粉代替玉米淀粉吗？
- entity | 做蛋糕可以用高筋面粉代替低筋面粉吗？
- object | 做面包可以用玉米淀粉代替低筋面粉吗？
G cooking zh | 红烧肉要炖多久？
+ synonym | 红烧肉需要炖多长时间？
+ short-form | 红烧肉炖几分钟
- qualifier | 红烧肉用高压锅要炖多久？
- question-word | 红烧肉要放多少糖？
- entity | 红烧排骨要炖多久？
G cooking zh | 米饭和水的比例是多少？
+ synonym | 煮米饭加多少水合适，米水比例是多少？
- entity | 小米和水的比例是多少？
+ reorder | 煮米饭水和米的比例是多少？
+ synonym | 煮饭的时候米跟水放多少比例？
- qualifier | 煮粥米和水的比例是多少？
- entity | 糙米饭和水的比例是多少？
G cooking zh | 牛排几分熟最好吃？
+ synonym | 牛排煎到几成熟最好吃？
- question-word | 牛排几分熟最安全？
- entity | 羊排几分熟最好吃？
- qualifier | 孕妇吃牛排几分熟最好？
G cooking zh | 先放盐还是先放油？
+ short-form | 盐和油谁先放
- object | 先放油还是先放葱姜？
+ reorder | 炒菜是先放油还是先放盐？
- object | 先放盐还是先放糖？
- object | 先放酱油还是先放醋？
G cooking zh | 剩菜放冰箱最多能放几天？
+ synonym | 剩菜在冰箱里最长可以保存几天？
- comparative | 剩菜放冰箱至少要放几天？
- qualifier | 剩菜放冰箱冷冻最多能放几天？
- entity | 剩米饭放冰箱最多能放几天？
G cooking zh | 一杯面粉是多少克？
+ number-words | 1杯面粉是多少克？
+ synonym | 一杯面粉大概有几克？
- direction | 一克面粉是多少杯？
- object | 一杯白糖是多少克？
- number | 一勺面粉是多少克？
G cooking zh | 烤箱200度烤鸡翅要烤多久？
+ number-words | 烤箱两百度烤鸡翅要烤多久？
+ reorder | 鸡翅用烤箱200度要烤多久？
- number | 烤箱180度烤鸡翅要烤多久？
- object | 烤箱200度烤鸡腿要烤多久？
- qualifier | 空气炸锅200度烤鸡翅要烤多久？
""")
D.append(r"""
G legal en | Can a landlord keep the deposit for normal wear and tear?
+ synonym | Is a landlord allowed to withhold the security deposit for ordinary wear and tear?
+ short-form | landlord keeping deposit for normal wear & tear - allowed?
- qualifier | Can a landlord keep the deposit for damage beyond normal wear and tear?
- direction | Can a tenant keep the deposit for normal wear and tear?
- action | Can a landlord raise the rent for normal wear and tear?
G legal en | Can my landlord enter the apartment without notice?
+ rephrase | Is my landlord allowed to come into my apartment without telling me first?
- negation | Can my landlord enter the apartment with 24 hours' notice?
- qualifier | Can my landlord enter the apartment without notice in an emergency?
- direction | Can I enter my landlord's apartment without notice?
G legal en | Who is liable if my dog bites a neighbor on my property?
+ passive | If a neighbor is bitten by my dog on my property, who is liable?
+ reorder | On my property, if my dog bites a neighbor, who is liable?
- direction | Who is liable if a neighbor's dog bites me on my property?
- qualifier | Who is liable if my dog bites a trespasser on my property?
- object | Who is liable if my dog bites a neighbor on their property?
G legal en | How long do I have to file a claim after a car accident?
+ synonym | What is the time limit for filing a claim after a car crash?
+ short-form | deadline to file claim after car accident?
- question-word | How much does it cost to file a claim after a car accident?
- direction | How long does the insurer have to pay a claim after a car accident?
- object | How long do I have to file a lawsuit after a car accident?
G legal en | Can a will be changed after the person who made it has died?
+ rephrase | After someone dies, is it possible to change their will?
- tense | Can a will be changed before the person who made it has died?
- action | Can a will be contested after the person who made it has died?
- object | Can a trust be changed after the person who made it has died?
G legal en | Do I need a lawyer to sign a lease on behalf of my company?
+ rephrase | Is a lawyer required for me to sign a lease for my company?
- direction | Does my company need a lawyer to sign a lease on my behalf?
- action | Do I need a lawyer to break a lease on behalf of my company?
- modality | Should I get a lawyer to read a lease before signing it on behalf of my company?
G legal en | Is it legal to record a phone call without the other person's consent in California?
+ reorder | In California, is recording a phone call without the other person's consent legal?
+ short-form | CA - legal to record calls without consent?
- entity | Is it legal to record a phone call without the other person's consent in New York?
- negation | Is it legal to record a phone call with the other person's consent in California?
- object | Is it legal to record a video call without the other person's consent in California?
G legal en | Can a minor sign a contract without a parent?
+ synonym | Can someone under 18 enter into a contract without a parent's involvement?
- direction | Can a parent sign a contract on behalf of a minor?
- qualifier | Can a minor sign an employment contract without a parent?
- action | Can a minor cancel a contract without a parent?
G legal zh | 房东可以不退押金吗？
+ synonym | 房东能不能扣着押金不退？
+ short-form | 房东不退押金合法吗
- direction | 租客可以不交押金吗？
- qualifier | 房东因为房屋损坏可以不退押金吗？
- action | 房东可以涨押金吗？
G legal zh | 借钱给朋友没写借条，能起诉吗？
+ synonym | 借钱给朋友但是没打欠条，可以去法院告他吗？
+ reorder | 没写借条，借钱给朋友了，能起诉吗？
- direction | 朋友借钱给我没写借条，他能起诉我吗？
- negation | 借钱给朋友写了借条，能起诉吗？
- question-word | 借钱给朋友没写借条，起诉要多久？
G legal zh | 离婚以后孩子的抚养费由谁出？
+ synonym | 离婚后孩子抚养费应该谁来付？
+ passive | 离婚后谁承担孩子的抚养费？
- question-word | 离婚以后孩子的抚养费出多少？
- object | 离婚以后孩子的抚养权归谁？
- tense | 离婚以前孩子的抚养费由谁出？
G legal zh | 未满十八岁签的合同有效吗？
+ number-words | 未满18岁签的合同有效吗？
+ synonym | 不到十八岁签订的合同有没有法律效力？
- comparative | 满十八岁签的合同有效吗？
- number | 未满十六岁签的合同有效吗？
- object | 未满十八岁办的信用卡有效吗？
G legal zh | 被公司拖欠工资应该去哪里投诉？
+ synonym | 公司欠薪不发，去哪儿投诉？
+ passive | 公司拖欠我的工资，我应该去哪里投诉？
- direction | 公司被员工拖欠借款应该去哪里投诉？
- question-word | 被公司拖欠工资能要求赔偿多少？
- object | 被公司拖欠社保应该去哪里投诉？
G legal zh | 交通事故对方全责，修车费谁出？
+ synonym | 出车祸对方负全部责任，修车的钱应该谁来付？
- direction | 交通事故我方全责，修车费谁出？
- qualifier | 交通事故双方同责，修车费谁出？
- object | 交通事故对方全责，医药费谁出？
G legal zh | 遗嘱可以由别人代写吗？
+ synonym | 遗嘱能不能找别人帮忙写？
- action | 遗嘱可以由别人代签吗？
- object | 遗嘱可以由别人保管吗？
- tense | 遗嘱写好了以后还能改吗？
G legal zh | 除了法定继承人以外，别人能继承遗产吗？
+ synonym | 法定继承人之外的人能不能继承遗产？
- negation | 法定继承人能继承遗产吗？
- direction | 除了遗产以外，法定继承人还能继承什么？
- qualifier | 除了法定继承人以外，别人能继承债务吗？
""")
D.append(r"""
G shopping en | Is there a warranty on refurbished laptops bought through your outlet store?
+ rephrase | Do refurbished laptops from your outlet store come with a warranty?
+ passive | Are refurbished laptops that are bought through your outlet store covered by a warranty?
+ short-form | warranty on outlet refurb laptops?
- qualifier | Is there a warranty on laptops bought through your outlet store?
- attachment | Is there a warranty on laptops bought through your refurbished outlet store?
- question-word | How long is the warranty on refurbished laptops bought through your outlet store?
G shopping en | What's the fee for cancelling an order that was already shipped?
+ rephrase | If my order has already shipped, how much does it cost to cancel it?
+ reorder | For an order that was already shipped, what's the cancellation fee?
- tense | What's the fee for cancelling an order that hasn't shipped yet?
- qualifier | What's the fee for cancelling an order that was already refunded?
- action | What's the fee for returning an order that was already shipped?
G shopping en | Can I buy a gift card with a gift card?
+ passive | Can a gift card be used to purchase another gift card?
- direction | Can I use a gift card to pay off my credit card?
- object | Can I buy a gift card with store credit?
+ rephrase | Is it possible to pay for a gift card using another gift card?
- object | Can I buy a gift card with a credit card?
- object | Can I buy a phone card with a gift card?
- action | Can I reload a gift card with a gift card?
G banking en | Can my wife withdraw money from my account on my behalf?
+ passive | Can money be withdrawn from my account by my wife on my behalf?
+ synonym | Is my wife allowed to take cash out of my account for me?
- direction | Can I withdraw money from my wife's account on her behalf?
- action | Can my wife deposit money into my account on my behalf?
- qualifier | Can my wife withdraw money from my account on my behalf without a power of attorney?
G banking en | What's the interest rate on the card with no annual fee?
+ rephrase | For the no-annual-fee card, what interest rate do you charge?
- attachment | What's the annual fee on the card with the lowest interest rate?
- negation | What's the interest rate on the card with an annual fee?
- object | What's the cashback rate on the card with no annual fee?
G health en | Can I give my child the adult dose of ibuprofen if he weighs over 40 kg?
+ rephrase | If my child weighs more than 40 kg, is the adult ibuprofen dose OK for him?
+ number-words | Can I give my child the adult dose of ibuprofen if he weighs over forty kilograms?
- comparative | Can I give my child the adult dose of ibuprofen if he weighs under 40 kg?
- number | Can I give my child the adult dose of ibuprofen if he weighs over 40 lb?
- direction | Can I take my child's dose of ibuprofen if I weigh over 40 kg?
G programming en | How do I remove duplicates from a list while keeping the original order in Python?
+ rephrase | In Python, how can I dedupe a list but preserve the order of the items?
+ short-form | python dedupe list keep order
- negation | How do I remove duplicates from a list in Python if I don't care about order?
- action | How do I find the duplicates in a list while keeping the original order in Python?
- object | How do I remove duplicates from a dict while keeping the original order in Python?
G programming en | Why is `0.1 + 0.2 == 0.3` false in JavaScript?
+ rephrase | In JS, why doesn't 0.1 + 0.2 equal 0.3?
+ short-form | js 0.1+0.2 !== 0.3 why
- operator | Why is `0.1 * 3 == 0.3` false in JavaScript?
- number | Why is `0.5 + 0.25 == 0.75` true in JavaScript?
- entity | Why is `0.1 + 0.2 == 0.3` false in Python?
G school en | How many times can I retake the bar exam in New York?
+ rephrase | Is there a limit on how many attempts I get at the New York bar exam?
+ synonym | What's the maximum number of times I can sit the NY bar?
- entity | How many times can I retake the bar exam in California?
- question-word | How soon can I retake the bar exam in New York?
- tense | How many times did most people take the bar exam in New York before passing?
G travel en | Can I use my Oyster card on the train to Gatwick from London Bridge?
+ reorder | On the train from London Bridge to Gatwick, can I use my Oyster card?
+ synonym | Is Oyster valid for the London Bridge to Gatwick train?
- entity | Can I use my Oyster card on the train to Stansted from London Bridge?
- action | Can I top up my Oyster card on the train to Gatwick from London Bridge?
- qualifier | Can I use a child's Oyster card on the train to Gatwick from London Bridge?
G travel en | Do hotels in Italy charge a city tax on top of the room rate?
+ rephrase | In Italy, is there a city tax added to the hotel room price?
+ short-form | italy hotel city tax extra?
- question-word | How much is the city tax for hotels in Italy?
- entity | Do hotels in Spain charge a city tax on top of the room rate?
- qualifier | Do hotels in Italy charge a city tax on top of the room rate for children?
G hr en | Can I be fired for refusing to work overtime?
+ passive | Can my employer fire me for refusing to work overtime?
+ rephrase | If I say no to overtime, is it legal for my employer to let me go?
- direction | Can I quit for being refused overtime?
- qualifier | Can I be fired for refusing to work unpaid overtime?
- action | Can I be disciplined for refusing to work overtime?
G telecom en | Is there a fee to unlock my phone after I pay it off?
+ rephrase | Once my phone is paid off, do you charge to unlock it?
+ reorder | After I pay off my phone, is there a fee to unlock it?
- tense | Is there a fee to unlock my phone before I pay it off?
- action | Is there a fee to lock my phone after I pay it off?
- object | Is there a fee to unlock my SIM after I pay it off?
G cooking en | Can I cook chicken from frozen in an air fryer?
+ rephrase | Is it safe to put frozen chicken straight into the air fryer without thawing?
+ short-form | frozen chicken in air fryer, ok?
- qualifier | Can I cook chicken from frozen in a slow cooker?
- action | Can I thaw chicken in an air fryer?
- object | Can I cook fish from frozen in an air fryer?
G legal en | Can my neighbor's tree roots that grow into my yard be cut?
+ possessive | Can the roots of my neighbor's tree that grow into my yard be cut?
- direction | Can my tree roots that grow into my neighbor's yard be cut?
- object | Can my neighbor's tree branches that hang over my yard be cut?
- action | Can my neighbor's tree that grows into my yard be cut down?
""")
D.append(r"""
G shopping zh | 二手车买了以后可以过户到我爸名下吗？
+ synonym | 买的二手车能不能转到我爸名下？
+ ba-construction | 我买的二手车能把它过户给我爸吗？
- direction | 我爸名下的二手车可以过户到我名下吗？
- qualifier | 新车买了以后可以过户到我爸名下吗？
- question-word | 二手车过户到我爸名下要多少钱？
G banking zh | 信用卡的年费怎么免？
+ synonym | 怎样才能免掉信用卡年费？
+ short-form | 信用卡年费咋免
+ particles | 信用卡年费怎么免呢？
- action | 信用卡的年费怎么交？
- entity | 储蓄卡的年费怎么免？
G banking zh | 离职以后公积金可以全部取出来吗？
+ synonym | 辞职以后住房公积金能全取出来吗？
+ reorder | 公积金离职以后可以全部提取吗？
- tense | 在职期间公积金可以全部取出来吗？
- qualifier | 离职以后公积金可以取出来一部分吗？
- action | 离职以后公积金可以转到新单位吗？
G health zh | 吃了头孢多久以后能喝酒？
+ synonym | 头孢吃完多长时间可以喝酒？
+ reorder | 喝酒的话，吃了头孢要隔多久？
- direction | 喝了酒多久以后能吃头孢？
- entity | 吃了阿莫西林多久以后能喝酒？
- negation | 吃了头孢喝了酒会怎么样？
G health zh | 儿童用药能不能按成人剂量减半？
+ synonym | 小孩吃药可以用大人剂量的一半吗？
+ number-words | 儿童用药能不能按成人剂量的1/2？
- direction | 成人用药能不能按儿童剂量加倍？
- number | 儿童用药能不能按成人剂量的三分之一？
- qualifier | 儿童用抗生素能不能按成人剂量减半？
G programming zh | Python 里 a += 1 和 a = a + 1 有区别吗？
+ reorder | Python 中 a = a + 1 跟 a += 1 一样吗？
+ short-form | py a+=1 vs a=a+1 区别
- operator | Python 里 a =+ 1 和 a = a + 1 有区别吗？
- operator | Python 里 a -= 1 和 a = a - 1 有区别吗？
- qualifier | Python 里对列表 a += [1] 和 a = a + [1] 有区别吗？
G programming zh | SQL 里 WHERE 和 HAVING 有什么区别？
+ reorder | SQL 中 HAVING 与 WHERE 有什么不同？
+ short-form | sql where vs having
- entity | SQL 里 WHERE 和 ON 有什么区别？
- entity | SQL 里 GROUP BY 和 ORDER BY 有什么区别？
- question-word | SQL 里 WHERE 和 HAVING 哪个执行得早？
G school zh | 数学考试能带计算器吗？
+ synonym | 数学考试可以用计算器吗？
+ particles | 数学考试能带计算器不？
- entity | 物理考试能带计算器吗？
- modality | 数学考试必须带计算器吗？
- object | 数学考试能带手机吗？
G school zh | x² = 16，x 等于多少？
+ synonym | x的平方等于16，求x。
+ number-words | x的平方是十六，x是多少？
- operator | x² = -16，x 等于多少？
- operator | √x = 16，x 等于多少？
- operator | 2x = 16，x 等于多少？
G travel zh | 从广州到香港坐高铁要带什么证件？
+ synonym | 广州坐高铁去香港需要带哪些证件？
+ reorder | 坐高铁从广州去香港，要带什么证件？
- direction | 从香港到广州坐高铁要带什么证件？
- entity | 从广州到澳门坐高铁要带什么证件？
- question-word | 从广州到香港坐高铁要多久？
G hr zh | 我可以替同事请假吗？
+ synonym | 能不能帮同事请个假？
- direction | 同事可以替我请假吗？
- action | 我可以替同事打卡吗？
- object | 我可以替同事报销吗？
G telecom zh | 手机欠费停机了多久会被销号？
+ synonym | 手机停机欠费以后多长时间号码会被注销？
+ passive | 手机欠费停机了，运营商多久会把号销掉？
- question-word | 手机欠费停机了怎么恢复？
- tense | 手机销号以后还欠的费用要交吗？
- qualifier | 副卡欠费停机了多久会被销号？
G cooking zh | 炖汤是先放盐还是后放盐？
+ synonym | 煲汤的盐应该早放还是晚放？
+ reorder | 炖汤时盐是后放还是先放？
- object | 炖汤是先放肉还是先放水？
- entity | 炒菜是先放盐还是后放盐？
- object | 炖汤是先放姜还是后放姜？
G legal zh | 公司可以由法人代表替股东签字吗？
+ synonym | 法人代表能不能代替股东在公司文件上签字？
- direction | 股东可以替法人代表签字吗？
- object | 公司可以由法人代表替员工签字吗？
- action | 公司可以由法人代表替股东还债吗？
""")
D.append(r"""
G shopping en | Do you price match Amazon on TVs bought in store?
+ rephrase | If I buy a TV in your store, will you match Amazon's price?
+ short-form | price match amazon for in-store TVs?
- direction | Does Amazon price match you on TVs bought in store?
- qualifier | Do you price match Amazon on TVs bought online?
- entity | Do you price match Walmart on TVs bought in store?
- tense | Do you price match Amazon on TVs after I've already bought them in store?
G banking en | Can I pay off my car loan with my credit card?
+ rephrase | Is it possible to use a credit card to pay my car loan off?
+ passive | Can my car loan be paid off with my credit card?
- direction | Can I pay off my credit card with my car loan?
- object | Can I pay off my mortgage with my credit card?
- modality | Should I pay off my car loan with my credit card?
G health en | Is it safe to exercise with a fever of 38°C?
+ rephrase | With a 38 degree temperature, is working out safe?
+ number-words | Is it safe to exercise with a fever of thirty-eight degrees Celsius?
- number | Is it safe to exercise with a fever of 38°F?
- comparative | Is it safe to exercise with a fever below 38°C?
- action | Is it safe to shower with a fever of 38°C?
G programming en | How do I check if a key exists in a dictionary in Python?
+ rephrase | In Python, what's the way to test whether a dict contains a given key?
+ short-form | python check key in dict
- object | How do I check if a value exists in a dictionary in Python?
- negation | How do I check if a key doesn't exist in a dictionary in Python?
- action | How do I delete a key from a dictionary in Python?
- entity | How do I check if a key exists in a map in Go?
G telecom en | Can I use my US SIM card in Europe without roaming charges?
+ rephrase | Will my US SIM work in Europe with no roaming fees?
+ reorder | Without roaming charges, can I use my US SIM card in Europe?
- direction | Can I use my European SIM card in the US without roaming charges?
- question-word | How much are the roaming charges for my US SIM card in Europe?
- qualifier | Can I use my prepaid US SIM card in Europe without roaming charges?
G school en | Is a 3.5 GPA enough to get into a master's program in Germany?
+ number-words | Is a GPA of three point five enough to get into a master's program in Germany?
+ rephrase | Can I get into a German master's program with a 3.5 GPA?
- number | Is a 2.5 GPA enough to get into a master's program in Germany?
- entity | Is a 3.5 GPA enough to get into a master's program in the Netherlands?
- qualifier | Is a 3.5 GPA enough to get into a PhD program in Germany?
""")
D.append(r"""
G shopping en | Do you have a leather case for the iPad with a keyboard?
+ rephrase | Is there a leather case with a keyboard available for the iPad?
- attachment | Do you have a leather case for the iPad without a keyboard?
- attachment | Do you have a leather keyboard for the iPad with a case?
- entity | Do you have a leather case for the iPad mini with a keyboard?
- qualifier | Do you have a used leather case for the iPad with a keyboard?
G banking en | What's the fee on the card for foreign purchases?
+ rephrase | How much does the card charge on purchases made abroad?
+ short-form | card foreign purchase fee?
- attachment | What's the card for the fee on foreign purchases?
- object | What's the fee on the card for cash withdrawals abroad?
- qualifier | What's the fee on the business card for foreign purchases?
G travel en | Is there a shuttle to the hotel from the airport after midnight?
+ reorder | After midnight, is there a shuttle from the airport to the hotel?
+ synonym | Does any shuttle run from the airport to the hotel after 12 am?
- direction | Is there a shuttle to the airport from the hotel after midnight?
- comparative | Is there a shuttle to the hotel from the airport before midnight?
- entity | Is there a shuttle to the hotel after midnight from the train station?
G hr en | Who pays for the training that my manager asked me to take?
+ passive | My manager asked me to take a training course - who pays for it?
- direction | Who pays for the training that I asked my manager to take?
- qualifier | Who pays for the training that I chose to take on my own?
- question-word | How long is the training that my manager asked me to take?
G health en | Can I take my mother's blood pressure pills instead of mine if I run out?
+ rephrase | If I run out of my blood pressure pills, is it OK to take my mom's instead?
- direction | Can my mother take my blood pressure pills instead of hers if she runs out?
- object | Can I take my mother's sleeping pills instead of mine if I run out?
- qualifier | Can I take my mother's blood pressure pills instead of mine if they're the same drug but a higher dose?
G programming zh | 把 A 列表里不在 B 列表的元素取出来，Python 怎么写？
+ short-form | python 列表 A 减 B 差集
- direction | 把 B 列表里不在 A 列表的元素取出来，Python 怎么写？
- operator | 把 A 列表里也在 B 列表的元素取出来，Python 怎么写？
- entity | 把 A 列表里不在 B 列表的元素取出来，Java 怎么写？
G shopping zh | 带壳的手机用哪种充电器？
+ synonym | 手机戴着手机壳的话该用什么充电器？
- attachment | 带壳的充电器适合哪种手机？
- negation | 不带壳的手机用哪种充电器？
- object | 带壳的手机用哪种无线充电器？
G hr zh | 我的同事的老板的电话是多少？
+ particles | 我同事老板的电话是多少？
- possessive-relation | 我的老板的同事的电话是多少？
- possessive-relation | 我的同事的电话是多少？
- object | 我的同事的老板的邮箱是多少？
G banking zh | 由我爸担保的贷款我能提前还吗？
+ reorder | 我的贷款是我爸担保的，能提前还吗？
- direction | 由我担保的我爸的贷款我能提前还吗？
- action | 由我爸担保的贷款我能延期还吗？
- qualifier | 由我爸担保的房贷我能提前还吗？
""")


# ---------------------------------------------------------------- output

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
OWN = ("dev-extra-9.jsonl", "test-extra-9.jsonl")


def split_of(group_id):
    """dev if the first byte of SHA-256(group id) is even, else test (decided by the id alone)."""
    return "dev" if hashlib.sha256(group_id.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def parse():
    groups = []
    for block in D:
        for line in block.splitlines():
            line = line.strip()
            if not line:
                continue
            head, _, text = line.partition(" | ")
            text = text.strip()
            if head.startswith("G "):
                _, domain, lang = head.split()
                groups.append({"domain": domain, "lang": lang, "a": text, "variants": []})
            elif head[:2] in ("+ ", "- "):
                groups[-1]["variants"].append((head[0] == "+", head[2:].strip(), text))
            else:
                raise ValueError("bad line: %r" % line)
    return groups


def existing_pairs():
    """(a, b) pairs, in either order, of the other *.jsonl files in this directory."""
    seen = set()
    for name in sorted(os.listdir(OUT_DIR)):
        if not name.endswith(".jsonl") or name in OWN:
            continue
        with open(os.path.join(OUT_DIR, name), encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line:
                    r = json.loads(line)
                    seen.add((r["a"], r["b"]))
                    seen.add((r["b"], r["a"]))
    return seen


def main():
    groups = parse()
    seen = existing_pairs()
    out = {"dev": [], "test": []}
    skipped = 0
    for i, g in enumerate(groups, 1):
        gid = "x9-%03d" % i
        split = split_of(gid)
        bs = set()
        for label, cls, b in g["variants"]:
            assert b != g["a"] and b not in bs, (gid, b)
            bs.add(b)
            if (g["a"], b) in seen:
                skipped += 1
                continue
            out[split].append({"a": g["a"], "b": b, "label": label, "lang": g["lang"], "class": cls,
                               "domain": g["domain"], "group": gid, "split": split})
    for split, name in (("dev", OWN[0]), ("test", OWN[1])):
        with open(os.path.join(OUT_DIR, name), "w", encoding="utf-8", newline="\n") as f:
            for r in out[split]:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("groups %d, dev %d, test %d, skipped as duplicates of other files %d"
          % (len(groups), len(out["dev"]), len(out["test"]), skipped))


if __name__ == "__main__":
    main()
