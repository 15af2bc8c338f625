#!/usr/bin/env python3
"""Literal data for extra-11.jsonl (labelled question pairs for the semantic cache) and its writer.

    python3 Benchmarks/data/cache-pairs/tools/extra_11_data.py
    python3 Benchmarks/data/cache-pairs/split.py Benchmarks/data/cache-pairs/extra-11.jsonl

Each group is one anchor question `a` with 4-6 variants `b`. label True means one complete, correct answer to `a`
fully answers `b`. Group ids are x11-001, x11-002, ... in the order written below. The writer is deterministic and
skips any (a, b) pair that already occurs, in either order, in another *.jsonl file of this directory.
"""
import glob
import json
import os
import re
import sys

T, F = True, False
GROUPS = []


def g(domain, lang, a, variants):
    GROUPS.append((domain, lang, a, variants))


# ---------------------------------------------------------------- shopping
g("shopping", "en", "refund policy?", [
    ("Whats ur refund policy", T, "typo-case"),
    ("Could you explain how refunds work at your store?", T, "ordinary"),
    ("refund policy for digital items?", F, "qualifier"),
    ("exchange policy?", F, "object"),
    ("refund policy for orders shipped abroad?", F, "qualifier"),
    ("Could you please tell me your refund policy?", T, "politeness"),
])
g("shopping", "zh", "退款政策？", [
    ("你们的退款政策是什么？", T, "ordinary"),
    ("退款政策是啥呀", T, "particles"),
    ("虚拟商品的退款政策？", F, "qualifier"),
    ("换货政策？", F, "object"),
    ("退款要多久到账？", F, "shared-vocabulary"),
])
g("shopping", "en", "How do I cancel an order that has already shipped?", [
    ("How can I cancel an order after it's been shipped?", T, "synonym"),
    ("My order already shipped - how do I cancel it?", T, "reorder"),
    ("How do I cancel an order that hasn't shipped yet?", F, "tense"),
    ("How do I track an order that has already shipped?", F, "action"),
    ("How do I cancel one item in an order that has already shipped?", F, "qualifier"),
    ("Hi, could you tell me how to cancel an order that has already shipped?", T, "politeness"),
])
g("shopping", "zh", "已经发货的订单还能取消吗？", [
    ("订单已经发货了，还能取消吗", T, "reorder"),
    ("发了货的订单还可以取消不", T, "synonym"),
    ("还没发货的订单能取消吗？", F, "tense"),
    ("已经发货的订单能查物流吗？", F, "action"),
    ("已经发货的订单还能改地址吗？", F, "action"),
])
g("shopping", "en", "Can I return shoes I've already worn outside?", [
    ("Are shoes that have been worn outside returnable?", T, "synonym"),
    ("can i return shoes ive already worn outside", T, "typo-case"),
    ("Can I return shoes I haven't worn outside?", F, "negation"),
    ("Can I exchange shoes I've already worn outside?", F, "action"),
    ("Can I return shoes I've already worn outside if they're defective?", F, "qualifier"),
])
g("shopping", "zh", "七天无理由退货，运费谁出？", [
    ("7天无理由退货的话，运费由谁承担？", T, "number-words"),
    ("请问七天无理由退货的运费是谁来出呀", T, "politeness"),
    ("七天无理由退货，运费多少？", F, "question-word"),
    ("质量问题退货，运费谁出？", F, "object"),
    ("七天无理由换货，运费谁出？", F, "action"),
])
g("shopping", "en", "How long does a refund take to reach my credit card after you receive the return?", [
    ("After you get my return, how long until the refund shows up on my credit card?", T, "reorder"),
    ("When will I get my money back on my credit card once you've received my return?", T, "ordinary"),
    ("How much of the refund reaches my credit card after you receive the return?", F, "question-word"),
    ("How long does it take you to receive the return after I ship it?", F, "shared-vocabulary"),
    ("How long does a refund take to reach my credit card if I return it in store?", F, "qualifier"),
])
g("shopping", "zh", "线上买的衣服能去实体店退吗？", [
    ("网上买的衣服可以拿到门店退吗", T, "synonym"),
    ("想问下线上买的衣服能不能去实体店退呀", T, "politeness"),
    ("实体店买的衣服能在网上退吗？", F, "direction"),
    ("线上买的衣服能去实体店换吗？", F, "action"),
    ("线上买的鞋能去实体店退吗？", F, "object"),
])
g("shopping", "en", "Do you ship to Norway?", [
    ("Do you deliver to Norway?", T, "synonym"),
    ("do u ship to norway", T, "typo-case"),
    ("Do you ship from Norway?", F, "direction"),
    ("Do you ship to Iceland?", F, "entity"),
    ("How much does shipping to Norway cost?", F, "question-word"),
])
g("shopping", "zh", "满300减50的券能和店铺券一起用吗？", [
    ("满300减50的券可以跟店铺券叠加使用吗", T, "synonym"),
    ("满三百减五十的券能和店铺券一起用吗", T, "number-words"),
    ("满500减50的券能和店铺券一起用吗？", F, "number"),
    ("满300减50的券能和红包一起用吗？", F, "object"),
    ("满300减50的券什么时候过期？", F, "shared-vocabulary"),
    ("满300减50的券能在所有店铺用吗？", F, "scope"),
])
g("shopping", "en", "Is there a restocking fee if I return an opened laptop within 14 days?", [
    ("If I return an opened laptop within 14 days, is there a restocking fee?", T, "reorder"),
    ("Do you charge a restocking fee for returning an opened laptop within two weeks?", T, "number-words"),
    ("Is there a restocking fee if I return an unopened laptop within 14 days?", F, "negation"),
    ("Is there a restocking fee if I return an opened laptop within 30 days?", F, "number"),
    ("Is there a restocking fee if I return an opened laptop after 14 days?", F, "time"),
])
g("shopping", "zh", "快递显示签收了但我没收到怎么办", [
    ("物流显示已签收，可是我根本没收到货，该怎么办？", T, "ordinary"),
    ("我没收到快递可是显示已签收，咋办啊", T, "reorder"),
    ("快递显示签收了但东西是坏的怎么办", F, "shared-vocabulary"),
    ("快递一直没显示签收怎么办", F, "negation"),
    ("快递显示签收了但我没收到，能找谁投诉？", F, "question-word"),
])
g("shopping", "en", "Can I stack a store coupon and a manufacturer coupon on one item?", [
    ("Can I combine a store coupon with a manufacturer coupon on the same item?", T, "synonym"),
    ("Is it allowed to use both a store coupon and a manufacturer coupon for one product?", T, "ordinary"),
    ("Can I stack two store coupons on one item?", F, "object"),
    ("Can I stack a store coupon and a manufacturer coupon on one clearance item?", F, "qualifier"),
    ("Can I use one manufacturer coupon on two items?", F, "scope"),
])
g("shopping", "zh", "会员退了之后积分还能用吗？", [
    ("取消会员以后，积分还能继续用吗", T, "synonym"),
    ("会员退了之后积分还能用么", T, "particles"),
    ("会员退了之后优惠券还能用吗？", F, "object"),
    ("会员到期之后积分还能用吗？", F, "action"),
    ("会员退了之后积分能退钱吗？", F, "action"),
])
g("shopping", "en", "The package says delivered but I never got it, what should I do?", [
    ("My package was marked as delivered but it never arrived. What do I do?", T, "ordinary"),
    ("Tracking shows delivered, but I didn't receive my parcel - what should I do?", T, "synonym"),
    ("The package says delivered but it arrived damaged, what should I do?", F, "shared-vocabulary"),
    ("The package says delivered but I never got it, how long should I wait before reporting it?", F, "question-word"),
])
g("shopping", "zh", "拼多多的仅退款是什么意思？", [
    ("拼多多的仅退款是啥意思", T, "synonym"),
    ("麻烦问一下，拼多多说的仅退款指的是什么", T, "politeness"),
    ("拼多多的仅退款怎么申请？", F, "question-word"),
    ("淘宝的仅退款是什么意思？", F, "entity"),
    ("拼多多的退货退款是什么意思？", F, "object"),
])
g("shopping", "en", "Does the price match guarantee apply to Amazon prices?", [
    ("Will you match Amazon's prices under your price match guarantee?", T, "ordinary"),
    ("does the price-match guarantee apply to amazon prices", T, "typo-case"),
    ("Does the price match guarantee apply to Walmart prices?", F, "entity"),
    ("Does the price match guarantee apply to Amazon prices after purchase?", F, "time"),
    ("Does Amazon have a price match guarantee?", F, "direction"),
])
g("shopping", "zh", "价保期内降价了怎么申请退差价？", [
    ("在价保期内东西降价了，要怎么申请差价退款", T, "synonym"),
    ("买完东西在价保期里降价了，怎么把差价退回来", T, "ordinary"),
    ("价保期过了降价了还能退差价吗？", F, "time"),
    ("价保期内涨价了怎么办", F, "operator"),
    ("价保期内降价了退差价要多久到账？", F, "question-word"),
])
g("shopping", "en", "I was charged twice for the same order, how do I get one refunded?", [
    ("My card got billed two times for one order - how can I get a refund for the duplicate?", T, "ordinary"),
    ("How do I get a refund for one of the two charges on the same order?", T, "reorder"),
    ("I was charged twice for two different orders, how do I get one refunded?", F, "object"),
    ("I was charged twice for the same order, why did this happen?", F, "question-word"),
])
g("shopping", "zh", "没有小票能退货吗？", [
    ("小票丢了还能退货吗", T, "ordinary"),
    ("没小票的话可以退货不", T, "particles"),
    ("有小票能退货吗", F, "negation"),
    ("没有小票能换货吗？", F, "action"),
    ("没有发票能退货吗？", F, "object"),
    ("没有小票能开发票吗？", F, "shared-vocabulary"),
])
g("shopping", "en", "Can I add gift wrapping after placing the order?", [
    ("Is it possible to add gift wrap once the order has been placed?", T, "synonym"),
    ("After I've placed my order, can I still add gift wrapping?", T, "reorder"),
    ("Can I add gift wrapping before placing the order?", F, "time"),
    ("Can I remove gift wrapping after placing the order?", F, "action"),
    ("Can I add a gift message after placing the order?", F, "object"),
])
g("shopping", "zh", "新人优惠券每个账号能用几次？", [
    ("新人优惠券每个账号限用几次", T, "synonym"),
    ("一个账号新人券能用几次呀", T, "particles"),
    ("新人优惠券每个订单能用几次？", F, "scope"),
    ("新人优惠券每个账号能领几张？", F, "action"),
    ("新人优惠券有效期是多久？", F, "shared-vocabulary"),
])

# ---------------------------------------------------------------- banking
g("banking", "en", "How do I move money from my brokerage account to my bank account?", [
    ("How can I transfer cash out of my brokerage account into my bank account?", T, "synonym"),
    ("What's the way to withdraw funds from my brokerage account to my bank?", T, "ordinary"),
    ("How do I move money from my bank account to my brokerage account?", F, "direction"),
    ("How do I move stocks from my brokerage account to another brokerage?", F, "object"),
    ("How long does it take to move money from my brokerage account to my bank account?", F, "question-word"),
])
g("banking", "zh", "人民币换美元在哪里换划算？", [
    ("人民币兑换美元去哪儿换比较划算", T, "synonym"),
    ("想把人民币换成美元，哪里换最划算", T, "ba-construction"),
    ("美元换人民币在哪里换划算？", F, "direction"),
    ("人民币换美元要手续费吗？", F, "shared-vocabulary"),
    ("人民币换欧元在哪里换划算？", F, "entity"),
])
g("banking", "en", "How much cash can I withdraw from an ATM abroad in one day?", [
    ("What's my daily ATM withdrawal limit when I'm overseas?", T, "ordinary"),
    ("How much money can I take out of an ATM abroad per day?", T, "synonym"),
    ("How much cash can I deposit at an ATM abroad in one day?", F, "action"),
    ("How much does it cost to withdraw cash from an ATM abroad?", F, "question-word"),
    ("How much cash can I withdraw from an ATM abroad in one transaction?", F, "scope"),
])
g("banking", "zh", "信用卡还款日过了两天才还，会上征信吗？", [
    ("信用卡过了还款日两天才还上，征信会有记录吗", T, "synonym"),
    ("信用卡逾期2天还款，会不会上征信", T, "number-words"),
    ("信用卡还款日过了两个月才还，会上征信吗？", F, "number"),
    ("信用卡还款日过了两天才还，要交多少违约金？", F, "question-word"),
    ("房贷还款日过了两天才还，会上征信吗？", F, "entity"),
])
g("banking", "en", "Will I be charged a fee if I pay my credit card bill one day late?", [
    ("If I pay my credit card bill a day late, will there be a fee?", T, "reorder"),
    ("Is there a late fee for paying my credit card 1 day after the due date?", T, "ordinary"),
    ("Will I be charged a fee if I pay my credit card bill one day early?", F, "time"),
    ("Will I be charged a fee if I pay my credit card bill one month late?", F, "number"),
    ("Will my credit score drop if I pay my credit card bill one day late?", F, "object"),
])
g("banking", "zh", "怎么从支付宝转钱到银行卡？", [
    ("支付宝的钱怎么提现到银行卡", T, "ordinary"),
    ("请问支付宝里的钱怎么转到银行卡上", T, "politeness"),
    ("怎么从银行卡转钱到支付宝？", F, "direction"),
    ("从支付宝转钱到银行卡要手续费吗？", F, "shared-vocabulary"),
    ("怎么从支付宝转钱到别人的银行卡？", F, "qualifier"),
])
g("banking", "en", "Can I deposit a check made out to my wife into our joint account?", [
    ("Can I put a cheque payable to my wife in our joint account?", T, "synonym"),
    ("Is it OK for me to deposit a check written to my wife into our joint account?", T, "ordinary"),
    ("Can my wife deposit a check made out to me into our joint account?", F, "direction"),
    ("Can I deposit a check made out to my wife into my personal account?", F, "object"),
    ("Can I deposit a check made out to my wife's company into our joint account?", F, "entity"),
])
g("banking", "zh", "工资卡可以同时绑定两个微信吗", [
    ("工资卡能不能同时绑两个微信号", T, "synonym"),
    ("工资卡可以同时绑定2个微信吗", T, "number-words"),
    ("一个微信可以同时绑定两张工资卡吗", F, "direction"),
    ("工资卡可以同时绑定两个支付宝吗", F, "entity"),
    ("工资卡可以解绑微信吗", F, "action"),
])
g("banking", "en", "How do I dispute a charge on my debit card?", [
    ("What's the process for disputing a debit card transaction?", T, "synonym"),
    ("how do i dispute a chrage on my debit card", T, "typo-case"),
    ("How do I dispute a charge on my credit card?", F, "entity"),
    ("How long do I have to dispute a charge on my debit card?", F, "question-word"),
    ("How do I cancel a dispute on my debit card?", F, "action"),
])
g("banking", "zh", "定期存款提前取出利息怎么算？", [
    ("定期存款提前支取的话利息如何计算", T, "synonym"),
    ("提前取出定期存款的话，利息是怎么算的呀", T, "reorder"),
    ("定期存款到期后不取利息怎么算？", F, "time"),
    ("大额存单提前取出利息怎么算？", F, "entity"),
    ("定期存款提前取出要带什么证件？", F, "shared-vocabulary"),
    ("定期存款提前取出一部分，利息怎么算？", F, "scope"),
])
g("banking", "en", "Is there a fee to send money with Zelle?", [
    ("Does Zelle charge a fee to send money?", T, "reorder"),
    ("Does it cost anything to send money through Zelle?", T, "ordinary"),
    ("Is there a fee to receive money with Zelle?", F, "direction"),
    ("Is there a limit to send money with Zelle?", F, "object"),
    ("Is there a fee to send money with Venmo?", F, "entity"),
    ("Could you tell me if there's a fee to send money with Zelle?", T, "politeness"),
])
g("banking", "zh", "转错账了能追回来吗", [
    ("转账转错人了，钱还能要回来吗", T, "ordinary"),
    ("转错账了能要回来不", T, "synonym"),
    ("别人转错账给我，我要还吗？", F, "direction"),
    ("信用卡还款还错了能追回来吗", F, "object"),
    ("转错账了多久之内能追回来？", F, "question-word"),
])
g("banking", "en", "Convert 500 USD to EUR", [
    ("convert 500 usd to eur", T, "typo-case"),
    ("How many euros is 500 US dollars?", T, "ordinary"),
    ("Convert 500 EUR to USD", F, "direction"),
    ("Convert 5000 USD to EUR", F, "number"),
    ("Convert 500 USD to GBP", F, "entity"),
])
g("banking", "zh", "房贷还了两年，现在提前还款要付违约金吗？", [
    ("房贷已经还了2年，现在提前还要交违约金吗", T, "number-words"),
    ("我房贷还了两年了，这时候提前还清有没有违约金", T, "ordinary"),
    ("车贷还了两年，现在提前还款要付违约金吗？", F, "entity"),
    ("房贷还了两年，现在提前还款划算吗？", F, "shared-vocabulary"),
    ("房贷还了两年，现在提前还款要怎么申请？", F, "question-word"),
    ("房贷还了两年，现在延期还款要付违约金吗？", F, "action"),
])
g("banking", "en", "What credit score do I need to get approved for a mortgage?", [
    ("What credit score is needed for mortgage approval?", T, "synonym"),
    ("Minimum credit score for a mortgage?", T, "short-form"),
    ("What credit score do I need to get approved for a car loan?", F, "object"),
    ("How long does mortgage approval take?", F, "shared-vocabulary"),
    ("What credit score do I need to get approved for a jumbo mortgage?", F, "qualifier"),
])
g("banking", "zh", "美元账户里的钱能直接转给国内的亲戚吗？", [
    ("美元账户的钱可以直接汇给国内亲戚吗", T, "synonym"),
    ("我能把美元账户里的钱直接转给国内的亲戚吗", T, "ba-construction"),
    ("国内亲戚能直接给我的美元账户转钱吗？", F, "direction"),
    ("美元账户里的钱能直接转给国外的亲戚吗？", F, "entity"),
    ("美元账户里的钱转给国内亲戚每年有额度限制吗？", F, "shared-vocabulary"),
])
g("banking", "en", "Can I close my account if it has a negative balance?", [
    ("If my account is overdrawn, can I still close it?", T, "ordinary"),
    ("Is it possible to close my account while it has a negative balance?", T, "synonym"),
    ("Can I close my account if it has a positive balance?", F, "operator"),
    ("Can I close my account if it has a pending transaction?", F, "object"),
    ("Can the bank close my account if it has a negative balance?", F, "direction"),
])
g("banking", "zh", "用信用卡给朋友转账有手续费吗？", [
    ("用信用卡给朋友转账要手续费吗", T, "synonym"),
    ("拿信用卡转钱给朋友收手续费吗", T, "ordinary"),
    ("给朋友的信用卡转账有手续费吗？", F, "attachment"),
    ("用储蓄卡给朋友转账有手续费吗？", F, "entity"),
    ("用信用卡给朋友转账有额度限制吗？", F, "object"),
])
g("banking", "en", "Do banks have to report cash deposits over $10,000?", [
    ("Are banks required to report cash deposits of more than $10,000?", T, "synonym"),
    ("Must banks report a cash deposit above 10k?", T, "short-form"),
    ("Do banks have to report cash deposits over $5,000?", F, "number"),
    ("Do banks have to report check deposits over $10,000?", F, "object"),
    ("Can banks refuse cash deposits over $10,000?", F, "action"),
])
g("banking", "zh", "信用卡账单日之后消费，什么时候还款？", [
    ("账单日以后刷的信用卡，哪天要还", T, "ordinary"),
    ("信用卡在账单日后消费的，要什么时候还", T, "synonym"),
    ("信用卡账单日之前消费，什么时候还款？", F, "time"),
    ("信用卡账单日之后消费，能分期吗？", F, "shared-vocabulary"),
    ("信用卡账单日之后取现，什么时候还款？", F, "action"),
])

# ---------------------------------------------------------------- health / pharmacy
g("health", "en", "Can I take naproxen while breastfeeding?", [
    ("Is naproxen safe to take when I'm breastfeeding?", T, "synonym"),
    ("I'm nursing my baby - can I take Aleve?", T, "ordinary"),
    ("Can I take naproxen while pregnant?", F, "object"),
    ("Can I take codeine while breastfeeding?", F, "entity"),
    ("How much naproxen can I take while breastfeeding?", F, "question-word"),
])
g("health", "zh", "吃了感冒灵还能再吃布洛芬吗？", [
    ("吃过感冒灵之后可以再吃布洛芬吗", T, "synonym"),
    ("已经吃了感冒灵，能不能接着吃布洛芬", T, "ordinary"),
    ("吃了感冒灵还能再喝酒吗？", F, "object"),
    ("吃了感冒灵多久能再吃布洛芬？", F, "question-word"),
    ("吃了感冒灵还能再吃头孢吗？", F, "entity"),
])
g("health", "en", "How many hours should I wait between doses of ibuprofen?", [
    ("How often can I take ibuprofen?", T, "ordinary"),
    ("how many hrs between ibuprofen doses", T, "short-form"),
    ("How many doses of ibuprofen can I take per day?", F, "question-word"),
    ("How many hours should I wait between doses of naproxen?", F, "entity"),
    ("How many hours should I wait after eating before taking ibuprofen?", F, "shared-vocabulary"),
])
g("health", "zh", "孩子发烧38度5要去医院吗", [
    ("小孩烧到38.5度需要去医院吗", T, "number-words"),
    ("孩子38度5的烧，要不要去医院啊", T, "ordinary"),
    ("孩子发烧39度5要去医院吗", F, "number"),
    ("孩子发烧38度5要吃退烧药吗", F, "action"),
    ("孩子发烧38度5去医院挂什么科", F, "question-word"),
])
g("health", "en", "Should I stop taking antibiotics once I feel better?", [
    ("If I feel better, should I stop taking my antibiotics?", T, "reorder"),
    ("Is it ok to quit my antibiotic course early when I'm feeling better?", T, "ordinary"),
    ("Should I stop taking antibiotics if I get diarrhea?", F, "object"),
    ("Should I stop taking antibiotics before surgery?", F, "time"),
    ("Should I stop drinking alcohol while taking antibiotics?", F, "shared-vocabulary"),
])
g("health", "zh", "吃头孢期间能喝酒吗？", [
    ("吃头孢的时候可以喝酒吗", T, "synonym"),
    ("在吃头孢，能不能喝点酒呀", T, "ordinary"),
    ("吃头孢之后多久能喝酒？", F, "question-word"),
    ("吃布洛芬期间能喝酒吗？", F, "entity"),
    ("喝酒之后多久能吃头孢？", F, "direction"),
])
g("health", "en", "What is a normal blood pressure for a 60 year old?", [
    ("What's normal blood pressure for someone aged 60?", T, "synonym"),
    ("What is a normal blood pressure for a sixty-year-old?", T, "number-words"),
    ("What is a normal blood pressure for a 6 year old?", F, "number"),
    ("What is a normal heart rate for a 60 year old?", F, "object"),
    ("How do I lower my blood pressure at 60?", F, "shared-vocabulary"),
])
g("health", "zh", "医保卡可以给家里人用吗？", [
    ("医保卡能给家人用吗", T, "synonym"),
    ("医保卡可以给家里人用不", T, "particles"),
    ("家里人的医保卡我可以用吗？", F, "direction"),
    ("医保卡可以在外地用吗？", F, "shared-vocabulary"),
    ("医保卡里的钱可以取出来吗？", F, "action"),
])
g("health", "en", "Can I get a flu shot without an appointment at CVS?", [
    ("Can I walk in to CVS for a flu shot without booking?", T, "ordinary"),
    ("Does CVS do flu shots without an appointment?", T, "synonym"),
    ("Can I get a COVID shot without an appointment at CVS?", F, "object"),
    ("Can I get a flu shot without an appointment at Walgreens?", F, "entity"),
    ("How much is a flu shot at CVS without insurance?", F, "shared-vocabulary"),
])
g("health", "zh", "处方药可以在网上买吗", [
    ("网上能买处方药吗", T, "reorder"),
    ("处方药能不能网购啊", T, "ordinary"),
    ("处方药可以在网上退吗", F, "action"),
    ("非处方药可以在网上买吗", F, "negation"),
    ("处方药在网上买需要什么？", F, "question-word"),
])
g("health", "en", "Can a pharmacist refill my prescription without calling my doctor?", [
    ("Is a pharmacist allowed to refill my prescription without contacting my doctor?", T, "synonym"),
    ("Without calling my doctor, can the pharmacist refill my prescription?", T, "reorder"),
    ("Can my doctor refill my prescription without calling the pharmacist?", F, "direction"),
    ("Can a pharmacist cancel my prescription without calling my doctor?", F, "action"),
    ("Can a pharmacist refill my controlled-substance prescription without calling my doctor?", F, "qualifier"),
    ("Can my prescription be refilled by a pharmacist without my doctor being called?", T, "passive"),
])
g("health", "zh", "抽血体检前要空腹几个小时？", [
    ("体检抽血之前得空腹多久", T, "synonym"),
    ("明天体检要抽血，需要提前几个小时不吃东西", T, "ordinary"),
    ("抽血体检后多久能吃东西？", F, "time"),
    ("抽血体检前要停药几天？", F, "object"),
    ("抽血体检前能喝水吗？", F, "shared-vocabulary"),
])
g("health", "en", "Is 4000 IU of vitamin D a day too much?", [
    ("Is taking 4,000 IU of vitamin D daily too much?", T, "synonym"),
    ("Am I overdoing it with 4000 IU vitamin D every day?", T, "ordinary"),
    ("Is 40000 IU of vitamin D a day too much?", F, "number"),
    ("Is 4000 IU of vitamin D a week too much?", F, "time"),
    ("Is 4000 IU of vitamin D a day too much for a toddler?", F, "qualifier"),
])
g("health", "zh", "一天最多能吃几片布洛芬？", [
    ("布洛芬一天最多吃几片", T, "reorder"),
    ("布洛芬每日最大剂量是几片", T, "synonym"),
    ("一天最少要吃几片布洛芬？", F, "comparative"),
    ("一次最多能吃几片布洛芬？", F, "scope"),
    ("布洛芬一天最多能吃几次？", F, "question-word"),
])
g("health", "en", "Is 38.5°C a fever for a toddler?", [
    ("Is 38.5 degrees Celsius a fever in a toddler?", T, "number-words"),
    ("Is 101.3°F a fever for a toddler?", T, "number-words"),
    ("Is 37.5°C a fever for a toddler?", F, "number"),
    ("Is 38.5°C a fever for an adult?", F, "entity"),
    ("What should I give a toddler with a 38.5°C fever?", F, "shared-vocabulary"),
])
g("health", "zh", "没有医保卡能在医院挂号吗？", [
    ("不用医保卡也能在医院挂号吗", T, "ordinary"),
    ("没有医保卡，可以在医院挂号不", T, "particles"),
    ("没有医保卡能在医院报销吗？", F, "action"),
    ("没有身份证能在医院挂号吗？", F, "object"),
    ("没有医保卡能在药店买药吗？", F, "entity"),
])
g("health", "zh", "打完疫苗多久可以洗澡？", [
    ("接种疫苗后隔多长时间能洗澡", T, "synonym"),
    ("打完疫苗要等多久才能洗澡啊", T, "particles"),
    ("打疫苗之前可以洗澡吗？", F, "time"),
    ("打完疫苗多久可以喝酒？", F, "object"),
    ("打完疫苗多久会发烧？", F, "shared-vocabulary"),
])

# ---------------------------------------------------------------- programming
g("programming", "en", "How do I apply a git stash?", [
    ("how to apply stashed changes in git", T, "ordinary"),
    ("What's the command to apply a git stash?", T, "synonym"),
    ("How do I create a git stash?", F, "action"),
    ("How do I drop a git stash?", F, "action"),
    ("How do I apply a specific git stash from the list?", F, "qualifier"),
    ("Can someone please explain how to apply a git stash?", T, "politeness"),
])
g("programming", "zh", "git怎么撤销上一次提交？", [
    ("git如何撤回最近一次commit", T, "synonym"),
    ("请问git里上一次提交要怎么撤销", T, "politeness"),
    ("git怎么撤销上一次push？", F, "object"),
    ("git怎么撤销上两次提交？", F, "number"),
    ("git怎么查看上一次提交？", F, "action"),
])
g("programming", "en", "How do I undo the last commit but keep the changes?", [
    ("How do I undo my latest commit while keeping the changes in my working tree?", T, "synonym"),
    ("git: undo last commit, keep changes", T, "short-form"),
    ("How do I undo the last commit and discard the changes?", F, "negation"),
    ("How do I undo the last push but keep the changes?", F, "object"),
    ("How do I undo the last two commits but keep the changes?", F, "number"),
])
g("programming", "zh", "Python里怎么把字符串转成整数？", [
    ("Python中字符串如何转换为int", T, "synonym"),
    ("python 字符串转整数", T, "short-form"),
    ("Python里怎么把整数转成字符串？", F, "direction"),
    ("Java里怎么把字符串转成整数？", F, "entity"),
    ("Python里怎么把字符串转成浮点数？", F, "object"),
])
g("programming", "en", "How do I merge a single commit from main into my branch?", [
    ("How do I bring just one commit from main over to my branch?", T, "ordinary"),
    ("how to take one commit from main into my branch in git", T, "synonym"),
    ("How do I merge a single commit from my branch into main?", F, "direction"),
    ("How do I revert a single commit from main?", F, "action"),
    ("How do I merge a single file from main into my branch?", F, "object"),
])
g("programming", "zh", "MySQL怎么查询重复的数据", [
    ("MySQL如何查出重复的记录", T, "synonym"),
    ("mysql 查重复数据", T, "short-form"),
    ("MySQL怎么删除重复的数据", F, "action"),
    ("MySQL怎么查询不重复的数据", F, "negation"),
    ("MySQL怎么防止插入重复的数据", F, "action"),
])
g("programming", "en", "Python: how to sort a list of dicts by a key in descending order?", [
    ("In Python, how do I sort a list of dictionaries by one key, largest first?", T, "ordinary"),
    ("python sort list of dictionaries by key descending", T, "short-form"),
    ("Python: how to sort a list of dicts by a key in ascending order?", F, "direction"),
    ("Python: how to sort a dict by value in descending order?", F, "object"),
    ("Python: how to sort a list of dicts by two keys in descending order?", F, "number"),
])
g("programming", "zh", "Linux怎么查看某个端口被哪个进程占用了？", [
    ("Linux下如何查看端口被哪个进程占用", T, "synonym"),
    ("linux 查看端口占用", T, "short-form"),
    ("Linux怎么查看某个进程占用了哪些端口？", F, "direction"),
    ("Windows怎么查看某个端口被哪个进程占用了？", F, "entity"),
    ("Linux怎么释放被占用的端口？", F, "action"),
])
g("programming", "en", "What's the difference between == and is in Python?", [
    ("Python: is vs ==, what's the difference?", T, "reorder"),
    ("In Python, when should I use 'is' instead of '=='?", T, "ordinary"),
    ("What's the difference between == and = in Python?", F, "operator"),
    ("What's the difference between == and === in JavaScript?", F, "entity"),
    ("What's the difference between != and is not in Python?", F, "operator"),
])
g("programming", "zh", "git把远程的main合并到本地分支怎么操作", [
    ("怎么用git把远程main分支合并到我的本地分支", T, "reorder"),
    ("git 远程 main 合并到本地分支", T, "short-form"),
    ("git把本地分支合并到远程的main怎么操作", F, "direction"),
    ("git用rebase把本地分支同步到远程的main怎么操作", F, "action"),
    ("git把远程的dev合并到本地分支怎么操作", F, "entity"),
])
g("programming", "en", "How to remove duplicates from a list in Python while keeping order?", [
    ("Python: dedupe a list but preserve the original order", T, "ordinary"),
    ("How to remove duplicates from a list in python while keeping the order", T, "typo-case"),
    ("How to find duplicates in a list in Python while keeping order?", F, "action"),
    ("How to remove duplicates from a list in JavaScript while keeping order?", F, "entity"),
    ("How to remove duplicates from a list of lists in Python while keeping order?", F, "object"),
])
g("programming", "zh", "SQL里WHERE和HAVING有什么区别？", [
    ("SQL中HAVING和WHERE的区别是什么", T, "reorder"),
    ("sql where 和 having 区别", T, "short-form"),
    ("SQL里WHERE和ON有什么区别？", F, "entity"),
    ("SQL里GROUP BY和HAVING有什么区别？", F, "object"),
    ("SQL里HAVING能不能用别名？", F, "shared-vocabulary"),
])
g("programming", "en", "SQL: how do I select rows where a column is NULL?", [
    ("How to query rows with a null value in a column in SQL?", T, "synonym"),
    ("sql select where column is null", T, "short-form"),
    ("SQL: how do I select rows where a column is NOT NULL?", F, "negation"),
    ("SQL: how do I update rows where a column is NULL?", F, "action"),
    ("SQL: how do I select rows where a column is an empty string?", F, "object"),
])
g("programming", "zh", "Python怎么删除列表里所有的空字符串", [
    ("Python如何去掉list中的全部空字符串", T, "synonym"),
    ("Python列表里的空字符串怎么全部删掉", T, "reorder"),
    ("Python怎么删除列表里第一个空字符串", F, "scope"),
    ("Python怎么删除字符串里所有的空格", F, "object"),
    ("Python怎么统计列表里空字符串的个数", F, "action"),
])
g("programming", "en", "SELECT COUNT(*) vs COUNT(column): what's the difference?", [
    ("What's the difference between COUNT(*) and COUNT(column) in SQL?", T, "reorder"),
    ("count(*) vs count(col) difference", T, "short-form"),
    ("What's the difference between COUNT(*) and COUNT(DISTINCT column)?", F, "qualifier"),
    ("Which is faster, COUNT(*) or COUNT(1)?", F, "entity"),
    ("SUM vs COUNT in SQL: what's the difference?", F, "object"),
])
g("programming", "zh", "chmod 755和777有什么区别", [
    ("chmod 755跟chmod 777的区别是啥", T, "synonym"),
    ("权限755和777有啥不一样", T, "ordinary"),
    ("chmod 755和644有什么区别", F, "number"),
    ("chown和chmod有什么区别", F, "entity"),
    ("chmod 777有什么风险", F, "shared-vocabulary"),
])
g("programming", "en", "How do I find which process is using port 8080 on Linux?", [
    ("Linux: how to see what's listening on port 8080?", T, "ordinary"),
    ("how do I find which process is using port 8080 on linux", T, "typo-case"),
    ("How do I find which process is using the most memory on Linux?", F, "object"),
    ("How do I kill the process using port 8080 on Linux?", F, "action"),
    ("How do I find which process is using port 8080 on Windows?", F, "entity"),
])
g("programming", "zh", "Python 3.12怎么安装requests库？", [
    ("Python 3.12 如何 pip 安装 requests", T, "synonym"),
    ("python3.12 装 requests", T, "short-form"),
    ("Python 3.12怎么卸载requests库？", F, "action"),
    ("Python 3.12怎么安装numpy库？", F, "entity"),
    ("Python 3.12怎么升级requests库？", F, "action"),
    ("Python 3.12安装requests库报错怎么办？", F, "shared-vocabulary"),
])
g("programming", "en", "How do I make a shell script executable?", [
    ("chmod command to make a script executable?", T, "ordinary"),
    ("How can I make a bash script executable?", T, "synonym"),
    ("How do I make a shell script non-executable?", F, "negation"),
    ("How do I run a shell script?", F, "action"),
    ("How do I make a shell script executable for the owner only?", F, "scope"),
])
g("programming", "zh", "Python里 a += 1 和 a = a + 1 有区别吗？", [
    ("Python中a += 1跟a = a + 1一样吗", T, "synonym"),
    ("python a+=1 和 a=a+1 区别", T, "short-form"),
    ("Python里 a -= 1 和 a = a - 1 有区别吗？", F, "operator"),
    ("Java里 a += 1 和 a = a + 1 有区别吗？", F, "entity"),
    ("Python里 a += 1 和 a++ 有区别吗？", F, "operator"),
])
g("programming", "en", "How do I rename a local git branch?", [
    ("What's the command to rename a branch locally in git?", T, "synonym"),
    ("git: rename local branch", T, "short-form"),
    ("How do I rename a remote git branch?", F, "qualifier"),
    ("How do I delete a local git branch?", F, "action"),
    ("How do I rename a git tag?", F, "object"),
])
g("programming", "zh", "Linux怎么把文件从本地复制到服务器？", [
    ("Linux下怎么把本地文件拷贝到远程服务器上", T, "synonym"),
    ("把文件从本地复制到服务器，Linux上怎么操作", T, "reorder"),
    ("Linux怎么把文件从服务器复制到本地？", F, "direction"),
    ("Linux怎么把文件夹从本地复制到服务器？", F, "object"),
    ("Linux怎么把文件从本地移动到服务器？", F, "action"),
])
g("programming", "en", "In Python 3, how do I read a file line by line?", [
    ("Python 3 read file line by line", T, "short-form"),
    ("What's the way to iterate over the lines of a file in Python 3?", T, "ordinary"),
    ("In Python 3, how do I write a file line by line?", F, "action"),
    ("In Python 3, how do I read a file line by line in reverse?", F, "qualifier"),
    ("In Python 3, how do I read a CSV file row by row into dicts?", F, "object"),
])
g("programming", "en", "Must a Python class define __init__?", [
    ("Is __init__ required in every Python class?", T, "synonym"),
    ("Do Python classes need an __init__ method?", T, "ordinary"),
    ("Should every Python class define __init__ as good style?", F, "modality"),
    ("Must a Python class define __str__?", F, "object"),
    ("Can a Python class define two __init__ methods?", F, "number"),
])

# ---------------------------------------------------------------- school / university
g("school", "en", "Can I graduate with distinction if I failed one course?", [
    ("If I failed one course, can I still graduate with distinction?", T, "reorder"),
    ("Is graduating with distinction possible after failing a single course?", T, "ordinary"),
    ("Can I graduate if I failed one course?", F, "qualifier"),
    ("Can I graduate with distinction if I failed two courses?", F, "number"),
    ("Can I graduate with distinction if I retook one course?", F, "action"),
])
g("school", "zh", "挂了一科还能拿优秀毕业生吗？", [
    ("有一门挂科的话还能评优秀毕业生吗", T, "ordinary"),
    ("挂了1科还能拿优秀毕业生不", T, "number-words"),
    ("挂了一科还能毕业吗？", F, "qualifier"),
    ("挂了两科还能拿优秀毕业生吗？", F, "number"),
    ("补考过了还能拿优秀毕业生吗？", F, "action"),
])
g("school", "en", "How do I transfer from a community college to a four-year university?", [
    ("What's the process to transfer from community college to a 4-year university?", T, "number-words"),
    ("How can I move from a community college to a four-year university?", T, "synonym"),
    ("How do I transfer from a four-year university to a community college?", F, "direction"),
    ("Do my credits transfer from a community college to a four-year university?", F, "shared-vocabulary"),
    ("How do I transfer from a community college to a four-year university mid-year?", F, "qualifier"),
])
g("school", "zh", "我表姐的导师能帮我写留学推荐信吗？", [
    ("表姐的导师可以给我写留学推荐信吗", T, "synonym"),
    ("留学推荐信能找我表姐的导师写吗", T, "reorder"),
    ("我导师的表姐能帮我写留学推荐信吗？", F, "possessive-relation"),
    ("我能帮我表姐的导师写留学推荐信吗？", F, "direction"),
    ("我表姐的导师能帮我改留学文书吗？", F, "object"),
])
g("school", "en", "When is the deadline to drop a class without a W?", [
    ("What's the last day to drop a course without getting a W on my transcript?", T, "ordinary"),
    ("Deadline to drop a class without a W?", T, "short-form"),
    ("When is the deadline to drop a class with a W?", F, "negation"),
    ("When is the deadline to add a class?", F, "action"),
    ("How do I drop a class without a W?", F, "question-word"),
    ("Sorry to bother you, but when is the deadline to drop a class without a W?", T, "politeness"),
])
g("school", "zh", "考研报名之后还能改报考学校吗？", [
    ("考研报了名以后，报考学校还能改吗", T, "reorder"),
    ("考研报名后可以修改报考院校吗", T, "synonym"),
    ("考研报名之后还能改报考专业吗？", F, "object"),
    ("考研报名之后还能取消吗？", F, "action"),
    ("考研报名之后改报考学校要交钱吗？", F, "shared-vocabulary"),
])
g("school", "en", "Does a student visa allow me to work part-time off campus?", [
    ("Can I work a part-time job off campus on a student visa?", T, "ordinary"),
    ("does a student visa let me work part time off campus", T, "synonym"),
    ("Does a student visa allow me to work part-time on campus?", F, "qualifier"),
    ("Does a student visa allow me to work full-time off campus?", F, "qualifier"),
    ("Does a work visa allow me to study part-time?", F, "direction"),
])
g("school", "zh", "大学转专业需要什么条件？", [
    ("大学转专业有什么要求", T, "synonym"),
    ("大学里想转专业，得满足哪些条件", T, "ordinary"),
    ("大学转学需要什么条件？", F, "object"),
    ("大学转专业一般在什么时候申请？", F, "question-word"),
    ("大学转专业失败了怎么办？", F, "shared-vocabulary"),
])
g("school", "en", "How is GPA calculated if I retake a course?", [
    ("If I retake a course, how is my GPA calculated?", T, "reorder"),
    ("How does retaking a class affect the way my GPA is computed?", T, "ordinary"),
    ("How is GPA calculated if I withdraw from a course?", F, "action"),
    ("Can I retake a course to raise my GPA?", F, "shared-vocabulary"),
    ("How is GPA calculated if I retake a course twice?", F, "number"),
])
g("school", "zh", "雅思6.5能申请英国的硕士吗", [
    ("雅思六点五能申请英国硕士吗", T, "number-words"),
    ("雅思考了6.5分，申英国研究生够吗", T, "ordinary"),
    ("雅思6.5能申请澳洲的硕士吗", F, "entity"),
    ("雅思5.5能申请英国的硕士吗", F, "number"),
    ("雅思6.5能申请英国的本科吗", F, "object"),
])
g("school", "en", "What's the minimum IELTS score for a UK master's?", [
    ("What IELTS score do I need at least for a master's in the UK?", T, "ordinary"),
    ("minimum ielts for uk masters", T, "short-form"),
    ("What's the minimum TOEFL score for a UK master's?", F, "entity"),
    ("What's the minimum IELTS score for a UK bachelor's?", F, "object"),
    ("What's the minimum IELTS score for a US master's?", F, "entity"),
])
g("school", "zh", "期末考试缺考了还能补考吗？", [
    ("期末没去考试，还有补考机会吗", T, "ordinary"),
    ("期末考试缺考了还可以补考吗", T, "synonym"),
    ("期末考试不及格还能补考吗？", F, "object"),
    ("期末考试缺考了会记零分吗？", F, "shared-vocabulary"),
    ("期中考试缺考了还能补考吗？", F, "time"),
])
g("school", "en", "Is a 3.5 GPA good enough for grad school?", [
    ("Is a GPA of 3.5 good enough to get into graduate school?", T, "synonym"),
    ("Is 3.5 GPA enough for grad school?", T, "short-form"),
    ("Is a 3.0 GPA good enough for grad school?", F, "number"),
    ("Is a 3.5 GPA good enough for med school?", F, "entity"),
    ("How do I raise my GPA to 3.5 for grad school?", F, "shared-vocabulary"),
])
g("school", "zh", "老师能不能看到学生的网课观看记录？", [
    ("老师能看到学生看网课的记录吗", T, "synonym"),
    ("学生网课的观看记录，老师能看见吗", T, "reorder"),
    ("学生能不能看到老师的网课观看记录？", F, "direction"),
    ("老师能不能删除学生的网课观看记录？", F, "action"),
    ("家长能不能看到学生的网课观看记录？", F, "entity"),
    ("学生的网课观看记录能被老师看到吗", T, "passive"),
])
g("school", "en", "Can my professor see my grades from other classes?", [
    ("Do professors have access to the grades I get in other courses?", T, "ordinary"),
    ("Is my professor able to see my grades in my other classes?", T, "synonym"),
    ("Can I see my professor's grades from other classes?", F, "direction"),
    ("Can my advisor see my grades from other classes?", F, "entity"),
    ("Can my professor change my grades from other classes?", F, "action"),
    ("Can my grades from other classes be seen by my professor?", T, "passive"),
])
g("school", "zh", "助学贷款毕业之后多久开始还？", [
    ("毕业后助学贷款过多长时间开始还款", T, "synonym"),
    ("助学贷款毕业以后多久开始还啊", T, "particles"),
    ("助学贷款毕业之前要还吗？", F, "time"),
    ("助学贷款毕业之后要还多少？", F, "question-word"),
    ("助学贷款毕业之后多久还完？", F, "action"),
])
g("school", "en", "Can my friend's teacher write my recommendation letter?", [
    ("Is it OK if my friend's teacher writes my recommendation letter?", T, "synonym"),
    ("My recommendation letter - can my friend's teacher write it?", T, "reorder"),
    ("Can my teacher's friend write my recommendation letter?", F, "possessive-relation"),
    ("Can my friend's teacher sign my recommendation letter?", F, "action"),
    ("Can my friend's teacher write my cover letter?", F, "object"),
])
g("school", "zh", "本科毕业论文必须查重吗？", [
    ("本科的毕业论文一定要查重吗", T, "synonym"),
    ("本科生的毕业论文是不是都要查重", T, "ordinary"),
    ("本科毕业论文必须答辩吗？", F, "object"),
    ("研究生毕业论文必须查重吗？", F, "entity"),
    ("本科毕业论文查重率要低于多少？", F, "question-word"),
    ("本科毕业论文能自己先查重吗？", F, "modality"),
])
g("school", "en", "Can I still apply for financial aid after the semester has started?", [
    ("Can I still file for financial aid if the semester already started?", T, "synonym"),
    ("After the semester has begun, is it still possible to apply for financial aid?", T, "reorder"),
    ("Can I still apply for financial aid before the semester starts?", F, "time"),
    ("Can I still apply for a scholarship after the semester has started?", F, "object"),
    ("Can I still appeal my financial aid after the semester has started?", F, "action"),
    ("Do I have to apply for financial aid again after the semester has started?", F, "modality"),
])
g("school", "zh", "老师能把学生的作业发到家长群里吗？", [
    ("老师可以在家长群里发学生的作业吗", T, "reorder"),
    ("老师能不能把学生的作业转发到家长群", T, "synonym"),
    ("老师能把学生的成绩发到家长群里吗？", F, "object"),
    ("老师能把学生的作业发到朋友圈吗？", F, "entity"),
    ("老师能把学生的作业删掉吗？", F, "action"),
])

# ---------------------------------------------------------------- travel / visas
g("travel", "en", "Do I need a visa to transit through Frankfurt on a US passport?", [
    ("With a US passport, do I need a transit visa for Frankfurt?", T, "reorder"),
    ("Does a US citizen need a visa for a layover in Frankfurt?", T, "ordinary"),
    ("Do I need a visa to transit through Frankfurt on an Indian passport?", F, "entity"),
    ("Do I need a visa to enter Germany on a US passport?", F, "action"),
])
g("travel", "zh", "中国护照去泰国现在还需要签证吗？", [
    ("中国人现在去泰国还要办签证吗", T, "ordinary"),
    ("拿中国护照去泰国，现在要签证不", T, "particles"),
    ("泰国护照来中国现在还需要签证吗？", F, "direction"),
    ("中国护照去越南现在还需要签证吗？", F, "entity"),
    ("中国护照去泰国落地签要多少钱？", F, "question-word"),
    ("中国护照去泰国能待多少天？", F, "shared-vocabulary"),
])
g("travel", "en", "How many days can I stay in the Schengen area without a visa?", [
    ("What's the maximum stay in Schengen visa-free?", T, "ordinary"),
    ("How long can I stay in the Schengen zone without a visa?", T, "synonym"),
    ("How many days can I stay in the Schengen area with a visa?", F, "negation"),
    ("How many days can I stay in the UK without a visa?", F, "entity"),
    ("How do I extend my stay in the Schengen area without a visa?", F, "question-word"),
])
g("travel", "zh", "充电宝超过两万毫安能带上飞机吗？", [
    ("20000mAh以上的充电宝可以带上飞机吗", T, "number-words"),
    ("超过两万毫安的充电宝，能不能带上飞机啊", T, "reorder"),
    ("充电宝不超过两万毫安能带上飞机吗？", F, "comparative"),
    ("充电宝超过两万毫安能托运吗？", F, "action"),
    ("充电宝超过一万毫安能带上飞机吗？", F, "number"),
])
g("travel", "en", "Can I bring a power bank over 20000mAh in carry-on luggage?", [
    ("Is a power bank above 20,000 mAh allowed in hand luggage?", T, "synonym"),
    ("Am I allowed to carry a power bank bigger than 20000 mAh in my cabin bag?", T, "ordinary"),
    ("Can I bring a power bank over 20000mAh in checked luggage?", F, "object"),
    ("Can I bring a power bank under 20000mAh in carry-on luggage?", F, "comparative"),
    ("Can I bring a power bank over 10000mAh in carry-on luggage?", F, "number"),
])
g("travel", "zh", "护照还有三个月过期，还能出国旅游吗？", [
    ("护照有效期只剩3个月了，还能出国玩吗", T, "number-words"),
    ("护照再过三个月就到期了，现在还能出国旅游吗", T, "ordinary"),
    ("护照已经过期三个月了，还能出国旅游吗？", F, "tense"),
    ("护照还有三年过期，还能出国旅游吗？", F, "number"),
    ("护照还有三个月过期，怎么换新的？", F, "question-word"),
])
g("travel", "en", "Is two hours enough to get through security at JFK for an international flight?", [
    ("Will 2 hours be enough time at JFK for security on an international flight?", T, "number-words"),
    ("Flying international out of JFK - is arriving two hours early enough for security?", T, "ordinary"),
    ("Is two hours enough to get through security at JFK for a domestic flight?", F, "entity"),
    ("Is two hours enough for a connection at JFK on an international flight?", F, "object"),
    ("Is one hour enough to get through security at JFK for an international flight?", F, "number"),
])
g("travel", "zh", "北京到上海的高铁要多久？", [
    ("北京到上海坐高铁要几个小时", T, "ordinary"),
    ("从北京坐高铁去上海需要多长时间", T, "synonym"),
    ("北京到上海的高铁票多少钱？", F, "question-word"),
    ("北京到广州的高铁要多久？", F, "entity"),
    ("北京到上海的飞机要多久？", F, "object"),
    ("北京到上海的高铁最早一班几点？", F, "shared-vocabulary"),
])
g("travel", "en", "Is my flight refundable if the airline cancels it?", [
    ("If the airline cancels my flight, can I get a refund?", T, "reorder"),
    ("Do I get my money back when the airline cancels my flight?", T, "ordinary"),
    ("Is my flight refundable if I cancel it?", F, "direction"),
    ("Is my flight refundable if the airline delays it?", F, "action"),
    ("Is my hotel refundable if the airline cancels my flight?", F, "object"),
])
g("travel", "zh", "签证被拒了多久之后能再申请？", [
    ("签证拒签后要隔多久才能重新申请", T, "synonym"),
    ("被拒签了，要等多长时间才能再申请签证", T, "ordinary"),
    ("签证被拒了还能再申请吗？", F, "question-word"),
    ("签证被拒了多久之后能拿到退款？", F, "action"),
    ("签证过期了多久之后能再申请？", F, "object"),
])
g("travel", "en", "Can I fly from New York to London with an expired passport?", [
    ("Can I fly NYC to London on an expired passport?", T, "short-form"),
    ("Is it possible to travel from New York to London if my passport has expired?", T, "ordinary"),
    ("Can I fly from New York to London with a passport expiring next month?", F, "tense"),
    ("Can I fly from New York to Los Angeles with an expired passport?", F, "entity"),
])
g("travel", "zh", "机票改签要收多少手续费？", [
    ("机票改签一般收多少手续费", T, "synonym"),
    ("改签机票的话，手续费要多少钱", T, "reorder"),
    ("机票退票要收多少手续费？", F, "action"),
    ("机票改签要提前多久？", F, "question-word"),
    ("火车票改签要收多少手续费？", F, "entity"),
])
g("travel", "en", "What's the baggage allowance for economy on Emirates?", [
    ("How much luggage can I take in economy with Emirates?", T, "ordinary"),
    ("Emirates economy baggage allowance?", T, "short-form"),
    ("What's the baggage allowance for business on Emirates?", F, "entity"),
    ("What's the baggage allowance for economy on Qatar Airways?", F, "entity"),
    ("How much is excess baggage for economy on Emirates?", F, "question-word"),
    ("Could you please tell me the baggage allowance for economy on Emirates?", T, "politeness"),
])
g("travel", "zh", "在国外丢了护照怎么办", [
    ("出国的时候护照丢了，该怎么处理", T, "ordinary"),
    ("请问在国外把护照弄丢了怎么办", T, "ba-construction"),
    ("在国内丢了护照怎么办", F, "entity"),
    ("在国外丢了身份证怎么办", F, "object"),
    ("在国外丢了护照要补办多久？", F, "question-word"),
    ("丢了在国外办的护照怎么办", F, "attachment"),
])
g("travel", "en", "Do I need to show a return ticket to enter Thailand?", [
    ("Is a return ticket required for entry into Thailand?", T, "synonym"),
    ("Will Thai immigration ask to see my return ticket when I arrive?", T, "ordinary"),
    ("Do I need to show a return ticket to extend my stay in Thailand?", F, "action"),
    ("Do I need to show a return ticket to enter Vietnam?", F, "entity"),
    ("Do I need to show hotel bookings to enter Thailand?", F, "object"),
])
g("travel", "zh", "签证已经过期了还能续签吗？", [
    ("签证过期以后还可以续签吗", T, "synonym"),
    ("签证都已经过期了，还能不能续签", T, "ordinary"),
    ("签证还没过期能续签吗？", F, "tense"),
    ("签证已经过期了还能入境吗？", F, "action"),
    ("签证已经过期了续签要多少钱？", F, "question-word"),
])
g("travel", "en", "Can my wife's brother sponsor my visa?", [
    ("Can my wife's brother be the sponsor for my visa?", T, "synonym"),
    ("Is my brother-in-law, my wife's brother, able to sponsor my visa?", T, "ordinary"),
    ("Can my brother's wife sponsor my visa?", F, "possessive-relation"),
    ("Can I sponsor my wife's brother's visa?", F, "direction"),
    ("Can my wife's brother sponsor my work permit?", F, "object"),
])
g("travel", "zh", "托运行李超过23公斤要加多少钱？", [
    ("托运行李超过二十三公斤要加多少钱", T, "number-words"),
    ("托运行李重量超过23kg，要额外付多少钱", T, "synonym"),
    ("托运行李不超过23公斤要加钱吗？", F, "comparative"),
    ("托运行李超过32公斤要加多少钱？", F, "number"),
    ("手提行李超过23公斤要加多少钱？", F, "object"),
])

# ---------------------------------------------------------------- telecom
g("telecom", "en", "How do I port my number from Mint Mobile to Google Fi?", [
    ("How can I transfer my phone number from Mint Mobile over to Google Fi?", T, "synonym"),
    ("Switching from Mint to Google Fi - how do I keep my number?", T, "ordinary"),
    ("How do I port my number from Google Fi to Mint Mobile?", F, "direction"),
    ("How do I port my number from Mint Mobile to Visible?", F, "entity"),
    ("How long does it take to port my number from Mint Mobile to Google Fi?", F, "question-word"),
])
g("telecom", "zh", "移动号码怎么携号转网到联通？", [
    ("移动的号怎么转到联通，号码不变", T, "ordinary"),
    ("请问移动号码要怎么携号转网到联通", T, "politeness"),
    ("联通号码怎么携号转网到移动？", F, "direction"),
    ("移动号码携号转网到联通要多久？", F, "question-word"),
    ("移动号码怎么携号转网到电信？", F, "entity"),
])
g("telecom", "en", "Why did my internet bill go up by $15 this month?", [
    ("Why is my internet bill $15 more than usual this month?", T, "synonym"),
    ("My internet bill jumped fifteen dollars this month - why?", T, "number-words"),
    ("Why did my internet bill go down by $15 this month?", F, "operator"),
    ("Why did my phone bill go up by $15 this month?", F, "entity"),
    ("How do I dispute a $15 increase on my internet bill?", F, "shared-vocabulary"),
])
g("telecom", "zh", "手机流量超了怎么收费？", [
    ("手机流量超出套餐后怎么计费", T, "synonym"),
    ("流量用超了是怎么收费的呀", T, "particles"),
    ("手机流量没用完能退钱吗？", F, "shared-vocabulary"),
    ("手机通话时长超了怎么收费？", F, "object"),
    ("手机流量超了怎么办理加油包？", F, "action"),
])
g("telecom", "en", "Does my plan include international roaming in Mexico?", [
    ("Is roaming in Mexico covered by my plan?", T, "ordinary"),
    ("Does my plan include intl roaming in Mexico", T, "short-form"),
    ("Does my plan include international roaming in Japan?", F, "entity"),
    ("Does my plan include international calls to Mexico?", F, "object"),
    ("How much does international roaming in Mexico cost?", F, "question-word"),
])
g("telecom", "zh", "宽带到期了不续费会自动停吗？", [
    ("宽带到期不续的话会自动断掉吗", T, "synonym"),
    ("宽带到期了不续费，会不会自己停掉", T, "ordinary"),
    ("宽带没到期能提前停吗", F, "time"),
    ("宽带到期了不续费会扣违约金吗？", F, "object"),
    ("手机套餐到期了不续费会自动停吗？", F, "entity"),
])
g("telecom", "en", "Can I keep my number if I switch from prepaid to postpaid?", [
    ("If I switch from prepaid to postpaid, can I keep my number?", T, "reorder"),
    ("Will my phone number stay the same if I move from prepaid to postpaid?", T, "ordinary"),
    ("Can I keep my number if I switch from postpaid to prepaid?", F, "direction"),
    ("Can I keep my balance if I switch from prepaid to postpaid?", F, "object"),
    ("Will I have to pay a fee if I switch from prepaid to postpaid?", F, "shared-vocabulary"),
])
g("telecom", "zh", "主卡停机了副卡还能用吗？", [
    ("主卡被停机，副卡还能正常使用吗", T, "synonym"),
    ("主卡停机以后，副卡还能用不", T, "particles"),
    ("副卡停机了主卡还能用吗？", F, "direction"),
    ("主卡注销了副卡还能用吗？", F, "action"),
    ("主卡停机了副卡还能充值吗？", F, "action"),
])
g("telecom", "en", "How do I set up Wi-Fi calling on an iPhone 15?", [
    ("How do I enable WiFi calling on iPhone 15", T, "typo-case"),
    ("What are the steps to turn on Wi-Fi calling on my iPhone 15?", T, "ordinary"),
    ("How do I set up Wi-Fi calling on a Samsung Galaxy S23?", F, "entity"),
    ("How do I turn off Wi-Fi calling on an iPhone 15?", F, "action"),
    ("How do I set up voicemail on an iPhone 15?", F, "object"),
])
g("telecom", "zh", "5G套餐降到4G套餐要违约金吗？", [
    ("5G套餐降档到4G套餐需要付违约金吗", T, "synonym"),
    ("从5G套餐换成4G套餐，要不要交违约金", T, "ordinary"),
    ("4G套餐升到5G套餐要违约金吗？", F, "direction"),
    ("5G套餐降到4G套餐网速会变慢吗？", F, "shared-vocabulary"),
    ("5G套餐降到4G套餐要多久生效？", F, "question-word"),
])
g("telecom", "en", "What happens if I use all my hotspot data?", [
    ("What happens when I run out of hotspot data?", T, "synonym"),
    ("If my hotspot allowance is used up, what happens?", T, "reorder"),
    ("What happens if I use all my roaming data?", F, "object"),
    ("How do I check how much hotspot data I have left?", F, "question-word"),
    ("Can I buy more hotspot data after I use it all?", F, "shared-vocabulary"),
])
g("telecom", "zh", "手机号欠费多久会被销号？", [
    ("手机号欠费了多长时间会被注销", T, "synonym"),
    ("欠费的话，手机号多久会被销号啊", T, "reorder"),
    ("手机号欠费多久会被停机？", F, "action"),
    ("手机号停机多久会被销号？", F, "object"),
    ("手机号欠费被销号了还能找回吗？", F, "shared-vocabulary"),
])
g("telecom", "en", "Does 5G work on a 4G phone?", [
    ("Can a 4G phone use 5G?", T, "synonym"),
    ("Will my 4G-only phone connect to a 5G network?", T, "ordinary"),
    ("Does 4G work on a 5G phone?", F, "direction"),
    ("Does 5G work on a 3G phone?", F, "entity"),
    ("Is 5G faster than 4G?", F, "shared-vocabulary"),
])
g("telecom", "zh", "在营业厅办的宽带能在网上退吗？", [
    ("营业厅办理的宽带可以线上退订吗", T, "synonym"),
    ("宽带是在营业厅办的，能在网上退吗", T, "reorder"),
    ("在网上办的宽带能在营业厅退吗？", F, "direction"),
    ("在营业厅办的宽带能在网上续费吗？", F, "action"),
    ("在营业厅办的手机卡能在网上退吗？", F, "object"),
])
g("telecom", "en", "How much does it cost to cancel my contract 6 months early?", [
    ("What's the fee for cancelling my contract six months early?", T, "number-words"),
    ("What's the early termination fee if I end my contract 6 months before it's up?", T, "ordinary"),
    ("How much does it cost to cancel my contract 2 months early?", F, "number"),
    ("How much does it cost to upgrade my contract 6 months early?", F, "action"),
    ("When can I cancel my contract without any fee?", F, "question-word"),
])

# ---------------------------------------------------------------- insurance
g("insurance", "en", "Does my Geico policy cover a U-Haul truck I rent?", [
    ("If I rent a U-Haul truck, will my Geico auto policy cover it?", T, "reorder"),
    ("Is a rented U-Haul truck covered under my Geico insurance?", T, "passive"),
    ("Does my Geico policy cover a U-Haul trailer I rent?", F, "object"),
    ("Does my Progressive policy cover a U-Haul truck I rent?", F, "entity"),
    ("Does my Geico policy cover a U-Haul truck I rent out to others?", F, "direction"),
])
g("insurance", "zh", "车险过期了几天还能续保吗？", [
    ("车险过期几天了，还能不能续保", T, "reorder"),
    ("车险脱保了几天还可以续吗", T, "synonym"),
    ("车险还没过期能提前续保吗？", F, "tense"),
    ("车险过期了几天还能理赔吗？", F, "action"),
    ("车险过期了几个月还能续保吗？", F, "number"),
])
g("insurance", "en", "Can I add my girlfriend to my car insurance?", [
    ("Is it possible to put my girlfriend on my auto insurance policy?", T, "synonym"),
    ("Can I add my gf to my car insurance", T, "short-form"),
    ("Can my girlfriend add me to her car insurance?", F, "direction"),
    ("Can I remove my girlfriend from my car insurance?", F, "action"),
    ("Can I add my girlfriend to my health insurance?", F, "entity"),
    ("Do I have to add my girlfriend to my car insurance if she drives my car?", F, "modality"),
])
g("insurance", "zh", "百万医疗险和惠民保有什么区别？", [
    ("惠民保跟百万医疗险的区别是啥", T, "reorder"),
    ("百万医疗和惠民保到底有什么不一样", T, "ordinary"),
    ("百万医疗险和重疾险有什么区别？", F, "entity"),
    ("百万医疗险和惠民保哪个更便宜？", F, "question-word"),
    ("百万医疗险和惠民保能一起买吗？", F, "shared-vocabulary"),
])
g("insurance", "en", "Will my premium go up if I file a claim for a cracked windshield?", [
    ("If I claim for a cracked windshield, will my premium increase?", T, "reorder"),
    ("Does filing a windshield crack claim raise my insurance rates?", T, "ordinary"),
    ("Will my premium go down if I file a claim for a cracked windshield?", F, "operator"),
    ("Will my premium go up if I file a claim for a stolen car?", F, "object"),
    ("How much will my premium go up if I file a claim for a cracked windshield?", F, "question-word"),
])
g("insurance", "zh", "我给我妈买的保险，受益人能写我吗？", [
    ("给我妈买的保险，受益人可以填我自己吗", T, "synonym"),
    ("受益人能写我吗？保险是我给我妈买的", T, "reorder"),
    ("我妈给我买的保险，受益人能写她吗？", F, "direction"),
    ("我给我妈买的保险，投保人能写我吗？", F, "object"),
    ("我给我妈买的保险，受益人能改成我吗？", F, "action"),
])
g("insurance", "en", "Does travel insurance cover cancelling my trip because my mother got sick?", [
    ("Will travel insurance reimburse me if I cancel my trip because my mom fell ill?", T, "ordinary"),
    ("If my mother gets sick and I cancel my trip, does travel insurance cover it?", T, "reorder"),
    ("Does travel insurance cover cutting my trip short because my mother got sick?", F, "action"),
    ("Does travel insurance cover my mother's medical bills if she gets sick on the trip?", F, "shared-vocabulary"),
    ("Does travel insurance cover cancelling my trip because my dog got sick?", F, "entity"),
])
g("insurance", "zh", "撞了别人的车，保险公司赔多少？", [
    ("我的车把别人的车撞了，保险公司能赔多少钱", T, "ba-construction"),
    ("开车撞到别人车了，保险能赔多少", T, "ordinary"),
    ("别人撞了我的车，保险公司赔多少？", F, "direction"),
    ("撞了别人的车，保险公司多久赔？", F, "question-word"),
    ("撞了别人的车，第二年保费会涨吗？", F, "shared-vocabulary"),
])
g("insurance", "en", "What is the difference between a deductible and a copay?", [
    ("Deductible vs copay: what's the difference?", T, "reorder"),
    ("How is a deductible different from a copay?", T, "synonym"),
    ("What is the difference between a deductible and a premium?", F, "object"),
    ("What is the difference between a copay and coinsurance?", F, "entity"),
    ("How do I lower my deductible?", F, "shared-vocabulary"),
])
g("insurance", "zh", "意外险能报销门诊费用吗？", [
    ("意外险可以报门诊的钱吗", T, "synonym"),
    ("门诊费用意外险能报销吗", T, "reorder"),
    ("意外险能报销住院费用吗？", F, "object"),
    ("医疗险能报销门诊费用吗？", F, "entity"),
    ("意外险报销门诊费用需要什么材料？", F, "question-word"),
])
g("insurance", "en", "Is a life insurance payout taxable?", [
    ("Do beneficiaries pay tax on life insurance proceeds?", T, "ordinary"),
    ("Is life insurance payout taxable", T, "short-form"),
    ("Are life insurance premiums tax deductible?", F, "shared-vocabulary"),
    ("Is a disability insurance payout taxable?", F, "entity"),
    ("Is a life insurance payout taxable in Canada?", F, "qualifier"),
])
g("insurance", "zh", "保险犹豫期内退保能全额退款吗", [
    ("犹豫期内退保，保费能全部退回来吗", T, "synonym"),
    ("在犹豫期里退保的话，钱能全退吗", T, "ordinary"),
    ("保险犹豫期过后退保能全额退款吗", F, "time"),
    ("保险犹豫期内退保要多久到账？", F, "question-word"),
    ("保险犹豫期内能改受益人吗？", F, "action"),
    ("保险犹豫期是多少天？", F, "shared-vocabulary"),
])
g("insurance", "en", "Does homeowners insurance cover water damage from a burst pipe?", [
    ("If a pipe bursts and soaks my kitchen, will homeowners insurance pay for the damage?", T, "ordinary"),
    ("Is water damage from a burst pipe covered by homeowners insurance?", T, "passive"),
    ("Does homeowners insurance cover water damage from a flood?", F, "object"),
    ("Does renters insurance cover water damage from a burst pipe?", F, "entity"),
    ("Does homeowners insurance cover fixing the burst pipe itself?", F, "shared-vocabulary"),
])
g("insurance", "zh", "年龄超过60岁还能买重疾险吗？", [
    ("60岁以上的人还能投保重疾险吗", T, "ordinary"),
    ("年龄超过六十岁还能买重疾险吗", T, "number-words"),
    ("年龄不到60岁能买重疾险吗", F, "comparative"),
    ("年龄超过70岁还能买重疾险吗？", F, "number"),
    ("年龄超过60岁还能买医疗险吗？", F, "entity"),
])

# ---------------------------------------------------------------- HR / payroll
g("hr", "en", "Do I get paid for unused vacation days when I quit?", [
    ("When I quit, will I be paid out for vacation days I haven't used?", T, "reorder"),
    ("Are unused PTO days paid out if I resign?", T, "ordinary"),
    ("Do I get paid for unused sick days when I quit?", F, "object"),
    ("Do I get paid for unused vacation days when I'm fired?", F, "action"),
    ("How many vacation days do I get per year?", F, "shared-vocabulary"),
])
g("hr", "zh", "离职了公积金还能继续交吗？", [
    ("离职之后住房公积金还能接着缴吗", T, "synonym"),
    ("辞职了，公积金还能不能继续交", T, "ordinary"),
    ("离职了公积金可以取出来吗？", F, "action"),
    ("离职了社保还能继续交吗？", F, "object"),
    ("离职了公积金要怎么转移？", F, "shared-vocabulary"),
    ("离职了公积金必须继续交吗？", F, "modality"),
])
g("hr", "en", "Can my employer cut my salary without telling me?", [
    ("Is it legal for my boss to reduce my pay without notice?", T, "ordinary"),
    ("Can my employer lower my salary without informing me?", T, "synonym"),
    ("Can my employer raise my salary without telling me?", F, "operator"),
    ("Can my employer cut my hours without telling me?", F, "object"),
    ("Can I cut my employees' salary without telling them?", F, "direction"),
])
g("hr", "zh", "试用期被辞退有补偿吗？", [
    ("试用期被辞退有没有赔偿金", T, "synonym"),
    ("在试用期里被公司辞退，能拿到补偿吗", T, "ordinary"),
    ("试用期主动辞职有补偿吗？", F, "direction"),
    ("转正后被辞退有补偿吗？", F, "time"),
    ("试用期被辞退的补偿怎么算？", F, "question-word"),
])
g("hr", "en", "How is overtime calculated for hours over 40 per week?", [
    ("How do you calculate overtime pay once I work more than 40 hours in a week?", T, "ordinary"),
    ("How's overtime calculated for hours above forty a week?", T, "number-words"),
    ("How is overtime calculated for hours over 8 per day?", F, "number"),
    ("How is overtime calculated for hours on a public holiday?", F, "object"),
    ("Is overtime paid for hours over 40 per week?", F, "question-word"),
    ("How is pay calculated for hours under 40 per week?", F, "comparative"),
])
g("hr", "zh", "加班费是按基本工资算还是按实发工资算？", [
    ("加班费按基本工资还是按到手工资算", T, "synonym"),
    ("加班费的计算基数是基本工资还是实发工资", T, "ordinary"),
    ("年终奖是按基本工资算还是按实发工资算？", F, "object"),
    ("加班费什么时候发？", F, "question-word"),
    ("节假日加班费是几倍工资？", F, "shared-vocabulary"),
])
g("hr", "en", "When does my 401(k) match vest?", [
    ("What's the vesting schedule for my 401k employer match?", T, "ordinary"),
    ("When does my employer's 401(k) matching contribution vest?", T, "synonym"),
    ("When does my 401(k) match get deposited?", F, "action"),
    ("When does my pension vest?", F, "entity"),
    ("How much is my 401(k) match?", F, "question-word"),
])
g("hr", "zh", "年假没休完，公司要补钱吗？", [
    ("没休完的年假公司需要折算成工资给我吗", T, "ordinary"),
    ("年假没休完的话，公司要不要给补偿工资", T, "synonym"),
    ("年假休超了，公司要扣钱吗？", F, "operator"),
    ("病假没休完，公司要补钱吗？", F, "object"),
    ("年假没休完能留到明年吗？", F, "action"),
    ("年假没休完，公司要补多少钱？", F, "question-word"),
])
g("hr", "en", "Do I need to give two weeks' notice before resigning?", [
    ("Is two weeks' notice required when I resign?", T, "synonym"),
    ("Do I need to give 2 weeks notice before I quit?", T, "number-words"),
    ("Does my employer need to give me two weeks' notice before firing me?", F, "direction"),
    ("Do I need to give two weeks' notice before resigning during probation?", F, "qualifier"),
    ("Do I get paid for the two weeks' notice after resigning?", F, "shared-vocabulary"),
])
g("hr", "zh", "工资条上的个税比上个月多了是为什么？", [
    ("这个月工资条上扣的个税比上月多，是什么原因", T, "ordinary"),
    ("为啥工资条上的个税比上个月多了", T, "synonym"),
    ("工资条上的个税比上个月少了是为什么？", F, "operator"),
    ("工资条上的社保比上个月多了是为什么？", F, "object"),
    ("工资条上的个税比去年多了是为什么？", F, "time"),
])
g("hr", "en", "Can my manager see my Slack DMs?", [
    ("Is my boss able to read my private messages on Slack?", T, "ordinary"),
    ("can my manager see my slack dms", T, "typo-case"),
    ("Can I see my manager's Slack DMs?", F, "direction"),
    ("Can my manager see my Teams DMs?", F, "entity"),
    ("Can my manager delete my Slack DMs?", F, "action"),
    ("Quick question please: can my manager see my Slack DMs?", T, "politeness"),
])
g("hr", "zh", "公司说试用期不交社保，合法吗？", [
    ("试用期公司不给交社保，这合法吗", T, "reorder"),
    ("公司说试用期不缴社保，这样合不合法", T, "synonym"),
    ("公司说试用期不交公积金，合法吗？", F, "object"),
    ("公司说试用期社保只交一半，合法吗？", F, "comparative"),
    ("公司说试用期不交社保，我该怎么投诉？", F, "question-word"),
])
g("hr", "en", "How many days of paid maternity leave am I entitled to?", [
    ("How long is the paid maternity leave I'm entitled to?", T, "synonym"),
    ("How much paid maternity leave do I get?", T, "ordinary"),
    ("How many days of unpaid maternity leave am I entitled to?", F, "negation"),
    ("How many days of paid paternity leave am I entitled to?", F, "entity"),
    ("How do I apply for paid maternity leave?", F, "question-word"),
    ("How many days of paid maternity leave am I entitled to after adopting?", F, "qualifier"),
])
g("hr", "zh", "老板让我签自愿放弃社保的协议，签了有效吗？", [
    ("公司让我签自愿放弃缴纳社保的协议，这种协议有效吗", T, "synonym"),
    ("自愿放弃社保的协议是老板让我签的，签了算数吗", T, "reorder"),
    ("老板让我签自愿放弃社保的协议，不签会被辞退吗？", F, "negation"),
    ("老板让我签自愿放弃公积金的协议，签了有效吗？", F, "object"),
    ("老板让我签自愿离职的协议，签了有效吗？", F, "object"),
])
g("hr", "en", "Why was tax withheld from my bonus at a higher rate than my salary?", [
    ("Why is my bonus taxed more heavily than my regular paycheck?", T, "ordinary"),
    ("Why did my bonus have more tax withheld, percentage-wise, than my salary?", T, "synonym"),
    ("Why was tax withheld from my salary at a higher rate than my bonus?", F, "direction"),
    ("How much tax is withheld from my bonus?", F, "question-word"),
    ("Why was tax withheld from my bonus at a lower rate than my salary?", F, "operator"),
])
g("hr", "zh", "员工离职必须提前30天通知吗？", [
    ("员工离职必须提前三十天通知吗", T, "number-words"),
    ("员工离职一定要提前30天通知吗", T, "synonym"),
    ("公司辞退员工必须提前30天通知吗？", F, "direction"),
    ("员工试用期离职必须提前30天通知吗？", F, "qualifier"),
    ("员工离职提前30天通知了，公司不放人怎么办？", F, "shared-vocabulary"),
])
g("hr", "en", "Can my employer read my personal emails if I use my work laptop?", [
    ("If I use my work laptop, can my employer read my personal emails?", T, "reorder"),
    ("Is my boss able to see my private email if I check it on a company laptop?", T, "ordinary"),
    ("Can my employer read my work emails if I use my personal laptop?", F, "attachment"),
    ("Can my employer read my personal emails if I use my work phone?", F, "object"),
    ("Can my employer delete my personal emails if I use my work laptop?", F, "action"),
    ("If I use my work laptop, can my personal emails be read by my employer?", T, "passive"),
])
g("hr", "zh", "工作不满一年离职有年假吗？", [
    ("工作不到一年就辞职，还有年假吗", T, "synonym"),
    ("工作没满一年离职，有年假不", T, "particles"),
    ("工作满一年离职有年假吗？", F, "comparative"),
    ("工作不满一年离职有年终奖吗？", F, "object"),
    ("工作不满一年离职有经济补偿吗？", F, "shared-vocabulary"),
])

# ---------------------------------------------------------------- cooking
g("cooking", "en", "How many minutes do I steam eggs for a jammy yolk?", [
    ("How long should eggs be steamed to get a jammy yolk?", T, "synonym"),
    ("Steamed eggs with jammy yolks - how many minutes?", T, "ordinary"),
    ("How many minutes do I steam eggs for a fully set yolk?", F, "object"),
    ("How many minutes do I steam eggs for a jammy yolk in an Instant Pot?", F, "qualifier"),
    ("How many minutes do I bake eggs for a jammy yolk?", F, "action"),
])
g("cooking", "zh", "红烧肉要先炒糖色还是先焯水？", [
    ("红烧肉先焯水还是先炒糖色", T, "reorder"),
    ("做红烧肉是先炒糖色呢还是先焯水呢", T, "particles"),
    ("红烧肉要炒多久糖色？", F, "question-word"),
    ("糖醋排骨要先炒糖色还是先焯水？", F, "entity"),
    ("红烧肉焯水要冷水下锅还是热水下锅？", F, "shared-vocabulary"),
])
g("cooking", "en", "Can I use self-rising flour instead of all-purpose flour in cookies?", [
    ("Can I make cookies with self-rising flour instead of all-purpose?", T, "synonym"),
    ("If a cookie recipe calls for all-purpose flour, can I use self-rising flour?", T, "ordinary"),
    ("Can I use all-purpose flour instead of self-rising flour in cookies?", F, "direction"),
    ("Can I use self-rising flour instead of all-purpose flour in bread?", F, "entity"),
    ("Can I use self-rising flour instead of bread flour in cookies?", F, "object"),
])
g("cooking", "zh", "米饭放冰箱能放几天？", [
    ("剩米饭在冰箱里可以放几天", T, "synonym"),
    ("吃剩的米饭冷藏能保存多久", T, "ordinary"),
    ("米饭放冰箱冷冻能放几天？", F, "qualifier"),
    ("米饭放室温能放几天？", F, "object"),
    ("米饭放冰箱要不要盖保鲜膜？", F, "shared-vocabulary"),
])
g("cooking", "en", "How do I convert 350°F to Celsius for my oven?", [
    ("What is 350 degrees Fahrenheit in Celsius?", T, "ordinary"),
    ("How do I convert three hundred fifty Fahrenheit to Celsius for my oven?", T, "number-words"),
    ("How do I convert 350°C to Fahrenheit for my oven?", F, "direction"),
    ("How do I convert 400°F to Celsius for my oven?", F, "number"),
    ("How do I convert 350°F to gas mark for my oven?", F, "entity"),
])
g("cooking", "zh", "蒸鱼要蒸几分钟？", [
    ("清蒸鱼一般蒸多久", T, "synonym"),
    ("蒸鱼大概得蒸几分钟啊", T, "particles"),
    ("蒸鸡蛋要蒸几分钟？", F, "entity"),
    ("煎鱼要煎几分钟？", F, "action"),
    ("蒸鱼要放几勺料酒？", F, "question-word"),
])
g("cooking", "en", "How many grams are in a cup of flour?", [
    ("1 cup of flour is how many grams?", T, "reorder"),
    ("How many grammes in a cup of flour", T, "typo-case"),
    ("How many grams are in a cup of sugar?", F, "object"),
    ("How many grams are in a tablespoon of flour?", F, "number"),
    ("How many ounces are in a cup of flour?", F, "entity"),
])
g("cooking", "zh", "做蛋糕没有泡打粉可以用小苏打代替吗？", [
    ("蛋糕里的泡打粉能换成小苏打吗", T, "ordinary"),
    ("做蛋糕没有泡打粉，能拿小苏打替代么", T, "synonym"),
    ("做蛋糕没有小苏打可以用泡打粉代替吗？", F, "direction"),
    ("做面包没有泡打粉可以用小苏打代替吗？", F, "entity"),
    ("做蛋糕没有泡打粉可以用酵母代替吗？", F, "object"),
])
g("cooking", "en", "How long do cooked lentils keep in the fridge?", [
    ("How many days are leftover cooked lentils good in the refrigerator?", T, "ordinary"),
    ("How long will cooked lentils last in the fridge?", T, "synonym"),
    ("How long do dried lentils keep in the pantry?", F, "object"),
    ("How long do cooked lentils keep in the freezer?", F, "entity"),
    ("How long should I cook lentils?", F, "shared-vocabulary"),
])
g("cooking", "zh", "空气炸锅烤鸡翅要多少度多少分钟？", [
    ("空气炸锅做鸡翅，温度和时间怎么设置", T, "ordinary"),
    ("空气炸锅烤鸡翅需要几度几分钟", T, "synonym"),
    ("空气炸锅烤鸡腿要多少度多少分钟？", F, "object"),
    ("烤箱烤鸡翅要多少度多少分钟？", F, "entity"),
    ("空气炸锅烤鸡翅要不要刷油？", F, "shared-vocabulary"),
])
g("cooking", "en", "Should I add salt to pasta water before or after it boils?", [
    ("When should I salt the pasta water, before it boils or once it's boiling?", T, "ordinary"),
    ("Do I salt pasta water before or after boiling?", T, "short-form"),
    ("Should I add oil to pasta water before or after it boils?", F, "object"),
    ("How much salt should I add to pasta water?", F, "question-word"),
    ("Should I add salt to rice water before or after it boils?", F, "entity"),
])
g("cooking", "zh", "冻肉解冻后还能再冻吗", [
    ("解冻过的肉还可以重新放回冷冻吗", T, "ordinary"),
    ("冻肉解冻以后能不能再冻", T, "synonym"),
    ("冻肉解冻后还能吃吗", F, "action"),
    ("冻肉解冻后能放冷藏几天", F, "question-word"),
    ("冻虾解冻后还能再冻吗", F, "entity"),
])
g("cooking", "en", "Can I freeze cooked chicken twice?", [
    ("Can I refreeze cooked chicken?", T, "synonym"),
    ("Is it safe to freeze cooked chicken a second time?", T, "ordinary"),
    ("Can I freeze raw chicken twice?", F, "qualifier"),
    ("Can I reheat cooked chicken twice?", F, "action"),
    ("Can I freeze cooked chicken three times?", F, "number"),
])
g("cooking", "zh", "炖汤的时候什么时候放盐？", [
    ("煮汤盐应该什么时候放", T, "synonym"),
    ("炖汤放盐，是早放还是晚放", T, "ordinary"),
    ("炖汤的时候放多少盐？", F, "question-word"),
    ("炖汤的时候什么时候放姜？", F, "object"),
    ("炒菜的时候什么时候放盐？", F, "action"),
])
g("cooking", "en", "What temperature should chicken breast reach to be safe?", [
    ("What internal temp does chicken breast need to hit to be safe to eat?", T, "ordinary"),
    ("Safe internal temperature for chicken breast?", T, "short-form"),
    ("What temperature should pork chops reach to be safe?", F, "entity"),
    ("What oven temperature should I bake chicken breast at?", F, "shared-vocabulary"),
    ("How long should chicken breast rest after cooking?", F, "question-word"),
    ("Could you tell me what temperature chicken breast should reach to be safe?", T, "politeness"),
])
g("cooking", "zh", "面包发酵过头了怎么补救？", [
    ("面团发过头了还能救吗，怎么弄", T, "ordinary"),
    ("面包发酵发过了头怎么补救", T, "synonym"),
    ("面包发酵不足怎么补救？", F, "comparative"),
    ("面包发酵过头了还能吃吗？", F, "question-word"),
    ("面包烤过头了怎么补救？", F, "action"),
])

# ---------------------------------------------------------------- tax
g("tax", "en", "Do I have to file taxes if I made less than $10,000?", [
    ("If my income was under $10k, do I still need to file a tax return?", T, "ordinary"),
    ("Do I have to file taxes if I made less than 10,000 dollars", T, "number-words"),
    ("Do I have to file taxes if I made more than $10,000?", F, "comparative"),
    ("Do I have to file taxes if I made less than $10,000 as a freelancer?", F, "qualifier"),
    ("Do I have to pay taxes if I made less than $10,000?", F, "action"),
])
g("tax", "zh", "个税汇算要补税，最晚哪天交？", [
    ("个税汇算需要补税的，最后期限是哪天", T, "synonym"),
    ("汇算清缴补税最晚几号前要交", T, "ordinary"),
    ("个税汇算要退税，最晚哪天申请？", F, "direction"),
    ("个税汇算要补税，不交会怎么样？", F, "question-word"),
    ("个税汇算要补税，能分期交吗？", F, "shared-vocabulary"),
])
g("tax", "en", "Can I deduct home office expenses as a W-2 employee?", [
    ("As a W-2 employee, can I deduct my home office expenses?", T, "reorder"),
    ("Are home office costs deductible for W-2 employees?", T, "synonym"),
    ("Can I deduct home office expenses as a 1099 contractor?", F, "entity"),
    ("Can I deduct commuting expenses as a W-2 employee?", F, "object"),
    ("How do I calculate home office expenses as a W-2 employee?", F, "question-word"),
    ("I'd appreciate it if you could tell me whether I can deduct home office expenses as a W-2 employee.", T, "politeness"),
])
g("tax", "zh", "租房可以抵扣多少个税？", [
    ("租房专项附加扣除每个月能扣多少", T, "ordinary"),
    ("租房子能抵多少个人所得税", T, "synonym"),
    ("房贷可以抵扣多少个税？", F, "object"),
    ("租房抵扣个税需要什么材料？", F, "question-word"),
    ("租房抵扣个税房东会知道吗？", F, "shared-vocabulary"),
])
g("tax", "en", "When is the deadline to file my 2025 tax return?", [
    ("What's the due date for filing 2025 taxes?", T, "synonym"),
    ("2025 tax return deadline?", T, "short-form"),
    ("When is the deadline to file my 2024 tax return?", F, "time"),
    ("When is the deadline to pay my 2025 estimated taxes?", F, "action"),
    ("How do I get an extension on my 2025 tax return?", F, "question-word"),
])
g("tax", "zh", "年终奖单独计税和并入综合所得哪个划算？", [
    ("并入综合所得和年终奖单独计税，哪个更划算", T, "reorder"),
    ("年终奖是单独算税好还是并到综合所得里好", T, "ordinary"),
    ("年终奖单独计税怎么算？", F, "question-word"),
    ("年终奖单独计税政策什么时候到期？", F, "shared-vocabulary"),
    ("年终奖单独计税和并入综合所得怎么切换？", F, "action"),
])
g("tax", "en", "Do I pay capital gains tax if I sell my house after living in it 2 years?", [
    ("If I've lived in my house for two years and then sell it, do I owe capital gains tax?", T, "ordinary"),
    ("Is there capital gains tax when I sell my home after living there for 2 years?", T, "synonym"),
    ("Do I pay capital gains tax if I sell my house after living in it 1 year?", F, "number"),
    ("Do I pay capital gains tax if I sell my rental property after 2 years?", F, "object"),
    ("How much capital gains tax do I pay if I sell my house after living in it 2 years?", F, "question-word"),
])
g("tax", "zh", "月薪8000要交多少个税？", [
    ("月薪八千要交多少个税", T, "number-words"),
    ("一个月工资8000，个税要扣多少", T, "ordinary"),
    ("月薪5000要交多少个税？", F, "number"),
    ("月薪8000要交多少社保？", F, "object"),
    ("年薪8000要交多少个税？", F, "number"),
])
g("tax", "en", "Is money sent from my parents abroad taxable?", [
    ("Do I pay tax on money my parents send me from overseas?", T, "ordinary"),
    ("Is money my parents send me from abroad taxable?", T, "reorder"),
    ("Is money I send to my parents abroad taxable?", F, "direction"),
    ("Is money sent from my parents abroad taxable if it's over $100,000?", F, "qualifier"),
    ("Is money sent from my employer abroad taxable?", F, "entity"),
])
g("tax", "zh", "个体户开发票要交哪些税？", [
    ("个体工商户开票需要交什么税", T, "synonym"),
    ("个体户开了发票，要交哪几种税", T, "ordinary"),
    ("个体户不开发票要交哪些税？", F, "negation"),
    ("个体户开发票要交多少税？", F, "question-word"),
    ("公司开发票要交哪些税？", F, "entity"),
    ("个体户开发票要去哪里开？", F, "shared-vocabulary"),
])
g("tax", "en", "What is the standard deduction for a married couple filing jointly?", [
    ("Standard deduction for married filing jointly?", T, "short-form"),
    ("How much is the standard deduction if my spouse and I file a joint return?", T, "ordinary"),
    ("What is the standard deduction for a married couple filing separately?", F, "qualifier"),
    ("What is the standard deduction for a single filer?", F, "entity"),
    ("Should a married couple file jointly or separately?", F, "shared-vocabulary"),
])
g("tax", "zh", "退税款多久能到账？", [
    ("退的税一般几天能到账", T, "ordinary"),
    ("退税多久能到账啊", T, "particles"),
    ("退税款能退到哪张卡？", F, "question-word"),
    ("退税款到账了怎么查？", F, "shared-vocabulary"),
    ("补税款多久之内要交？", F, "direction"),
])
g("tax", "zh", "2024年的个税汇算现在还能补办吗？", [
    ("2024年度的个税汇算错过了，现在还能补吗", T, "ordinary"),
    ("24年的个税汇算现在还可以补办吗", T, "short-form"),
    ("2024年的个税汇算现在还能更正吗？", F, "action"),
    ("2024年的个税汇算现在补办要交滞纳金吗？", F, "shared-vocabulary"),
])

# ---------------------------------------------------------------- cars
g("cars", "en", "How often should I change the oil on a 2021 Toyota RAV4 Hybrid?", [
    ("What's the oil change interval for a 2021 RAV4 Hybrid?", T, "ordinary"),
    ("how often to change oil on 2021 rav4 hybrid", T, "short-form"),
    ("How often should I change the oil on a 2021 Toyota Prius?", F, "entity"),
    ("How often should I replace the hybrid battery on a 2021 Toyota RAV4 Hybrid?", F, "object"),
    ("What kind of oil should I use in a 2021 Toyota RAV4 Hybrid?", F, "question-word"),
])
g("cars", "zh", "驾照扣满12分怎么办？", [
    ("驾驶证12分扣完了该怎么处理", T, "synonym"),
    ("驾照扣满十二分怎么办", T, "number-words"),
    ("驾照扣了6分怎么办？", F, "number"),
    ("驾照扣满12分要学习几天？", F, "question-word"),
    ("驾照扣满12分了还能开车吗？", F, "shared-vocabulary"),
])
g("cars", "en", "Is it worth buying an EV if I drive 20 miles a day?", [
    ("Does an electric car make sense for a 20-mile daily commute?", T, "ordinary"),
    ("If I drive twenty miles a day, is buying an EV worth it?", T, "reorder"),
    ("Is it worth buying an EV if I drive 200 miles a day?", F, "number"),
    ("Is it worth leasing an EV if I drive 20 miles a day?", F, "action"),
    ("Is it worth buying a hybrid if I drive 20 miles a day?", F, "entity"),
])
g("cars", "zh", "新能源车和油车哪个保养费用更低？", [
    ("油车和新能源车哪个保养费用更低？", T, "reorder"),
    ("电车跟油车比，哪个保养便宜", T, "ordinary"),
    ("新能源车和油车哪个保险费用更低？", F, "object"),
    ("新能源车和混动车哪个保养费用更低？", F, "entity"),
    ("新能源车多久保养一次？", F, "shared-vocabulary"),
])
g("cars", "en", "Can I sell a car that still has a loan on it?", [
    ("Can I sell a car that still has a lien on it?", T, "synonym"),
    ("Is it possible to sell my car before I've paid off the auto loan?", T, "ordinary"),
    ("Can I buy a car that still has a loan on it?", F, "direction"),
    ("Can I sell a car that still has a loan on it to a private buyer in another state?", F, "qualifier"),
    ("Can I sell a car that still has an open recall on it?", F, "object"),
])
g("cars", "zh", "车辆年检过期了还能开吗？", [
    ("年检过了期的车还能上路吗", T, "ordinary"),
    ("车辆年检过期了还可以开吗", T, "synonym"),
    ("车辆年检快过期了还能开吗？", F, "tense"),
    ("车辆年检过期了罚多少钱？", F, "question-word"),
    ("车险过期了还能开吗？", F, "object"),
])
g("cars", "en", "What tire pressure should I use in winter?", [
    ("What tyre pressure should I use in winter?", T, "typo-case"),
    ("What PSI should my tires be at in cold weather?", T, "ordinary"),
    ("What tire pressure should I use in summer?", F, "time"),
    ("What tire pressure should I use for winter tires on a truck?", F, "qualifier"),
    ("How often should I check tire pressure in winter?", F, "question-word"),
])
g("cars", "zh", "二手车过户需要带什么材料？", [
    ("二手车过户需要准备哪些资料", T, "synonym"),
    ("办二手车过户得带些啥", T, "ordinary"),
    ("二手车过户需要多少钱？", F, "question-word"),
    ("二手车迁出需要带什么材料？", F, "action"),
    ("新车上牌需要带什么材料？", F, "object"),
])
g("cars", "en", "What does the check engine light mean if it's flashing?", [
    ("Flashing check engine light - what does it mean?", T, "reorder"),
    ("What does a blinking check engine light indicate?", T, "synonym"),
    ("What does the check engine light mean if it's solid?", F, "qualifier"),
    ("What does the oil pressure light mean if it's flashing?", F, "entity"),
    ("Can I keep driving if the check engine light is flashing?", F, "shared-vocabulary"),
])
g("cars", "zh", "高速上爆胎了应该怎么做？", [
    ("在高速公路上爆胎了该怎么处理", T, "synonym"),
    ("高速上开着开着爆胎了怎么办", T, "ordinary"),
    ("高速上没油了应该怎么做？", F, "object"),
    ("市区爆胎了应该怎么做？", F, "entity"),
    ("高速上爆胎了保险赔吗？", F, "shared-vocabulary"),
])
g("cars", "en", "How do I transfer a car title to my son in Texas?", [
    ("In Texas, how do I transfer my car's title to my son?", T, "reorder"),
    ("What's the process in Texas for putting my car title in my son's name?", T, "ordinary"),
    ("How do I transfer a car title from my son to me in Texas?", F, "direction"),
    ("How do I transfer a car title to my son in California?", F, "entity"),
    ("How much does it cost to transfer a car title to my son in Texas?", F, "question-word"),
    ("How do I transfer a Texas car title to my son in California?", F, "attachment"),
])
g("cars", "zh", "把车借给朋友出了事故谁负责？", [
    ("车借给朋友开出了事故，责任谁担", T, "synonym"),
    ("我把车借朋友开，结果出事故了，由谁负责", T, "ba-construction"),
    ("朋友把车借给我出了事故谁负责？", F, "direction"),
    ("把车借给朋友出了事故保险赔吗？", F, "question-word"),
    ("把车借给没驾照的朋友出了事故谁负责？", F, "qualifier"),
])
g("cars", "zh", "后车追尾前车，后车全责吗？", [
    ("后车追尾前车，后车负全部责任吗", T, "synonym"),
    ("前车被后车追尾了，后车是全责吗", T, "passive"),
    ("前车倒车撞了后车，前车全责吗？", F, "direction"),
    ("后车追尾前车，保险怎么赔？", F, "question-word"),
    ("后车追尾前车，后车要扣几分？", F, "shared-vocabulary"),
])

# ---------------------------------------------------------------- housing / rental
g("housing", "en", "Can my landlord charge my deposit for repainting after I lived there 5 years?", [
    ("After five years of living there, can my landlord take the repainting cost out of my deposit?", T, "ordinary"),
    ("Can the cost of repainting come out of my deposit after a 5-year tenancy?", T, "synonym"),
    ("Can my landlord charge my deposit for repainting after I lived there 5 months?", F, "number"),
    ("Can my landlord charge my deposit for carpet cleaning after I lived there 5 years?", F, "object"),
    ("Can my landlord charge my deposit for repainting if I painted the walls myself?", F, "qualifier"),
])
g("housing", "zh", "房东不退押金怎么办？", [
    ("房东扣押金不退，我该怎么办", T, "ordinary"),
    ("房东不退押金怎么办呀", T, "particles"),
    ("房东不退押金，我能不交最后一个月房租吗？", F, "shared-vocabulary"),
    ("房东不退押金能报警吗？", F, "question-word"),
    ("中介不退押金怎么办？", F, "entity"),
])
g("housing", "en", "Can my landlord raise the rent in the middle of a lease?", [
    ("Is my landlord allowed to increase rent during a fixed-term lease?", T, "synonym"),
    ("Can my landlord raise the rent mid-lease?", T, "short-form"),
    ("Can my landlord lower the rent in the middle of a lease?", F, "operator"),
    ("Can my landlord raise the rent at the end of a lease?", F, "time"),
    ("How much can my landlord raise the rent in the middle of a lease?", F, "question-word"),
])
g("housing", "zh", "租房合同没到期，房东能涨房租吗？", [
    ("合同期内房东可以涨租金吗", T, "synonym"),
    ("租房合同还没到期，房东有权涨房租吗", T, "ordinary"),
    ("租房合同到期了，房东能涨房租吗？", F, "time"),
    ("租房合同没到期，房东能降房租吗？", F, "operator"),
    ("租房合同没到期，我能提前退租吗？", F, "direction"),
])
g("housing", "en", "Who pays for repairs when the fridge breaks, the tenant or the landlord?", [
    ("If the fridge breaks, does the landlord or the tenant pay for the repair?", T, "reorder"),
    ("When a rental's refrigerator stops working, who is responsible for paying to fix it?", T, "ordinary"),
    ("Who pays for repairs when the tenant breaks the fridge?", F, "qualifier"),
    ("Who pays for repairs when the water heater breaks, the tenant or the landlord?", F, "object"),
    ("How long does the landlord have to fix a broken fridge?", F, "question-word"),
])
g("housing", "zh", "提前退租押金能退吗？", [
    ("没到期就退租的话押金还能拿回来吗", T, "ordinary"),
    ("提前退租，押金可以退吗", T, "synonym"),
    ("到期退租押金能退吗？", F, "time"),
    ("提前退租房租能退吗？", F, "object"),
    ("提前退租要赔多少钱？", F, "question-word"),
])
g("housing", "en", "Can I sublet my apartment without telling my landlord?", [
    ("Is it legal to sublease my apartment without informing the landlord?", T, "synonym"),
    ("Without telling my landlord, can I sublet my apartment?", T, "reorder"),
    ("Can I sublet my apartment with my landlord's permission?", F, "negation"),
    ("Can my landlord sublet my apartment without telling me?", F, "direction"),
    ("Can I sublet my apartment without telling my roommate?", F, "entity"),
    ("Can I sublet my apartment on Airbnb without telling my landlord?", F, "qualifier"),
])
g("housing", "zh", "租的房子热水器坏了谁来修？", [
    ("租房热水器坏了，是房东修还是租客修", T, "ordinary"),
    ("出租屋的热水器坏了该谁修", T, "synonym"),
    ("租的房子热水器被我弄坏了谁来修？", F, "qualifier"),
    ("租的房子空调坏了谁来修？", F, "object"),
    ("租的房子热水器坏了维修费多少？", F, "question-word"),
])
g("housing", "en", "How much notice does a landlord need to give before entering?", [
    ("How much notice must a landlord give before coming into my apartment?", T, "synonym"),
    ("How many hours' notice does my landlord have to give before entering my unit?", T, "ordinary"),
    ("How much notice does a landlord need to give before raising rent?", F, "action"),
    ("How much notice does a landlord need to give before evicting?", F, "action"),
    ("How much notice does a tenant need to give before moving out?", F, "shared-vocabulary"),
])
g("housing", "zh", "公积金提取付房租，一个月能提多少？", [
    ("租房提取公积金，每个月最多能取多少", T, "synonym"),
    ("用公积金交房租的话，每月可以提多少钱", T, "ordinary"),
    ("公积金提取付房租，一年能提几次？", F, "question-word"),
    ("公积金提取还房贷，一个月能提多少？", F, "object"),
    ("公积金提取付房租，需要什么材料？", F, "shared-vocabulary"),
])
g("housing", "en", "Is it better to rent or buy if I'm staying 3 years?", [
    ("If I'm only staying three years, should I rent or buy?", T, "reorder"),
    ("Rent vs buy for a 3-year stay?", T, "short-form"),
    ("Is it better to rent or buy if I'm staying 10 years?", F, "number"),
    ("Is it cheaper to rent or buy a car for 3 years?", F, "object"),
    ("How much down payment do I need to buy a home?", F, "shared-vocabulary"),
])
g("housing", "zh", "二房东转租给我，合同有效吗？", [
    ("二房东把房子转租给我，签的合同有效吗", T, "ba-construction"),
    ("从二房东手里租的房子，合同算数吗", T, "ordinary"),
    ("我转租给别人，合同有效吗？", F, "direction"),
    ("二房东转租给我，押金谁退？", F, "question-word"),
    ("二房东没经过房东同意转租给我，合同有效吗？", F, "qualifier"),
])
g("housing", "en", "Can I break my lease early if I buy a house?", [
    ("If I buy a house, am I allowed to end my lease early?", T, "reorder"),
    ("Can I get out of my lease early because I'm buying a home?", T, "ordinary"),
    ("Can my landlord break my lease early if he sells the house?", F, "direction"),
    ("Can I break my lease early if I lose my job?", F, "object"),
    ("How much does it cost to break my lease early?", F, "question-word"),
])
g("housing", "zh", "我室友的男朋友能在我们这儿长住吗？", [
    ("我室友的男朋友可以长期住在我们合租的房子里吗", T, "synonym"),
    ("室友的男朋友能不能在我们这长期住", T, "ordinary"),
    ("我男朋友的室友能在我们这儿长住吗？", F, "possessive-relation"),
    ("我室友的男朋友能在我们这儿住一晚吗？", F, "time"),
    ("我室友的男朋友要分摊房租吗？", F, "shared-vocabulary"),
])
g("housing", "zh", "房子已经签了购房合同还能退吗？", [
    ("购房合同已经签了，房子还可以退吗", T, "reorder"),
    ("购房合同都签了，还能退房吗", T, "ordinary"),
    ("房子还没签购房合同，定金能退吗？", F, "tense"),
    ("房子已经签了购房合同还能降价吗？", F, "action"),
    ("房子已经签了租房合同还能退吗？", F, "object"),
])


# ---------------------------------------------------------------- writer
TRUE_CLASSES = {"reorder", "synonym", "politeness", "particles", "typo-case", "short-form", "number-words",
                "passive", "ba-construction", "ordinary"}
FALSE_CLASSES = {"direction", "operator", "qualifier", "action", "object", "entity", "number", "time", "negation",
                 "scope", "modality", "tense", "question-word", "comparative", "attachment", "possessive-relation",
                 "shared-vocabulary"}
DOMAINS = {"shopping", "banking", "health", "programming", "school", "travel", "telecom", "insurance", "hr",
           "cooking", "tax", "cars", "housing"}
HAN = re.compile(r"[\u3400-\u9fff]")
OUT_NAME = "extra-11.jsonl"


def check_group(gid, domain, lang, a, variants):
    assert domain in DOMAINS, (gid, domain)
    assert lang in ("en", "zh"), (gid, lang)
    assert 4 <= len(variants) <= 6, (gid, len(variants))
    assert {v[1] for v in variants} == {True, False}, (gid, "needs both labels")
    for text in [a] + [v[0] for v in variants]:
        assert bool(HAN.search(text)) == (lang == "zh"), (gid, text)
    for b, label, cls in variants:
        assert b != a, (gid, b)
        assert cls in (TRUE_CLASSES if label else FALSE_CLASSES), (gid, b, label, cls)


def main():
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    existing = set()
    for path in sorted(glob.glob(os.path.join(here, "*.jsonl"))):
        if os.path.basename(path) == OUT_NAME:
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    row = json.loads(line)
                    existing.add((row["a"], row["b"]))
    rows, seen, skipped = [], set(), []
    for i, (domain, lang, a, variants) in enumerate(GROUPS, 1):
        gid = f"x11-{i:03d}"
        check_group(gid, domain, lang, a, variants)
        for b, label, cls in variants:
            if (a, b) in seen or (b, a) in seen:
                sys.exit(f"duplicate pair in {gid}: {a!r} / {b!r}")
            seen.add((a, b))
            if (a, b) in existing or (b, a) in existing:
                skipped.append((gid, b))
                continue
            rows.append({"a": a, "b": b, "label": label, "lang": lang, "class": cls, "domain": domain,
                         "group": gid})
    with open(os.path.join(here, OUT_NAME), "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(GROUPS)} groups, {len(rows)} pairs written, {len(skipped)} skipped as already present elsewhere")
    for gid, b in skipped:
        print("  skipped", gid, b)


if __name__ == "__main__":
    main()
