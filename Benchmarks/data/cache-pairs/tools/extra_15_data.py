#!/usr/bin/env python3
"""Writes Benchmarks/data/cache-pairs/extra-15.jsonl from the literal data below.

    python3 Benchmarks/data/cache-pairs/tools/extra_15_data.py
    python3 Benchmarks/data/cache-pairs/split.py Benchmarks/data/cache-pairs/extra-15.jsonl

Each group is one anchor question `a` and 5-6 variants `b`. A variant is written as "code|text"; the code names its
class, and the class fixes the label: label true means one complete, correct answer to `a` fully answers `b`.
This set leans on hard near-misses: a false variant changes one thing in the anchor and keeps nearly all its words.
Group ids run x15-001 ... in the order written. The output is deterministic (no randomness, fixed order); the
`split` field is added afterwards by split.py.
"""
import json
import os
import re
import sys

TRUE_CODES = {
    "ord": "ordinary",      # a plain paraphrase in other words, the same need
    "wo": "word-order",     # the same words reordered, roles kept
    "pol": "politeness",    # hi / could you / please / 请问 / 麻烦问一下 / 谢谢
    "typ": "typo-case",     # lowercase, missing punctuation, typos, chat abbreviations (u, pls, thx, 咋, 啥)
    "syn": "synonym",       # one word swapped for a common synonym or inflection
}
FALSE_CODES = {
    "dir": "direction",          # roles or direction swapped: to/from, before/after, buyer/seller, 从/到, 借/还
    "op": "operator",            # signs and operators: + / -, < / >, == / !=, 以上 / 以下, 提前 / 推迟
    "qual": "qualifier",         # a restricting qualifier added or dropped
    "act": "action",             # another action on the same objects
    "qty": "quantity",           # another number, amount, date, version or unit
    "ent": "entity",             # another object, product, place or role
    "neg": "negation",           # negated or polarity-changed
    "shv": "shared-vocabulary",  # the same words, another question
}
DOMAINS = {
    "shopping", "banking", "health", "programming", "school", "university", "travel", "telecom", "insurance",
    "hr", "government", "cooking", "cars", "real-estate", "gaming", "saas-support",
}
CJK = re.compile(r"[\u4e00-\u9fff]")

GROUPS = []


def G(domain, a, *variants):
    GROUPS.append((domain, a, variants))

# ---------------------------------------------------------------- shopping (en)
G("shopping", "How do I return a pair of shoes I bought online to a physical store?",
  "ord|Can I take shoes I ordered on your website back to one of your shops instead of mailing them?",
  "typ|how do i return shoes i bought online to a store",
  "dir|How do I return a pair of shoes I bought in a physical store through the online returns portal?",
  "act|How do I exchange a pair of shoes I bought online at a physical store?",
  "qual|How do I return a pair of clearance shoes I bought online to a physical store?")
G("shopping", "Is there a restocking fee if I return an opened laptop?",
  "ord|Do you charge anything extra to send back a laptop that's been taken out of the box?",
  "syn|Is there a restocking charge if I return an opened laptop?",
  "wo|If I return an opened laptop, is there a restocking fee?",
  "neg|Is there a restocking fee if I return an unopened laptop?",
  "act|Is there a restocking fee if I exchange an opened laptop for a different model?",
  "qty|Is there a restocking fee if I return an opened laptop after 45 days?")
G("shopping", "Can I use two promo codes on the same order?",
  "ord|Is it possible to stack a couple of discount codes on one purchase?",
  "typ|can i use 2 promo codes on the same order",
  "pol|Hey, quick question - can I use two promo codes on one order?",
  "ent|Can I use a promo code and a gift card on the same order?",
  "qual|Can I use two promo codes on the same order if one of them is a free shipping code?",
  "shv|Can I use the same promo code on two orders?")
G("shopping", "My package says delivered but I never got it, what do I do?",
  "ord|Tracking shows my parcel was dropped off, but it's not here. What should I do?",
  "typ|my package says deliverd but i never got it wat do i do",
  "neg|My package says not delivered yet but I already got it, what do I do?",
  "dir|I mailed a return, tracking says delivered but the seller says they never got it, what do I do?",
  "qual|My package says delivered to a parcel locker but I never got the pickup code, what do I do?")
G("shopping", "Do you ship to Canada, and how much does it cost?",
  "ord|What are your shipping charges to Canada - do you deliver there at all?",
  "wo|How much does shipping to Canada cost, and do you ship there?",
  "syn|Do you deliver to Canada, and how much does it cost?",
  "ent|Do you ship to Mexico, and how much does it cost?",
  "dir|Do you ship from Canada, and how much does it cost?",
  "act|Do you accept returns from Canada, and how much does it cost?")
G("shopping", "How long do I have to return an item bought on Black Friday?",
  "ord|What's the return window for stuff I purchased during the Black Friday sale?",
  "typ|how long do i have to return something i bought on black friday",
  "syn|How long do I have to send back an item bought on Black Friday?",
  "qual|How long do I have to return a final-sale item bought on Black Friday?",
  "act|How long do I have to get a price adjustment on an item bought on Black Friday?",
  "shv|How long does shipping take for an item bought on Black Friday?")
G("shopping", "Can I change the shipping address after my order has shipped?",
  "ord|My order is already on its way - is it still possible to update where it's being delivered?",
  "pol|Hi there, could you let me know if I can change the shipping address once my order has shipped?",
  "dir|Can I change the shipping address before my order has shipped?",
  "act|Can I cancel my order after it has shipped?",
  "ent|Can I change the billing address after my order has shipped?")
G("shopping", "Can I buy a gift card with a credit card?",
  "ord|Do you take credit cards as payment when purchasing gift cards?",
  "typ|can i buy a giftcard w a credit card",
  "ent|Can I buy a gift card with PayPal?",
  "act|Can I reload a gift card with a credit card?",
  "dir|Can I pay my credit card bill with a gift card?",
  "neg|Can I buy a gift card without using a credit card?")
G("shopping", "When will the iPhone 16 Pro be back in stock?",
  "ord|Any idea when you'll have the iPhone 16 Pro available again?",
  "typ|when will iphone 16 pro be back in stock",
  "syn|When will the iPhone 16 Pro be restocked?",
  "ent|When will the iPhone 16 Pro Max be back in stock?",
  "qual|When will the iPhone 16 Pro be back in stock in the 1TB model?",
  "qty|When will the iPhone 15 Pro be back in stock?")

# ---------------------------------------------------------------- shopping (zh)
G("shopping", "淘宝买的衣服七天无理由退货，运费谁出？",
  "ord|在淘宝上买了件衣服想退，不是质量问题，退回去的快递费要我自己付吗？",
  "typ|淘宝买的衣服7天无理由退货 运费谁出",
  "pol|请问淘宝买的衣服七天无理由退货，运费是谁出呀？",
  "qual|淘宝买的衣服七天无理由退货，买了运费险的话运费谁出？",
  "act|淘宝买的衣服七天无理由换货，运费谁出？",
  "ent|拼多多买的衣服七天无理由退货，运费谁出？")
G("shopping", "京东买的iPhone 15降价了，能申请价保吗？",
  "ord|刚在京东下单的iPhone 15现在便宜了，可以找京东退差价吗？",
  "typ|京东买的iphone15降价了 能价保吗",
  "wo|iPhone 15是在京东买的，降价了能申请价保吗？",
  "qual|京东第三方店铺买的iPhone 15降价了，能申请价保吗？",
  "act|京东买的iPhone 15降价了，能直接退货再重新买吗？",
  "ent|淘宝买的iPhone 15降价了，能申请价保吗？")
G("shopping", "菜鸟驿站显示已签收但我没取过件，怎么办？",
  "ord|驿站那边说包裹被取走了，可我根本没去拿过，这种情况该咋处理？",
  "syn|菜鸟驿站显示已签收但我没拿过件，怎么办？",
  "neg|菜鸟驿站显示未签收但我已经取过件了，怎么办？",
  "ent|丰巢快递柜显示已签收但我没取过件，怎么办？",
  "dir|我退回去的件菜鸟驿站显示已签收，但商家说没收到，怎么办？")
G("shopping", "淘宝下单后多久不付款订单会自动取消？",
  "ord|在淘宝拍下了还没付钱，过多长时间这个订单会自己失效？",
  "syn|淘宝下单后多久不付款订单会自动关闭？",
  "typ|淘宝下单后多久不付款 订单会自动取消啊",
  "ent|闲鱼下单后多久不付款订单会自动取消？",
  "shv|淘宝付款后多久不发货可以申请取消订单？",
  "qual|淘宝预售商品付了定金后多久不付尾款订单会自动取消？")
G("shopping", "用了满300减50的券，退掉一件后剩下的不满300了，退款会扣多少？",
  "ord|凑满300用了50的优惠券，后来退了一件，剩下的金额不到300，这种情况退款是怎么算的？",
  "pol|麻烦问一下，用了满300减50的券，退掉一件后剩下的不满300了，退款会扣多少呀？",
  "typ|用了满300减50的券 退掉一件后剩下的不满300了 退款会扣多少",
  "op|用了满300减50的券，退掉一件后剩下的还超过300，退款会扣多少？",
  "shv|用了满300减50的券，退掉一件后剩下的不满300了，这张券还能退回来吗？")
G("shopping", "闲鱼上卖东西，买家收到货说是假的要退货怎么办？",
  "ord|我在闲鱼出了个二手，对方拿到后非说是假货要退，我该怎么处理？",
  "wo|买家收到货说是假的要退货，闲鱼上卖东西遇到这种情况怎么办？",
  "syn|闲鱼上卖东西，买家收到货说是假货要退货怎么办？",
  "dir|闲鱼上买东西，卖家说我退回去的货是假的不给退款怎么办？",
  "act|闲鱼上卖东西，买家收到货说是假的要仅退款不退货怎么办？",
  "ent|转转上卖东西，买家收到货说是假的要退货怎么办？")

# ---------------------------------------------------------------- banking (en)
G("banking", "What's the fee for sending a wire transfer from the US to the UK?",
  "ord|How much do you charge to wire money to someone in England from my US account?",
  "syn|What's the charge for sending a wire transfer from the US to the UK?",
  "typ|whats the fee to send a wire from the US to the UK",
  "dir|What's the fee for receiving a wire transfer from the UK into my US account?",
  "act|What's the fee for cancelling a wire transfer from the US to the UK?",
  "qual|What's the fee for sending a domestic wire transfer?")
G("banking", "How long does a mobile check deposit take to clear?",
  "ord|After I deposit a check through the app, when will the money be available?",
  "typ|how long does mobile check deposit take to clear",
  "syn|How long does a mobile cheque deposit take to clear?",
  "qual|How long does a mobile check deposit over $5,000 take to clear?",
  "ent|How long does an ATM check deposit take to clear?",
  "shv|How long should I keep a check after a mobile deposit clears?")
G("banking", "If I pay my credit card bill before the statement date, does it lower my utilization?",
  "ord|Does paying off my card ahead of the statement closing make my reported utilization smaller?",
  "wo|Does it lower my utilization if I pay my credit card bill before the statement date?",
  "dir|If I pay my credit card bill after the statement date, does it lower my utilization?",
  "shv|If I pay my credit card bill before the due date, does it avoid interest?",
  "ent|If I pay my car loan before the statement date, does it lower my utilization?")
G("banking", "Can I withdraw cash from an ATM abroad with my Visa debit card?",
  "ord|Will my Visa debit card work at cash machines when I'm overseas?",
  "typ|can i take out cash at an atm abroad w my visa debit card",
  "syn|Can I withdraw money from an ATM abroad with my Visa debit card?",
  "ent|Can I withdraw cash from an ATM abroad with my Visa credit card?",
  "act|Can I deposit cash at an ATM abroad with my Visa debit card?",
  "qual|Can I withdraw cash from an ATM abroad with my Visa debit card without paying foreign transaction fees?")
G("banking", "What's the minimum balance to avoid the monthly fee on a student checking account?",
  "ord|How much do I need to keep in my student checking so I'm not charged the monthly maintenance fee?",
  "pol|Hi, could you tell me the minimum balance needed to avoid the monthly fee on a student checking account?",
  "qual|What's the minimum balance to avoid the monthly fee on a regular checking account?",
  "ent|What's the minimum balance to avoid the monthly fee on a student savings account?",
  "shv|What's the minimum deposit to open a student checking account?")
G("banking", "How do I add my daughter as an authorized user on my credit card?",
  "ord|What's the process for putting my daughter on my credit card account so she gets her own card?",
  "wo|On my credit card, how do I add my daughter as an authorized user?",
  "syn|How can I add my daughter as an authorized user on my credit card?",
  "act|How do I remove my daughter as an authorized user on my credit card?",
  "dir|How do I add myself as an authorized user on my daughter's credit card?",
  "ent|How do I add my daughter as a joint account holder on my credit card?")
G("banking", "Does closing an old credit card hurt my credit score?",
  "ord|Will cancelling a credit card I've had for years ding my credit?",
  "typ|does closing an old credit card hurt my credit score",
  "syn|Does closing an old credit card damage my credit score?",
  "act|Does opening a new credit card hurt my credit score?",
  "ent|Does closing an old savings account hurt my credit score?",
  "qty|Does closing a credit card I opened 2 months ago hurt my credit score?")
G("banking", "How do I dispute a charge on my Mastercard that I didn't make?",
  "ord|There's a transaction on my Mastercard that wasn't me - how do I contest it?",
  "typ|how do i dispute a charge on my mastercard i didnt make",
  "ent|How do I dispute a charge on my Amex that I didn't make?",
  "neg|How do I dispute a charge on my Mastercard that I did make but the item never arrived?",
  "act|How do I withdraw a dispute on a charge on my Mastercard?")
G("banking", "Can I convert my traditional IRA to a Roth IRA this year if I earn over $200k?",
  "ord|Is there an income cap that stops me doing a Roth conversion of my traditional IRA? I make more than 200k.",
  "wo|If I earn over $200k, can I convert my traditional IRA to a Roth IRA this year?",
  "typ|can i convert my trad ira to a roth this yr if i make over 200k",
  "dir|Can I convert my Roth IRA to a traditional IRA this year if I earn over $200k?",
  "act|Can I contribute to a Roth IRA this year if I earn over $200k?",
  "ent|Can I convert my old 401(k) to a Roth IRA this year if I earn over $200k?")

# ---------------------------------------------------------------- banking (zh)
G("banking", "招商银行信用卡怎么分期还款？",
  "ord|招行的信用卡这个月还不上，想分几期慢慢还，要怎么操作？",
  "syn|招商银行信用卡如何分期还款？",
  "typ|招行信用卡咋分期还款",
  "act|招商银行信用卡怎么取消分期？",
  "ent|建设银行信用卡怎么分期还款？",
  "qual|招商银行信用卡单笔消费怎么分期？")
G("banking", "支付宝余额转到银行卡要手续费吗？",
  "ord|把支付宝里的零钱提现到自己的银行卡，会被扣钱吗？",
  "pol|请问一下支付宝余额转到银行卡要收手续费吗？",
  "typ|支付宝余额转银行卡要手续费吗",
  "dir|银行卡转到支付宝余额要手续费吗？",
  "ent|微信零钱转到银行卡要手续费吗？",
  "ent|支付宝余额宝转到银行卡要手续费吗？")
G("banking", "定期存款提前取出来利息怎么算？",
  "ord|存的定期还没到期就要用钱，现在取出来的话利息按什么算？",
  "syn|定期存款提前支取利息怎么算？",
  "qual|定期存款部分提前取出来利息怎么算？",
  "dir|定期存款到期后一直不取利息怎么算？",
  "shv|定期存款提前取出来要带什么证件？")
G("banking", "房贷提前还款是选缩短年限还是减少月供划算？",
  "ord|提前还了一部分房贷，银行让我选期限缩短或者月供降低，哪种更省利息？",
  "wo|房贷提前还款，减少月供和缩短年限选哪个划算？",
  "shv|房贷提前还款要交违约金吗？",
  "act|房贷提前全部还清后怎么办理解押？",
  "ent|车贷提前还款是选缩短年限还是减少月供划算？")
G("banking", "在工商银行开一张二类卡需要本人去网点吗？",
  "ord|工行的II类账户能不能直接在手机银行上开，不用跑柜台？",
  "pol|麻烦问一下，在工商银行开二类卡需要本人去网点吗？",
  "typ|在工行开张二类卡要本人去网点吗",
  "ent|在工商银行开一张一类卡需要本人去网点吗？",
  "act|在工商银行注销一张二类卡需要本人去网点吗？",
  "qual|在工商银行给未成年的孩子开一张二类卡需要本人去网点吗？")
G("banking", "信用卡额度是5万，刷了4万8会影响征信吗？",
  "ord|卡的额度5万块，我一下子用掉了快4万8，这样对征信有没有影响？",
  "syn|信用卡额度是5万，花了4万8会影响征信吗？",
  "typ|信用卡额度5万 刷了48000会影响征信吗",
  "qty|信用卡额度是5万，刷了1万会影响征信吗？",
  "act|信用卡额度是5万，取现4万8会影响征信吗？",
  "qual|信用卡额度是5万，刷了4万8而且逾期没还会影响征信吗？")
# ---------------------------------------------------------------- health (en)
G("health", "Can I take ibuprofen and acetaminophen at the same time?",
  "ord|Is it safe to combine Advil and Tylenol, taking both together?",
  "typ|can i take ibuprofen and acetaminophen at the same time",
  "syn|Can I take ibuprofen and paracetamol at the same time?",
  "ent|Can I take ibuprofen and aspirin at the same time?",
  "ent|Can I take ibuprofen and naproxen at the same time?",
  "qual|Can I take ibuprofen and acetaminophen at the same time while pregnant?")
G("health", "How long after eating should I check my blood sugar?",
  "ord|What's the right time to test my glucose after a meal?",
  "wo|After eating, how long should I wait before I check my blood sugar?",
  "typ|how long after eating should i check my blood sugar",
  "dir|How long before eating should I check my blood sugar?",
  "ent|How long after eating should I check my blood pressure?",
  "shv|How high should my blood sugar be after eating?")
G("health", "Do I need to fast before a cholesterol blood test?",
  "ord|Should I skip breakfast before getting my lipid panel done?",
  "pol|Hi, do I need to fast before a cholesterol blood test? Thanks",
  "syn|Do I have to fast before a cholesterol blood test?",
  "ent|Do I need to fast before a thyroid blood test?",
  "shv|Can I drink black coffee while fasting for a cholesterol blood test?",
  "dir|Can I eat right after a cholesterol blood test?")
G("health", "What's the max dose of melatonin for a 10 year old?",
  "ord|How much melatonin is too much for my 10-year-old?",
  "typ|whats the max dose of melatonin for a 10yo",
  "qty|What's the max dose of melatonin for a 4 year old?",
  "ent|What's the max dose of Benadryl for a 10 year old?",
  "op|What's the minimum dose of melatonin for a 10 year old?")
G("health", "Can I drink alcohol while taking amoxicillin?",
  "ord|Is it OK to have a couple of beers when I'm on amoxicillin?",
  "syn|Can I drink alcohol while on amoxicillin?",
  "typ|can i drink alcohol while taking amoxicilin",
  "ent|Can I drink alcohol while taking metronidazole?",
  "ent|Can I drink coffee while taking amoxicillin?")
G("health", "How long should I wait between the two doses of the Shingrix vaccine?",
  "ord|What's the gap supposed to be between my first and second Shingrix shot?",
  "syn|How long should I wait between the two shots of the Shingrix vaccine?",
  "ent|How long should I wait between the two doses of the HPV vaccine?",
  "qual|How long should I wait between the two doses of the Shingrix vaccine if I'm immunocompromised?",
  "shv|How long should I wait after the Shingrix vaccine before getting a flu shot?")
G("health", "Should I use ice or heat for a pulled hamstring?",
  "ord|Is a cold pack or a heating pad better when I've strained my hamstring?",
  "wo|For a pulled hamstring, should I use ice or heat?",
  "syn|Should I use ice or heat for a strained hamstring?",
  "ent|Should I use ice or heat for a stiff neck?",
  "act|Should I stretch or rest a pulled hamstring?",
  "shv|How long should I ice a pulled hamstring each time?")
G("health", "Can I get a tetanus shot at a pharmacy without a prescription?",
  "ord|Do pharmacies give Tdap boosters to walk-ins without a doctor's order?",
  "typ|can i get a tetanus shot at a pharmacy w/o a prescription",
  "ent|Can I get a rabies shot at a pharmacy without a prescription?",
  "qual|Can my 8-year-old get a tetanus shot at a pharmacy without a prescription?",
  "ent|Can I get a tetanus shot at a pharmacy without a prescription in the UK?")
G("health", "What's a normal resting heart rate for a 60 year old woman?",
  "ord|My mom is 60 - what pulse should she have when she's just sitting still?",
  "typ|normal resting heart rate for 60 yr old woman?",
  "syn|What's a normal resting pulse for a 60 year old woman?",
  "qty|What's a normal resting heart rate for a 6 year old girl?",
  "ent|What's a normal maximum heart rate for a 60 year old woman?",
  "ent|What's a normal blood pressure for a 60 year old woman?")

# ---------------------------------------------------------------- health (zh)
G("health", "吃完头孢多久能喝酒？",
  "ord|头孢停药以后，要隔几天才可以沾酒？",
  "typ|吃完头孢多久能喝酒啊",
  "dir|喝完酒多久能吃头孢？",
  "ent|吃完阿莫西林多久能喝酒？",
  "ent|吃完头孢多久能打疫苗？")
G("health", "空腹血糖6.5算高吗？",
  "ord|早上没吃饭测的血糖是6.5，这个数偏高不？",
  "syn|空腹血糖6.5算偏高吗？",
  "pol|请问空腹血糖6.5算高吗？谢谢",
  "qty|空腹血糖7.5算高吗？",
  "dir|餐后两小时血糖6.5算高吗？",
  "ent|空腹胆固醇6.5算高吗？")
G("health", "小孩发烧38度5要不要吃退烧药？",
  "ord|孩子烧到38.5了，需不需要给他喂退烧的药？",
  "typ|小孩发烧38.5要不要吃退烧药",
  "qty|小孩发烧37度8要不要吃退烧药？",
  "qual|两个月大的小孩发烧38度5要不要吃退烧药？",
  "act|小孩发烧38度5要不要去医院打点滴？")
G("health", "医保卡里的钱可以给父母买药吗？",
  "ord|我医保个人账户的余额，能不能拿来帮我爸妈付药钱？",
  "syn|医保卡里的钱能给父母买药吗？",
  "typ|医保卡里的钱可以给父母买药吗",
  "qual|父母在外省，我医保卡里的钱可以给他们在当地买药吗？",
  "act|医保卡里的钱可以取出来给父母用吗？",
  "ent|医保卡里的钱可以给朋友买药吗？")
G("health", "做胃镜前一天晚上几点以后不能吃东西？",
  "ord|明早要查胃镜，今晚最晚吃到几点？",
  "pol|麻烦问一下，做胃镜前一天晚上几点以后就不能吃东西了？",
  "dir|做完胃镜后多久可以吃东西？",
  "ent|做肠镜前一天晚上几点以后不能吃东西？",
  "ent|做胃镜前一天晚上几点以后不能喝水？")
G("health", "拔完智齿多久可以刷牙？",
  "ord|智齿刚拔掉，要等多长时间才能正常刷牙？",
  "typ|拔完智齿多久能刷牙",
  "wo|智齿拔完以后多久可以刷牙？",
  "act|拔完智齿多久可以吃辣的？",
  "shv|拔完智齿多久可以拆线？",
  "ent|补完牙多久可以刷牙？")

# ---------------------------------------------------------------- programming (en)
G("programming", "In Python, how do I check if a list is empty?",
  "ord|What's the pythonic way to tell whether a list has no elements?",
  "typ|python check if list is empty",
  "syn|In Python, how do I test if a list is empty?",
  "neg|In Python, how do I check if a list is not empty?",
  "ent|In JavaScript, how do I check if an array is empty?",
  "shv|In Python, how do I empty a list?")
G("programming", "How do I sort a list of dicts by the 'age' key in descending order in Python?",
  "ord|Python: how can I order my list of dictionaries from oldest to youngest using the age field?",
  "typ|how to sort list of dicts by age key descending python",
  "dir|How do I sort a list of dicts by the 'age' key in ascending order in Python?",
  "ent|How do I sort a list of tuples by the second element in descending order in Python?",
  "act|How do I filter a list of dicts by the 'age' key in Python?")
G("programming", "How do I undo the last git commit but keep my changes?",
  "ord|I committed too early - how can I take back the most recent commit without losing the edits?",
  "typ|how do i undo last git commit but keep changes",
  "syn|How do I undo the most recent git commit but keep my changes?",
  "neg|How do I undo the last git commit and throw away my changes?",
  "qual|How do I undo the last git commit that I already pushed, but keep my changes?",
  "qty|How do I undo the last 3 git commits but keep my changes?")
G("programming", "In SQL, what's the difference between WHERE and HAVING?",
  "ord|SQL: when should I filter with HAVING instead of WHERE?",
  "wo|In SQL, what's the difference between HAVING and WHERE?",
  "typ|sql where vs having difference",
  "ent|In SQL, what's the difference between WHERE and ON?",
  "ent|In SQL, what's the difference between HAVING and GROUP BY?",
  "shv|In SQL, can I use WHERE and HAVING in the same query?")
G("programming", "In JavaScript, why is `[] + []` an empty string?",
  "ord|JS question: adding two empty arrays gives \"\" - what's going on there?",
  "typ|why is [] + [] an empty string in js",
  "wo|Why, in JavaScript, is `[] + []` an empty string?",
  "op|In JavaScript, why is `[] - []` zero?",
  "op|In JavaScript, why is `[] == []` false?",
  "ent|In JavaScript, why is `[] + {}` \"[object Object]\"?")
G("programming", "How do I convert a string to an int in Go?",
  "ord|What's the Go equivalent of parseInt - turning \"42\" into 42?",
  "syn|How do I parse a string to an int in Go?",
  "typ|golang string to int",
  "dir|How do I convert an int to a string in Go?",
  "ent|How do I convert a string to an int in Rust?",
  "qty|How do I convert a string to an int64 in Go?")
G("programming", "What does `a && b || c` evaluate to when a is false?",
  "ord|If a is false, what's the result of the expression `a && b || c`?",
  "wo|When a is false, what does `a && b || c` evaluate to?",
  "op|What does `a || b && c` evaluate to when a is false?",
  "op|What does `a && (b || c)` evaluate to when a is false?",
  "neg|What does `a && b || c` evaluate to when a is true?")
G("programming", "How do I install Python 3.12 on Ubuntu 22.04?",
  "ord|What's the easiest way to get Python 3.12 onto an Ubuntu 22.04 machine?",
  "typ|install python3.12 ubuntu 22.04",
  "syn|How do I set up Python 3.12 on Ubuntu 22.04?",
  "qty|How do I install Python 3.8 on Ubuntu 22.04?",
  "qty|How do I install Python 3.12 on Ubuntu 24.04?",
  "act|How do I uninstall Python 3.12 on Ubuntu 22.04?")
G("programming", "How do I apply a git stash without removing it from the stash list?",
  "ord|I want to bring back my stashed changes but keep the stash around too - which command does that?",
  "typ|git stash apply without deleting it from the stash list?",
  "act|How do I drop a git stash without applying it?",
  "neg|How do I apply a git stash and remove it from the stash list?",
  "act|How do I create a git stash without removing my changes from the working tree?")

# ---------------------------------------------------------------- programming (zh)
G("programming", "Java里 `==` 和 `equals()` 有什么区别？",
  "ord|Java比较两个对象的时候，用双等号和用equals方法结果为啥会不一样？",
  "wo|Java里 `equals()` 和 `==` 有什么区别？",
  "typ|java ==和equals区别",
  "ent|JavaScript里 `==` 和 `===` 有什么区别？",
  "ent|Java里 `equals()` 和 `hashCode()` 有什么区别？",
  "shv|Java里重写了 `equals()` 为什么还要重写 `hashCode()`？")
G("programming", "Python里怎么把字典按value从大到小排序？",
  "ord|有个dict想让它根据值降序排列，Python咋写？",
  "syn|Python中如何把字典按value从大到小排序？",
  "dir|Python里怎么把字典按value从小到大排序？",
  "ent|Python里怎么把字典按key从大到小排序？",
  "act|Python里怎么把字典的key和value互换？")
G("programming", "MySQL里 `DELETE` 和 `TRUNCATE` 有什么区别？",
  "ord|MySQL清空一张表，用TRUNCATE和用DELETE，两者差在哪里？",
  "wo|MySQL里 `TRUNCATE` 和 `DELETE` 有什么区别？",
  "typ|mysql delete和truncate区别",
  "ent|MySQL里 `DELETE` 和 `DROP` 有什么区别？",
  "ent|MySQL里 `TRUNCATE` 和 `DROP` 有什么区别？",
  "shv|MySQL里 `DELETE` 删掉的数据怎么恢复？")
G("programming", "JS里 `a > b ? a : b` 是什么意思？",
  "ord|JavaScript中 a > b ? a : b 这种写法返回的是啥？",
  "typ|js里a>b?a:b啥意思",
  "pol|请问一下JS里 `a > b ? a : b` 是什么意思？",
  "op|JS里 `a < b ? a : b` 是什么意思？",
  "dir|JS里 `a > b ? b : a` 是什么意思？",
  "op|JS里 `a > b && a || b` 是什么意思？")
G("programming", "Linux怎么查看某个端口被哪个进程占用了？",
  "ord|Linux下想知道8080是被谁占着的，用什么命令看？",
  "syn|Linux如何查看某个端口被哪个进程占用了？",
  "typ|linux 查看端口被哪个进程占用",
  "act|Linux怎么释放某个被进程占用的端口？",
  "ent|Windows怎么查看某个端口被哪个进程占用了？",
  "dir|Linux怎么查看某个进程占用了哪些端口？")
G("programming", "Python 3.8 里能用 `match` 语句吗？",
  "ord|我的环境是Python 3.8，写match-case结构会不会报错？",
  "typ|python3.8能用match吗",
  "qty|Python 3.10 里能用 `match` 语句吗？",
  "ent|Python 3.8 里能用海象运算符 `:=` 吗？",
  "shv|Python 3.8 里怎么把 `match` 语句改写成 if-else？")
# ---------------------------------------------------------------- school (en)
G("school", "How do I solve 2x + 7 = 15?",
  "ord|Can someone walk me through finding x in 2x + 7 = 15?",
  "typ|how to solve 2x+7=15",
  "wo|How do I solve 15 = 2x + 7?",
  "op|How do I solve 2x - 7 = 15?",
  "op|How do I solve 2x + 7 > 15?",
  "qty|How do I solve 2x + 7 = 25?")
G("school", "What's the derivative of x^3 sin x?",
  "ord|How do I differentiate x cubed times sine of x?",
  "typ|derivative of x^3sinx",
  "op|What's the derivative of x^3 + sin x?",
  "op|What's the derivative of x^2 sin x?",
  "act|What's the integral of x^3 sin x?")
G("school", "How do I convert a fraction to a decimal?",
  "ord|What's the method for turning something like 3/8 into a decimal number?",
  "syn|How do I change a fraction into a decimal?",
  "typ|how to convert fraction to decimal",
  "dir|How do I convert a decimal to a fraction?",
  "ent|How do I convert a fraction to a percentage?",
  "shv|How do I add a fraction to a decimal?")
G("school", "What's the area of a circle with a radius of 6 cm?",
  "ord|If a circle's radius is 6 centimeters, how much area does it cover?",
  "typ|area of circle radius 6cm",
  "wo|With a radius of 6 cm, what's the area of a circle?",
  "ent|What's the area of a circle with a diameter of 6 cm?",
  "ent|What's the circumference of a circle with a radius of 6 cm?",
  "qty|What's the area of a circle with a radius of 6 m?")
G("school", "Who was president of the US before Abraham Lincoln?",
  "ord|Which US president came right before Lincoln?",
  "typ|who was president before abraham lincoln",
  "dir|Who was president of the US after Abraham Lincoln?",
  "ent|Who was vice president of the US under Abraham Lincoln?",
  "ent|Who was president of the Confederacy while Abraham Lincoln was president?")
G("school", "Is 1 a prime number?",
  "ord|Does the number one count as prime?",
  "pol|Quick question for my kid's homework - is 1 a prime number?",
  "syn|Is 1 considered a prime number?",
  "qty|Is 2 a prime number?",
  "qty|Is 51 a prime number?",
  "ent|Is 1 a perfect square?")
G("school", "What's the difference between weather and climate?",
  "ord|For a 4th grade science assignment: how is weather not the same thing as climate?",
  "wo|What's the difference between climate and weather?",
  "typ|difference between weather and climate",
  "ent|What's the difference between weather and seasons?",
  "ent|What's the difference between a meteorologist and a climatologist?",
  "shv|How does the weather affect the climate?")
G("school", "How many days can my child miss school before it counts as truancy in California?",
  "ord|In California, at what number of absences does my kid become a truant?",
  "typ|how many days can my kid miss school before its truancy in california",
  "ent|How many days can my child miss school before it counts as truancy in Texas?",
  "qual|How many days can my child miss school with a doctor's note before it counts as truancy in California?",
  "shv|How many days of school are there in a year in California?")
G("school", "How do I calculate a 15% tip on $48?",
  "ord|What's fifteen percent of 48 dollars for the tip?",
  "typ|how to calc 15% tip on $48",
  "qty|How do I calculate a 20% tip on $48?",
  "dir|If $48 already includes a 15% tip, how do I find the bill before the tip?",
  "shv|How do I split a $48 bill with a 15% tip between 3 people?")

# ---------------------------------------------------------------- school (zh)
G("school", "一元二次方程x²-5x+6=0怎么解？",
  "ord|x的平方减5x加6等于0，x等于几？",
  "typ|x^2-5x+6=0怎么解",
  "op|一元二次方程x²+5x+6=0怎么解？",
  "op|一元二次方程x²-5x-6=0怎么解？",
  "shv|一元二次方程x²-5x+6=0的判别式是多少？")
G("school", "小学生转学需要哪些手续？",
  "ord|孩子读小学想换一所学校，要办些什么手续？",
  "syn|小学生转学需要办哪些手续？",
  "pol|请问小学生转学需要哪些手续呀？",
  "qual|小学生跨省转学需要哪些手续？",
  "act|小学生休学需要哪些手续？",
  "ent|初中生转学需要哪些手续？")
G("school", "中考体育不及格还能上高中吗？",
  "ord|孩子中考体育没考及格，会不会影响读高中？",
  "typ|中考体育不及格还能上高中么",
  "qual|中考体育不及格还能上重点高中吗？",
  "shv|中考体育不及格能补考吗？",
  "ent|高考体育不及格还能上大学吗？")
G("school", "1英寸等于多少厘米？",
  "ord|一英寸换算成厘米是多少？",
  "syn|一英寸是多少厘米？",
  "typ|1英寸=多少cm",
  "dir|1厘米等于多少英寸？",
  "ent|1英尺等于多少厘米？",
  "qty|10英寸等于多少厘米？")
G("school", "小学一年级入学要满几周岁？",
  "ord|孩子多大才能去上小学一年级？",
  "typ|上小学一年级要满几岁",
  "ent|幼儿园入园要满几周岁？",
  "op|小学一年级入学最大不能超过几周岁？",
  "shv|小学一年级入学要准备几张证件照？")
G("school", "高中化学里，氧化剂是得电子还是失电子？",
  "ord|氧化还原反应中，氧化剂那一方是拿到电子还是给出电子？",
  "wo|高中化学里，氧化剂是失电子还是得电子？",
  "typ|氧化剂得电子还是失电子",
  "ent|高中化学里，还原剂是得电子还是失电子？",
  "ent|高中化学里，电解池的阳极是得电子还是失电子？",
  "ent|高中化学里，原电池的正极是得电子还是失电子？")

# ---------------------------------------------------------------- university (en)
G("university", "Can I transfer credits from a community college to a UC?",
  "ord|Will the classes I took at community college count if I transfer to a University of California campus?",
  "typ|can i transfer credits from community college to a UC",
  "syn|Can I move credits from a community college to a UC?",
  "dir|Can I transfer credits from a UC to a community college?",
  "qual|Can I transfer credits from an out-of-state community college to a UC?",
  "shv|How many credits can I transfer from a community college to a UC?")
G("university", "What's the deadline to drop a class without a W on my transcript?",
  "ord|Until when can I withdraw from a course so it doesn't show up as a W?",
  "typ|deadline to drop a class w/o a W?",
  "neg|What's the deadline to drop a class with a W on my transcript?",
  "act|What's the deadline to add a class this semester?",
  "qual|What's the deadline to drop a summer class without a W on my transcript?")
G("university", "How many credits do I need to be a full-time undergraduate student?",
  "ord|What's the minimum course load per semester to count as full-time for undergrads?",
  "pol|Hi, could you tell me how many credits I need to be a full-time undergrad student?",
  "syn|How many credit hours do I need to be a full-time undergraduate student?",
  "ent|How many credits do I need to be a full-time graduate student?",
  "shv|How many hours of study per week does one credit mean?",
  "op|What's the maximum number of credits an undergraduate can take in a semester?")
G("university", "Can international students work off campus during their first year on an F-1 visa?",
  "ord|I'm a freshman here on an F-1 - am I allowed to take a job off campus this year?",
  "typ|can f1 students work off campus in their first year",
  "ent|Can international students work on campus during their first year on an F-1 visa?",
  "dir|Can international students work off campus after their first year on an F-1 visa?",
  "ent|Can international students work off campus during their first year on a J-1 visa?")
G("university", "How do I request an official transcript to be sent to another university?",
  "ord|What's the process for having my official transcript mailed to a different school?",
  "syn|How do I order an official transcript to be sent to another university?",
  "typ|how do i request an official transcript sent to another uni",
  "dir|How do I get my transcript from another university sent to this one?",
  "act|How do I cancel an official transcript request?",
  "ent|How do I request a degree verification letter to be sent to another university?")
G("university", "If I fail a class and retake it, does the new grade replace the old one in my GPA?",
  "ord|Does retaking a course I failed wipe the F from my GPA calculation?",
  "wo|Does the new grade replace the old one in my GPA if I fail a class and retake it?",
  "typ|if i fail a class and retake it does the new grade replace the old one in my gpa",
  "neg|If I pass a class and retake it, does the new grade replace the old one in my GPA?",
  "qual|If I fail a graduate class and retake it, does the new grade replace the old one in my GPA?",
  "shv|If I fail a class, how many times can I retake it?")
G("university", "When is the FAFSA deadline for the 2025-26 school year?",
  "ord|What's the last day I can submit the FAFSA for the 2025-26 academic year?",
  "syn|When is the FAFSA due for the 2025-26 school year?",
  "qty|When is the FAFSA deadline for the 2026-27 school year?",
  "ent|When is the CSS Profile deadline for the 2025-26 school year?",
  "shv|When does the FAFSA open for the 2025-26 school year?")
G("university", "Can I change my major from biology to computer science in my junior year?",
  "ord|I'm a third-year bio student - is it too late to switch into CS?",
  "typ|can i switch my major from bio to cs junior year",
  "wo|In my junior year, can I change my major from biology to computer science?",
  "dir|Can I change my major from computer science to biology in my junior year?",
  "act|Can I add computer science as a second major in my junior year?",
  "ent|Can I change my minor from biology to computer science in my junior year?")
G("university", "Does the library let alumni borrow books?",
  "ord|Once I graduate, can I still check out books from the university library?",
  "syn|Does the library allow alumni to borrow books?",
  "ent|Does the library let visiting scholars borrow books?",
  "act|Does the library let alumni access the online databases?",
  "qual|Does the library let alumni borrow books from other campuses through interlibrary loan?")

# ---------------------------------------------------------------- university (zh)
G("university", "考研复试没过还能调剂吗？",
  "ord|研究生复试被刷了，还有没有机会走调剂？",
  "typ|考研复试没过还能调剂么",
  "ent|考研初试没过还能调剂吗？",
  "neg|考研复试过了还能调剂吗？",
  "qual|考研复试没过还能跨专业调剂吗？")
G("university", "大学挂科了补考没过怎么办？",
  "ord|大学有门课挂了，补考又没通过，接下来该咋办？",
  "syn|大学挂科了补考没通过怎么办？",
  "pol|想问一下，大学挂科了补考没过怎么办？",
  "act|大学挂科了不想补考，直接重修可以吗？",
  "shv|大学挂科了补考一般什么时候考？",
  "qual|大学最后一学期挂科了补考没过，还能按时毕业吗？")
G("university", "本科生能不能申请休学一年去创业？",
  "ord|大学本科在读，想停一年学出去创业，学校允许吗？",
  "typ|本科生能申请休学1年去创业吗",
  "act|本科生能不能申请退学去创业？",
  "ent|研究生能不能申请休学一年去创业？",
  "qty|本科生能不能申请休学三年去创业？")
G("university", "四级425分能报六级吗？",
  "ord|英语四级刚好考了425，够资格报名六级吗？",
  "syn|四级考了425分能报六级吗？",
  "typ|4级425能报6级吗",
  "op|四级425分以下能报六级吗？",
  "qty|四级400分能报六级吗？",
  "dir|六级考了425分还能报四级吗？")
G("university", "大学宿舍可以申请走读吗？",
  "ord|住校住得不习惯，能不能跟学校申请搬到外面住？",
  "typ|大学宿舍能申请走读吗",
  "act|大学宿舍可以申请调换吗？",
  "qual|大一新生可以申请走读吗？",
  "shv|大学宿舍申请走读后住宿费能退吗？")
G("university", "学生证丢了怎么补办？",
  "ord|我的学生证找不到了，要去哪儿重新办一张？",
  "syn|学生证丢了怎么补？",
  "pol|麻烦问下，学生证丢了怎么补办？",
  "ent|校园卡丢了怎么补办？",
  "shv|学生证上的火车票优惠区间怎么修改？",
  "act|新学期学生证怎么注册盖章？")
# ---------------------------------------------------------------- travel (en)
G("travel", "Do I need a visa to travel from the US to Japan for two weeks?",
  "ord|As an American, can I visit Japan for 14 days without getting a visa?",
  "typ|do i need a visa for japan from the us for 2 weeks",
  "syn|Do I need a visa to go from the US to Japan for two weeks?",
  "dir|Do I need a visa to travel from Japan to the US for two weeks?",
  "qty|Do I need a visa to travel from the US to Japan for six months?",
  "ent|Do I need a visa to travel from the US to China for two weeks?")
G("travel", "Can I bring a power bank in my checked luggage?",
  "ord|Is it allowed to pack a portable charger in the suitcase I check in?",
  "typ|can i bring a powerbank in checked luggage",
  "syn|Can I pack a power bank in my checked luggage?",
  "ent|Can I bring a power bank in my carry-on luggage?",
  "ent|Can I bring a hair dryer in my checked luggage?",
  "shv|Can I charge my phone with a power bank during the flight?")
G("travel", "How early should I get to the airport for an international flight from JFK?",
  "ord|What time should I show up at JFK before an overseas departure?",
  "wo|For an international flight from JFK, how early should I get to the airport?",
  "ent|How early should I get to the airport for a domestic flight from JFK?",
  "dir|How early should I get to JFK to pick someone up from an international flight?",
  "shv|How early can I check my bags for an international flight from JFK?")
G("travel", "What's the baggage allowance for economy on a United flight from Chicago to London?",
  "ord|How many bags can I check flying United economy from Chicago to London, and how heavy can they be?",
  "typ|united economy baggage allowance chicago to london",
  "ent|What's the baggage allowance for business on a United flight from Chicago to London?",
  "qual|What's the baggage allowance for basic economy on a United flight from Chicago to London?",
  "shv|What's the fee for an overweight bag on a United flight from Chicago to London?")
G("travel", "Can I change my Southwest flight to an earlier flight on the same day for free?",
  "ord|Does Southwest let me switch to a flight that leaves sooner that same day without paying?",
  "typ|can i change my southwest flight to an earlier one same day for free",
  "syn|Can I switch my Southwest flight to an earlier flight on the same day for free?",
  "act|Can I cancel my Southwest flight on the same day for free?",
  "qual|Can I change my Southwest Wanna Get Away flight to an earlier flight on the same day for free?",
  "ent|Can I change my Spirit flight to an earlier flight on the same day for free?")
G("travel", "How much is the Heathrow Express from Heathrow to Paddington?",
  "ord|What does a ticket on the Heathrow Express into Paddington cost?",
  "syn|What's the fare for the Heathrow Express from Heathrow to Paddington?",
  "typ|how much is heathrow express to paddington",
  "ent|How much is the Elizabeth line from Heathrow to Paddington?",
  "qty|How much is a return ticket on the Heathrow Express from Heathrow to Paddington?",
  "shv|How long is the Heathrow Express from Heathrow to Paddington?")
G("travel", "Do I need an international driving permit to rent a car in Italy with a US license?",
  "ord|I'm American and picking up a rental car in Italy - is an IDP actually required?",
  "typ|need an IDP to rent a car in italy w us license?",
  "ent|Do I need an international driving permit to rent a car in France with a US license?",
  "dir|Do I need an international driving permit to rent a car in the US with an Italian license?",
  "shv|Where do I get an international driving permit with a US license?")
G("travel", "What's the cancellation policy for a non-refundable hotel booking on Booking.com?",
  "ord|If I booked a non-refundable room through Booking.com, can I get anything back if I cancel?",
  "wo|On Booking.com, what's the cancellation policy for a non-refundable hotel booking?",
  "syn|What's the cancellation policy for a non-refundable hotel reservation on Booking.com?",
  "neg|What's the cancellation policy for a refundable hotel booking on Booking.com?",
  "ent|What's the cancellation policy for a non-refundable hotel booking on Expedia?",
  "act|Can I change the dates of a non-refundable hotel booking on Booking.com?")
G("travel", "Is tap water safe to drink in Mexico City?",
  "ord|Can I drink from the faucet in CDMX or should I stick to bottled water?",
  "typ|is tap water safe to drink in mexico city",
  "ent|Is tap water safe to drink in Buenos Aires?",
  "act|Is tap water safe to brush my teeth with in Mexico City?",
  "ent|Is street food safe to eat in Mexico City?")

# ---------------------------------------------------------------- travel (zh)
G("travel", "高铁票开车前8小时以内退票收多少手续费？",
  "ord|离发车不到8个钟头了，这时候退高铁票要扣多少钱？",
  "syn|高铁票开车前8小时内退票收多少手续费？",
  "typ|高铁票开车前8小时以内退票 手续费多少",
  "op|高铁票开车前8小时以上退票收多少手续费？",
  "qty|高铁票开车前48小时以内退票收多少手续费？",
  "act|高铁票开车前8小时以内改签收多少手续费？")
G("travel", "从上海浦东机场到虹桥机场怎么走最快？",
  "ord|浦东落地要赶去虹桥坐车，用什么交通方式最省时间？",
  "typ|浦东机场到虹桥机场怎么走最快",
  "pol|请问从上海浦东机场到虹桥机场怎么走最快？",
  "qual|从上海浦东机场到虹桥机场怎么走最便宜？",
  "ent|从上海浦东机场到上海站怎么走最快？",
  "qual|凌晨一点从上海浦东机场到虹桥机场怎么走最快？")
G("travel", "护照还有5个月过期还能去泰国吗？",
  "ord|我的护照有效期只剩五个月了，这样入境泰国会不会被拒？",
  "typ|护照还有5个月过期 还能去泰国么",
  "qty|护照还有7个月过期还能去泰国吗？",
  "ent|护照还有5个月过期还能去日本吗？",
  "neg|护照已经过期了还能去泰国吗？")
G("travel", "在日本买东西怎么退税？",
  "ord|去日本旅游购物，免税手续要怎么办？",
  "syn|在日本购物怎么退税？",
  "typ|日本买东西咋退税",
  "qual|在日本买东西不到5000日元也能退税吗？",
  "ent|在韩国买东西怎么退税？",
  "act|在日本买的东西怎么寄回国内？")
G("travel", "携程订的酒店，入住前一天能免费取消吗？",
  "ord|在携程上预订了酒店，到店前一天取消要不要扣钱？",
  "pol|请问携程订的酒店，入住前一天还能免费取消吗？",
  "dir|携程订的酒店，入住后能免费取消剩下几晚吗？",
  "act|携程订的酒店，入住前一天能免费改日期吗？",
  "qual|携程订的不可取消的酒店，入住前一天能免费取消吗？")
G("travel", "国内航班托运行李限重多少公斤？",
  "ord|坐国内的飞机，能免费托运多少斤的行李？",
  "syn|国内航班托运行李最多能带多少公斤？",
  "typ|国内航班托运行李限重多少kg",
  "ent|国际航班托运行李限重多少公斤？",
  "ent|国内航班手提行李限重多少公斤？",
  "shv|国内航班托运行李超重了怎么收费？")

# ---------------------------------------------------------------- telecom (en)
G("telecom", "How do I transfer my number from Verizon to T-Mobile?",
  "ord|I'm switching to T-Mobile - what do I need to port my Verizon number over?",
  "typ|how to port number from verizon to tmobile",
  "syn|How do I port my number from Verizon to T-Mobile?",
  "dir|How do I transfer my number from T-Mobile to Verizon?",
  "act|How do I cancel my Verizon plan after switching to T-Mobile?",
  "qual|How do I transfer my number from Verizon to T-Mobile if I still owe money on my phone?")
G("telecom", "Does my AT&T plan include free roaming in Canada?",
  "ord|If I take my AT&T phone to Canada, will I get charged for using it there?",
  "wo|Is free roaming in Canada included in my AT&T plan?",
  "ent|Does my AT&T plan include free roaming in Europe?",
  "shv|Does my AT&T plan include free calls to Canada?",
  "qual|Does my AT&T prepaid plan include free roaming in Canada?")
G("telecom", "How do I upgrade my internet plan from 300 Mbps to 1 Gig?",
  "ord|I want faster internet - how can I move from the 300 meg plan to gigabit?",
  "typ|how do i upgrade my internet from 300mbps to 1gig",
  "act|How do I downgrade my internet plan from 1 Gig to 300 Mbps?",
  "ent|How do I upgrade my TV package from basic to premium?",
  "shv|Will my router support 1 Gig if I upgrade my internet plan from 300 Mbps?")
G("telecom", "Why is my phone bill higher this month than last month?",
  "ord|My cell bill went up compared to last month - what could cause that?",
  "typ|why is my phone bill higher this month",
  "op|Why is my phone bill lower this month than last month?",
  "ent|Why is my internet bill higher this month than last month?",
  "shv|Why is my phone bill due earlier this month than last month?")
G("telecom", "Can I unlock my iPhone 14 if it's still on a payment plan with Verizon?",
  "ord|My iPhone 14 isn't paid off yet on Verizon installments - is it possible to get it carrier unlocked?",
  "syn|Can I unlock my iPhone 14 while it's still on a payment plan with Verizon?",
  "typ|can i unlock my iphone 14 if its still on a verizon payment plan",
  "neg|Can I unlock my iPhone 14 if it's paid off with Verizon?",
  "ent|Can I unlock my iPhone 14 if it's still on a payment plan with AT&T?",
  "act|Can I trade in my iPhone 14 if it's still on a payment plan with Verizon?")
G("telecom", "How do I set up call forwarding to another number on an Android phone?",
  "ord|On my Android, how can I make incoming calls ring through to a different number?",
  "wo|On an Android phone, how do I set up call forwarding to another number?",
  "typ|how to forward calls to another number on android",
  "act|How do I turn off call forwarding on an Android phone?",
  "ent|How do I set up call forwarding to another number on an iPhone?",
  "dir|How do I set up call forwarding so calls to another number come to my Android phone?")
G("telecom", "What happens if I go over my data limit on a prepaid plan?",
  "ord|When my prepaid data runs out before the month ends, what happens - do I get cut off or charged?",
  "typ|what happens if i go over my data on prepaid",
  "ent|What happens if I go over my data limit on a postpaid plan?",
  "neg|What happens if I don't use up my data on a prepaid plan?",
  "act|How do I add more data to my prepaid plan?")
G("telecom", "Is there an early termination fee if I cancel my contract in the first 6 months?",
  "ord|If I break my contract within six months, will I be charged a penalty for ending it early?",
  "syn|Is there an early cancellation fee if I cancel my contract in the first 6 months?",
  "qty|Is there an early termination fee if I cancel my contract after 18 months?",
  "act|Is there an early termination fee if I downgrade my plan in the first 6 months?",
  "qual|Is there an early termination fee if I cancel my contract in the first 6 months after a price increase?")
G("telecom", "Can I use my UK SIM card in the US without changing plans?",
  "ord|Travelling to America - will my British SIM just work there on my current plan?",
  "typ|can i use my uk sim in the us w/o changing plans",
  "dir|Can I use my US SIM card in the UK without changing plans?",
  "ent|Can I use my UK SIM card in France without changing plans?",
  "act|Can I buy a US SIM card for my UK phone?")

# ---------------------------------------------------------------- telecom (zh)
G("telecom", "移动的号码怎么携号转网到联通？",
  "ord|我是移动用户，想换成联通但号码不变，该怎么办理？",
  "syn|移动的号码如何携号转网到联通？",
  "typ|移动号码咋携转联通",
  "dir|联通的号码怎么携号转网到移动？",
  "act|移动的号码怎么注销？",
  "qual|合约期还没到的移动号码怎么携号转网到联通？")
G("telecom", "中国移动套餐怎么从128元降到58元？",
  "ord|移动的128块套餐太贵了，我想换成58的，怎么弄？",
  "pol|请问一下，中国移动套餐怎么从128元降到58元？",
  "dir|中国移动套餐怎么从58元升到128元？",
  "ent|中国联通套餐怎么从128元降到58元？",
  "qual|中国移动合约期内的套餐怎么从128元降到58元？")
G("telecom", "手机欠费停机了，充值后多久能恢复？",
  "ord|话费欠了被停机，交上钱以后要等多长时间才能重新用？",
  "syn|手机欠费停机了，交费后多久能恢复？",
  "typ|手机欠费停机 充值后多久能恢复",
  "act|手机欠费停机了，销号需要先把欠费交清吗？",
  "neg|手机没欠费也停机了，是怎么回事？",
  "ent|宽带欠费停机了，充值后多久能恢复？")
G("telecom", "联通主卡下面的副卡怎么取消？",
  "ord|我的联通套餐绑了一张副卡，现在不想要了，怎么解除？",
  "syn|联通主卡下面的副卡如何取消？",
  "typ|联通主卡的副卡咋取消",
  "act|联通主卡下面怎么添加副卡？",
  "ent|移动主卡下面的副卡怎么取消？",
  "shv|联通主卡下面的副卡流量怎么共享？")
G("telecom", "国际漫游开通后在日本上网一天多少钱？",
  "ord|手机开了国际漫游，去日本用流量每天要花多少？",
  "typ|开了国际漫游在日本上网1天多少钱",
  "ent|国际漫游开通后在美国上网一天多少钱？",
  "act|国际漫游怎么开通？",
  "shv|国际漫游开通后在日本打电话一分钟多少钱？")
G("telecom", "家里宽带从100M升级到500M要换光猫吗？",
  "ord|宽带打算由百兆提到500兆，原来的光猫还能继续用吗？",
  "wo|家里宽带要从100M升级到500M，光猫要换吗？",
  "dir|家里宽带从500M降到100M要换光猫吗？",
  "ent|家里宽带从100M升级到500M要换路由器吗？",
  "shv|家里宽带从100M升级到500M要加多少钱？")
# ---------------------------------------------------------------- insurance (en)
G("insurance", "Does my renters insurance cover my laptop if it's stolen from my car?",
  "ord|If someone breaks into my car and takes my laptop, will my renter's policy pay for it?",
  "pol|Hi, does my renters insurance cover my laptop if it gets stolen from my car? Thanks!",
  "syn|Does my renters insurance cover my laptop if it's stolen from my vehicle?",
  "ent|Does my renters insurance cover my roommate's laptop if it's stolen from my car?",
  "qual|Does my renters insurance cover my work laptop if it's stolen from my car?",
  "qual|Does my renters insurance cover my laptop if it's stolen from my car and there's no sign of forced entry?")
G("insurance", "Will my car insurance go up if someone hits me and it's not my fault?",
  "ord|A driver rear-ended me and it was on them - is my premium going to increase because of it?",
  "wo|If someone hits me and it's not my fault, will my car insurance go up?",
  "dir|Will my car insurance go up if I hit someone and it's my fault?",
  "neg|Will my car insurance go up if someone hits me and it's partly my fault?",
  "qual|Will my car insurance go up if someone hits me, it's not my fault, and they have no insurance?")
G("insurance", "Is there a waiting period for dental insurance before I can get a crown?",
  "ord|If I sign up for a dental plan now, how long until it'll pay toward a crown?",
  "typ|waiting period for dental insurance for a crown?",
  "ent|Is there a waiting period for dental insurance before I can get a cleaning?",
  "ent|Is there a waiting period for vision insurance before I can get glasses?",
  "qual|Is there a waiting period for employer-sponsored dental insurance before I can get a crown?")
G("insurance", "Does travel insurance cover cancelling a trip because of a family member's illness?",
  "ord|If my mom gets sick and I have to call off my vacation, will travel insurance pay me back?",
  "pol|Hello - could you tell me whether travel insurance covers cancelling a trip because a family member is ill?",
  "syn|Does travel insurance cover canceling a trip because of a family member's sickness?",
  "qual|Does travel insurance cover cancelling a trip because of a family member's pre-existing illness?",
  "ent|Does travel insurance cover cancelling a trip because of my dog's illness?",
  "shv|Does travel insurance cover a family member's medical bills if they get ill abroad?")
G("insurance", "Can I add my 16-year-old to my car insurance before she gets her license?",
  "ord|My daughter is 16 and doesn't have her license yet - can she go on my auto policy now?",
  "syn|Can I put my 16-year-old on my car insurance before she gets her license?",
  "dir|Do I have to add my 16-year-old to my car insurance after she gets her license?",
  "shv|How much will my car insurance go up when I add my 16-year-old?",
  "qual|Do I have to add my 16-year-old to my car insurance if she only drives her friend's car?")
G("insurance", "Can I get life insurance if I have type 2 diabetes?",
  "ord|I was diagnosed with type 2 diabetes - will insurers still sell me a life policy?",
  "ord|Does having type 2 diabetes stop me from buying a life insurance policy?",
  "pol|Hi, quick question: can I get life insurance if I have type 2 diabetes?",
  "ent|Can I get disability insurance if I have type 2 diabetes?",
  "qual|Can I get life insurance without a medical exam if I have type 2 diabetes?",
  "shv|Can my life insurance be cancelled if I get type 2 diabetes after buying it?")
G("insurance", "Does homeowners insurance cover water damage from a burst pipe?",
  "ord|A pipe burst and soaked my floors - will my home policy pay for the damage?",
  "syn|Does home insurance cover water damage from a burst pipe?",
  "typ|does homeowners insurance cover burst pipe water damage",
  "ent|Does homeowners insurance cover water damage from a flood?",
  "qual|Does homeowners insurance cover water damage from a slow leak under the sink?",
  "ent|Does homeowners insurance cover the cost of fixing the burst pipe itself?")
G("insurance", "How long do I have to file a claim after a car accident with Geico?",
  "ord|After a crash, what's Geico's deadline for me to report it and open a claim?",
  "typ|how long do i have to file a claim w geico after an accident",
  "shv|How long does Geico take to pay a claim after a car accident?",
  "dir|How long does the other driver have to file a claim against my Geico policy after a car accident?",
  "act|How long do I have to reopen a closed claim after a car accident with Geico?")
G("insurance", "Does my health insurance cover an ambulance ride to an out-of-network hospital?",
  "ord|If an ambulance takes me to a hospital that isn't in my plan's network, will insurance pay for it?",
  "wo|Will an ambulance ride to an out-of-network hospital be covered by my health insurance?",
  "neg|Does my health insurance cover an ambulance ride to an in-network hospital?",
  "ent|Does my health insurance cover an air ambulance to an out-of-network hospital?",
  "dir|Does my health insurance cover an ambulance ride from an out-of-network hospital back home?")

# ---------------------------------------------------------------- insurance (zh)
G("insurance", "车险出险一次，第二年保费涨多少？",
  "ord|今年车险报了一回案，明年续保会贵多少？",
  "syn|车险出险一次，下一年保费涨多少？",
  "pol|麻烦问下，车险出险一次，第二年保费会涨多少？",
  "qty|车险出险三次，第二年保费涨多少？",
  "neg|车险一年没出险，第二年保费能便宜多少？",
  "ent|交强险出险一次，第二年保费涨多少？")
G("insurance", "百万医疗险有没有等待期？",
  "ord|买了百万医疗险是不是要过一段时间才能报销？",
  "typ|百万医疗险有等待期吗",
  "ent|重疾险有没有等待期？",
  "qual|百万医疗险续保的时候有没有等待期？",
  "shv|百万医疗险等待期内生病了能退保吗？")
G("insurance", "社保断缴一个月，医保还能用吗？",
  "ord|社保停交了一个月，这期间看病还能刷医保报销吗？",
  "typ|社保断交一个月 医保还能用吗",
  "qty|社保断缴三个月，医保还能用吗？",
  "ent|社保断缴一个月，养老金会受影响吗？",
  "act|社保断缴一个月，能补缴吗？")
G("insurance", "给父母买的保险，投保人写我，被保险人写父母，可以吗？",
  "ord|帮爸妈买保险，我当投保人，他们当被保人，这样行不行？",
  "wo|给父母买的保险，被保险人写父母，投保人写我，可以吗？",
  "dir|给父母买的保险，投保人写父母，被保险人写我，可以吗？",
  "ent|给朋友买的保险，投保人写我，被保险人写朋友，可以吗？",
  "ent|给父母买的保险，受益人写我，可以吗？")
G("insurance", "车被水淹了，车损险能赔吗？",
  "ord|暴雨把车泡了，买了车损险的话保险公司给不给赔？",
  "syn|车被水泡了，车损险能赔吗？",
  "typ|车被水淹了 车损险能赔吗",
  "qual|车被水淹了还二次打火，车损险能赔吗？",
  "ent|车被水淹了，交强险能赔吗？",
  "ent|车被冰雹砸了，车损险能赔吗？")
G("insurance", "意外险骑电动车摔伤能报销吗？",
  "ord|买了意外险，骑电瓶车的时候摔了一跤受伤，保险管不管赔？",
  "syn|意外险骑电动车摔伤能理赔吗？",
  "ent|意外险骑摩托车摔伤能报销吗？",
  "qual|意外险骑电动车没戴头盔摔伤能报销吗？",
  "dir|意外险骑电动车把别人撞伤了能报销吗？")

# ---------------------------------------------------------------- hr (en)
G("hr", "How much notice do I have to give my employer before quitting in the UK?",
  "ord|I want to resign from my UK job - what's the minimum notice I'm required to give?",
  "typ|how much notice do i need to give before quitting uk",
  "pol|Hi, could you tell me how much notice I have to give my employer before quitting in the UK?",
  "dir|How much notice does my employer have to give me before firing me in the UK?",
  "ent|How much notice do I have to give my employer before quitting in the US?",
  "qual|How much notice do I have to give my employer before quitting during my probation period in the UK?")
G("hr", "Can my employer deduct money from my paycheck for a broken laptop?",
  "ord|Is it legal for my boss to take the cost of a laptop I broke out of my wages?",
  "syn|Can my employer take money out of my paycheck for a broken laptop?",
  "typ|can my employer deduct from my paycheck for a broken laptop",
  "qual|Can my employer deduct money from my final paycheck for a laptop I never returned?",
  "ent|Can my employer deduct money from my paycheck for my uniform?",
  "act|Can my employer hold back my whole paycheck because of a broken laptop?")
G("hr", "Do I get paid overtime for working more than 8 hours in a day in California?",
  "ord|In California, if my shift goes past eight hours, am I owed time-and-a-half?",
  "wo|In California, do I get paid overtime for working more than 8 hours in a day?",
  "qty|Do I get paid double time for working more than 12 hours in a day in California?",
  "ent|Do I get paid overtime for working more than 8 hours in a day in Texas?",
  "qual|Do I get paid overtime for working on my seventh day in a row in California?")
G("hr", "How many vacation days do I get after 5 years at the company?",
  "ord|Once I've been here five years, how much PTO am I entitled to?",
  "typ|how many vacation days after 5 yrs at the company",
  "syn|How many vacation days do I receive after 5 years at the company?",
  "qty|How many vacation days do I get after 10 years at the company?",
  "ent|How many sick days do I get after 5 years at the company?",
  "act|How many vacation days can I cash out after 5 years at the company?")
G("hr", "Is my employer required to pay out unused PTO when I quit in Colorado?",
  "ord|I'm leaving my job in Colorado - does the company legally have to pay me for the vacation days I haven't used?",
  "typ|does my employer have to pay out unused pto when i quit in colorado",
  "ent|Is my employer required to pay out unused PTO when I quit in Florida?",
  "ent|Is my employer required to pay out unused sick leave when I quit in Colorado?",
  "act|Is my employer required to let me use up my PTO during my notice period in Colorado?")
G("hr", "How do I submit an expense report for a client dinner in Concur?",
  "ord|What are the steps in Concur to claim back what I paid for dinner with a client?",
  "pol|Hey, could someone explain how to submit an expense report for a client dinner in Concur?",
  "typ|how do i submit an expense report for a client dinner in concur",
  "act|How do I recall an expense report for a client dinner in Concur?",
  "ent|How do I submit an expense report for a client dinner in Expensify?",
  "qual|How do I submit an expense report for a client dinner in Concur without a receipt?")
G("hr", "Can I take FMLA leave to care for my father-in-law?",
  "ord|Does the FMLA let me take time off work to look after my wife's dad?",
  "syn|Can I use FMLA leave to care for my father-in-law?",
  "ent|Can I take FMLA leave to care for my father?",
  "ent|Can I take paid sick leave to care for my father-in-law in New Jersey?",
  "ent|Can I take CFRA leave to care for my father-in-law in California?")
G("hr", "When will I get my W-2 if I left the company in March?",
  "ord|I quit back in March - by when should my former employer send my W-2?",
  "typ|when do i get my w2 if i left the company in march",
  "act|How do I get a corrected W-2 if I left the company in March?",
  "act|How do I update the mailing address for my W-2 if I left the company in March?",
  "ent|When will I get my final paycheck if I left the company in March?")
G("hr", "Do I have to repay my signing bonus if I quit within a year?",
  "ord|If I leave this job before my first anniversary, will they claw back the sign-on bonus?",
  "typ|do i have to repay my signing bonus if i quit within a yr",
  "syn|Do I have to pay back my signing bonus if I quit within a year?",
  "qty|Do I have to repay my signing bonus if I quit after two years?",
  "dir|Do I have to repay my signing bonus if I'm laid off within a year?",
  "shv|Is my signing bonus taxed differently if I quit within a year?")

# ---------------------------------------------------------------- hr (zh)
G("hr", "试用期辞职要提前几天通知？",
  "ord|还在试用期，不想干了，要提前多久跟公司说？",
  "syn|试用期离职要提前几天通知？",
  "pol|请问试用期辞职要提前几天通知公司？",
  "dir|试用期公司辞退我要提前几天通知？",
  "qual|转正以后辞职要提前几天通知？",
  "shv|试用期辞职能拿到经济补偿吗？")
G("hr", "公司拖欠工资两个月，我可以被迫解除劳动合同要求赔偿吗？",
  "ord|单位已经两个月没发薪水了，我能以此为由离职并要经济补偿吗？",
  "typ|公司拖欠工资2个月 可以被迫解除劳动合同要赔偿吗",
  "ent|公司按时发工资但没交社保，我可以被迫解除劳动合同要求赔偿吗？",
  "shv|公司拖欠工资两个月，我可以去哪里投诉？",
  "qual|公司拖欠工资两个月，我已经自己提了辞职，还能要求赔偿吗？")
G("hr", "年假没休完，离职的时候公司要折算成工资吗？",
  "ord|走的时候还剩几天年休假没用，单位需要补给我钱吗？",
  "syn|年假没休完，辞职的时候公司要折算成工资吗？",
  "typ|年假没休完 离职时公司要折算成工资吗",
  "ent|调休没休完，离职的时候公司要折算成工资吗？",
  "act|年假没休完，能顺延到明年再休吗？",
  "neg|年假已经休超了，离职的时候公司会扣工资吗？")
G("hr", "上海女职工产假一共多少天？",
  "ord|在上海上班生孩子，能休多长时间的产假？",
  "typ|上海产假一共多少天",
  "ent|北京女职工产假一共多少天？",
  "ent|上海男职工陪产假一共多少天？",
  "qual|上海女职工剖腹产产假一共多少天？")
G("hr", "五险一金的缴费基数是按税前工资还是税后工资算？",
  "ord|交社保公积金的基数，看的是扣税前的工资还是到手的工资？",
  "wo|五险一金的缴费基数是按税后工资还是税前工资算？",
  "syn|五险一金的缴纳基数是按税前工资还是税后工资算？",
  "shv|个税是按扣除五险一金之前还是之后的工资算？",
  "ent|加班费是按税前工资还是税后工资算？",
  "shv|五险一金的缴费基数包不包括年终奖？")
G("hr", "公司让我从北京调到上海工作，我不同意可以拿N+1吗？",
  "ord|单位要把我从北京调去上海长期上班，我不愿意去，这种情况能要N+1补偿吗？",
  "pol|想问一下，公司让我从北京调到上海工作，我不同意的话可以拿N+1吗？",
  "neg|公司让我从北京调到上海工作，我同意了还能拿补偿吗？",
  "ent|公司让我从北京朝阳调到海淀工作，我不同意可以拿N+1吗？",
  "qty|公司让我从北京调到上海工作，我不同意可以拿2N吗？")
# ---------------------------------------------------------------- government (en)
G("government", "Can I renew my US passport by mail if it was issued more than 15 years ago?",
  "ord|My passport is from over fifteen years ago - am I still allowed to do the mail-in renewal?",
  "ord|Does the renew-by-mail option still work for a US passport issued more than 15 years back?",
  "typ|can i renew my us passport by mail if it was issued over 15 yrs ago",
  "op|Can I renew my US passport by mail if it was issued less than 15 years ago?",
  "qual|Can I renew my US passport by mail if it was issued when I was 15?",
  "qty|Can I renew my US passport by mail if it was issued more than 5 years ago?")
G("government", "How long does it take to get a Social Security card replaced?",
  "ord|If I order a new SSN card because I lost mine, how many days until it shows up?",
  "syn|How long does it take to get a replacement Social Security card?",
  "act|How long does it take to get a Social Security number changed?",
  "ent|How long does it take to get a birth certificate replaced?",
  "shv|How many times can I get my Social Security card replaced?")
G("government", "What's the last day to register to vote online in Pennsylvania?",
  "ord|By what date do I need to sign up to vote on the PA state website?",
  "typ|last day to register to vote online in pennsylvania",
  "act|What's the last day to request a mail-in ballot in Pennsylvania?",
  "ent|What's the last day to register to vote online in Ohio?",
  "shv|What's the last day to return my mail-in ballot in Pennsylvania?")
G("government", "Do I need to file a tax return if I made less than $13,000 last year?",
  "ord|My income last year was under 13k - am I required to file with the IRS?",
  "wo|If I made less than $13,000 last year, do I need to file a tax return?",
  "typ|do i need to file taxes if i made under 13k last year",
  "op|Do I need to file a tax return if I made more than $13,000 last year?",
  "qual|Do I need to file a tax return if I made less than $13,000 last year from self-employment?",
  "shv|Can I still get a refund of withheld tax if I made less than $13,000 last year?")
G("government", "How do I change my address with the DMV after moving within Virginia?",
  "ord|I moved to a new place in Virginia - how do I update the address on my license and registration?",
  "syn|How do I update my address with the DMV after moving within Virginia?",
  "dir|How do I change my address with the DMV after moving to Virginia from another state?",
  "act|How do I get a replacement license from the DMV after moving within Virginia?",
  "ent|How do I change my address with the post office after moving within Virginia?")
G("government", "Can a green card holder leave the US for more than 6 months?",
  "ord|If I have permanent residency, is it a problem to stay abroad longer than six months?",
  "typ|can a green card holder leave the us for more than 6 months",
  "pol|Hello, could you tell me whether a green card holder can leave the US for more than 6 months?",
  "op|Can a green card holder leave the US for less than 6 months without any problems?",
  "qty|Can a green card holder leave the US for more than 2 years?",
  "ent|Can a naturalized US citizen leave the US for more than 6 months?")
G("government", "What documents do I need to get a REAL ID in Illinois?",
  "ord|What paperwork should I bring to the Illinois SOS office for a REAL ID?",
  "syn|What documents do I need to obtain a REAL ID in Illinois?",
  "ent|What documents do I need to get a standard driver's license in Illinois?",
  "act|What documents do I need to renew my REAL ID in Illinois?",
  "shv|Can I fly domestically without a REAL ID in Illinois?")
G("government", "How much is the fine for not having a TV licence in the UK?",
  "ord|If I'm caught watching live TV without a licence in the UK, what's the maximum penalty?",
  "typ|how much is the fine for no tv licence uk",
  "ent|How much is the fine for not taxing my car in the UK?",
  "shv|How much is a TV licence in the UK?",
  "qual|How much is the fine for not having a TV licence in the UK if I only watch Netflix?")
G("government", "Can I apply for food stamps if I'm a full-time college student?",
  "ord|Are full-time college students eligible for SNAP benefits?",
  "syn|Can I apply for SNAP if I'm a full-time college student?",
  "ent|Can I apply for food stamps if I'm a full-time high school student?",
  "ent|Can I apply for WIC if I'm a full-time college student?",
  "ent|Can I apply for Medicaid if I'm a full-time college student?")

# ---------------------------------------------------------------- government (zh)
G("government", "身份证丢了在外地能补办吗？",
  "ord|我人在外省，身份证弄丢了，可以就地重新办一张吗？",
  "syn|身份证丢了在异地能补办吗？",
  "typ|身份证丢了在外地能补办么",
  "ent|户口本丢了在外地能补办吗？",
  "act|身份证丢了在外地能先挂失吗？",
  "neg|身份证没丢只是过期了，在外地能换领吗？")
G("government", "外地户口在上海办居住证需要什么材料？",
  "ord|户籍不在上海，想申请上海的居住证，要准备哪些东西？",
  "pol|请问一下，外地户口在上海办居住证需要什么材料？",
  "ent|外地户口在杭州办居住证需要什么材料？",
  "act|外地户口在上海续签居住证需要什么材料？",
  "shv|外地户口在上海办居住证需要多长时间？")
G("government", "个税汇算需要补税400元以下要不要办理？",
  "ord|年度汇算算出来要补交的税不到400块，还用去申报吗？",
  "syn|个税汇算需要补税400元以内要不要办理？",
  "typ|个税汇算补税400以下要办吗",
  "op|个税汇算需要补税400元以上要不要办理？",
  "dir|个税汇算可以退税400元以下要不要办理？",
  "qty|个税汇算需要补税4000元要不要办理？")
G("government", "护照过期了在网上能申请换发吗？",
  "ord|我的护照已经失效了，可以直接网上办换新吗？",
  "typ|护照过期了网上能申请换发吗",
  "neg|护照还没过期在网上能申请换发吗？",
  "ent|港澳通行证过期了在网上能申请换发吗？",
  "act|护照丢了在网上能申请补发吗？")
G("government", "公积金异地贷款买房需要满足什么条件？",
  "ord|在A城市交的公积金，想在B城市买房用公积金贷款，要符合哪些要求？",
  "syn|住房公积金异地贷款买房需要满足什么条件？",
  "pol|麻烦问下，公积金异地贷款买房需要满足什么条件？",
  "qual|公积金异地贷款买二套房需要满足什么条件？",
  "act|公积金异地提取需要满足什么条件？",
  "ent|商业贷款异地买房需要满足什么条件？")
G("government", "北京60岁以上老人坐公交免费吗？",
  "ord|在北京，满60岁的老人乘公交车要不要花钱？",
  "typ|北京60岁以上坐公交免费吗",
  "pol|请问北京60岁以上的老人坐公交免费吗？",
  "qty|北京65岁以上老人坐公交免费吗？",
  "ent|上海60岁以上老人坐公交免费吗？",
  "qual|北京60岁以上的外地老人坐公交免费吗？")

# ---------------------------------------------------------------- cooking (en)
G("cooking", "How do I convert 200 grams of flour to cups?",
  "ord|How many cups is 200 g of all-purpose flour?",
  "typ|200g flour in cups?",
  "syn|How do I change 200 grams of flour into cups?",
  "dir|How do I convert 2 cups of flour to grams?",
  "ent|How do I convert 200 grams of sugar to cups?",
  "qty|How do I convert 200 grams of flour to tablespoons?")
G("cooking", "Can I substitute baking soda for baking powder in pancakes?",
  "ord|I'm out of baking powder - will baking soda work instead for pancakes?",
  "ord|Can I use baking soda instead of baking powder in pancakes?",
  "wo|In pancakes, can I substitute baking soda for baking powder?",
  "dir|Can I substitute baking powder for baking soda in pancakes?",
  "ent|Can I substitute yogurt for buttermilk in pancakes?",
  "neg|Can I make pancakes without baking powder or baking soda?")
G("cooking", "How long do I cook a 12 lb turkey at 325°F?",
  "ord|What's the roasting time for a twelve-pound turkey in a 325 degree oven?",
  "typ|how long to cook 12lb turkey at 325",
  "qty|How long do I cook a 20 lb turkey at 325°F?",
  "qty|How long do I cook a 12 lb turkey at 425°F?",
  "qual|How long do I cook a stuffed 12 lb turkey at 325°F?",
  "ent|How long do I cook a 12 lb ham at 325°F?")
G("cooking", "Can I put a glass baking dish straight from the fridge into a hot oven?",
  "ord|Is it safe to take my cold Pyrex dish out of the fridge and put it right into a preheated oven?",
  "syn|Can I put a glass baking dish directly from the fridge into a hot oven?",
  "dir|Can I put a glass baking dish straight from a hot oven into the fridge?",
  "ent|Can I put a cast iron pan straight from the fridge into a hot oven?",
  "ent|Can I put a glass baking dish straight from the fridge onto a hot stovetop burner?")
G("cooking", "How long can cooked chicken stay in the fridge?",
  "ord|For how many days is leftover cooked chicken safe to eat if I keep it refrigerated?",
  "ord|I roasted a chicken on Sunday - how many days will it keep in the refrigerator?",
  "typ|how long can cooked chicken stay in fridge",
  "qual|How long can raw chicken stay in the fridge?",
  "ent|How long can cooked chicken stay in the freezer?",
  "shv|How long can cooked chicken sit out before I have to put it in the fridge?")
G("cooking", "Should I add salt to the water before or after it boils for pasta?",
  "ord|When is the right moment to salt my pasta water - while it's cold or once it's boiling?",
  "wo|Should I add salt to the pasta water after or before it boils?",
  "typ|should i salt pasta water before or after it boils",
  "ent|Should I add oil to the water before or after it boils for pasta?",
  "shv|How much salt should I add to the water for pasta?",
  "act|Should I cover the pot before or after the water boils for pasta?")
G("cooking", "What's the internal temperature for medium-rare steak?",
  "ord|What should my thermometer read when the steak is medium rare?",
  "typ|internal temp for med rare steak",
  "ent|What's the internal temperature for medium-well steak?",
  "ent|What's the internal temperature for medium-rare pork tenderloin?",
  "shv|How long should I rest a medium-rare steak?")
G("cooking", "Can I use olive oil instead of butter in banana bread?",
  "ord|Will banana bread still turn out if I swap the butter for olive oil?",
  "syn|Can I use olive oil in place of butter in banana bread?",
  "typ|can i use olive oil instead of butter in banana bread",
  "dir|Can I use butter instead of olive oil in banana bread?",
  "ent|Can I use coconut oil instead of butter in banana bread?",
  "ent|Can I use olive oil instead of butter in shortbread?")
G("cooking", "How many minutes do I boil an egg for a runny yolk?",
  "ord|For a soft-boiled egg with a gooey middle, how long does it go in the boiling water?",
  "typ|how many mins to boil an egg for runny yolk",
  "pol|Hi! How many minutes do I boil an egg for a runny yolk?",
  "neg|How many minutes do I boil an egg so the yolk isn't runny?",
  "ent|How many minutes do I boil a quail egg for a runny yolk?",
  "act|How many minutes do I poach an egg for a runny yolk?")

# ---------------------------------------------------------------- cooking (zh)
G("cooking", "红烧肉是先炒糖色还是先焯水？",
  "ord|做红烧肉的时候，肉要先过水，还是先把糖炒出颜色？",
  "wo|红烧肉是先焯水还是先炒糖色？",
  "typ|红烧肉先炒糖色还是先焯水",
  "shv|红烧肉炒糖色用冰糖还是白糖？",
  "shv|红烧肉焯水是冷水下锅还是热水下锅？",
  "ent|红烧肉是先炒糖色还是先放酱油？")
G("cooking", "电饭煲煮米饭，米和水的比例是多少？",
  "ord|用电饭锅焖饭，放多少米配多少水合适？",
  "wo|电饭煲煮米饭，水和米的比例是多少？",
  "syn|电饭锅煮米饭，米和水的比例是多少？",
  "ent|电饭煲煮粥，米和水的比例是多少？",
  "qual|电饭煲煮糙米饭，米和水的比例是多少？",
  "shv|电饭煲煮米饭，水放多了怎么补救？")
G("cooking", "炖排骨汤什么时候放盐？",
  "ord|排骨汤是一开始就加盐，还是快出锅时再加？",
  "syn|炖排骨汤啥时候放盐？",
  "ent|炖排骨汤什么时候放玉米？",
  "shv|炖排骨汤盐放多了怎么办？",
  "shv|炖排骨汤之前排骨要不要先焯水？")
G("cooking", "空气炸锅烤鸡翅200度要烤多久？",
  "ord|用空气炸锅做鸡翅，温度设200度的话，大概要多少分钟？",
  "typ|空气炸锅鸡翅200度烤多久",
  "qty|空气炸锅烤鸡翅160度要烤多久？",
  "qual|空气炸锅烤冷冻鸡翅200度要烤多久？",
  "ent|空气炸锅烤鸡腿200度要烤多久？",
  "ent|烤箱烤鸡翅200度要烤多久？")
G("cooking", "蒸馒头发面要多长时间？",
  "ord|做馒头的话，面团得醒发多久才够？",
  "syn|蒸馒头发面要多久？",
  "qual|冬天蒸馒头发面要多长时间？",
  "shv|蒸馒头一斤面粉要放多少酵母？",
  "act|蒸馒头上锅要蒸多长时间？")
G("cooking", "鸡蛋放冰箱能保存多久？",
  "ord|生鸡蛋冷藏起来，最多能放多长时间？",
  "typ|鸡蛋放冰箱能放多久",
  "pol|请问一下鸡蛋放冰箱能保存多久？",
  "neg|鸡蛋不放冰箱能保存多久？",
  "qual|煮熟的鸡蛋放冰箱能保存多久？",
  "ent|皮蛋放冰箱能保存多久？")
# ---------------------------------------------------------------- cars (en)
G("cars", "Is it OK to drive with the tire pressure light on if the tires look fine?",
  "ord|My TPMS warning came on but the tires seem normal - can I keep driving?",
  "typ|ok to drive with tire pressure light on if tires look fine?",
  "ent|Is it OK to drive with the check engine light on if the car runs fine?",
  "qual|Is it OK to drive with the tire pressure light flashing if the tires look fine?",
  "act|How do I reset the tire pressure light if the tires look fine?",
  "neg|Is it OK to drive with the tire pressure light on if one tire doesn't look fine?")
G("cars", "How often should I change synthetic oil in a 2018 Honda Civic?",
  "ord|What's the oil change interval for a 2018 Civic running full synthetic?",
  "typ|how often to change synthetic oil 2018 civic",
  "syn|How frequently should I change synthetic oil in a 2018 Honda Civic?",
  "ent|How often should I change the transmission fluid in a 2018 Honda Civic?",
  "shv|How much synthetic oil does a 2018 Honda Civic take?",
  "shv|What type of synthetic oil should I use in a 2018 Honda Civic?")
G("cars", "What's the speeding fine for going 15 mph over the limit in Ohio?",
  "ord|How much is the ticket in Ohio if I'm caught doing 15 over?",
  "typ|speeding fine 15 over ohio",
  "qty|What's the speeding fine for going 30 mph over the limit in Ohio?",
  "qual|What's the speeding fine for going 15 mph over the limit in a school zone in Ohio?",
  "op|What's the fine for going 15 mph under the minimum speed limit in Ohio?",
  "shv|How many points do I get for going 15 mph over the limit in Ohio?")
G("cars", "Can I trade in a car that I still owe money on?",
  "ord|I haven't finished paying off my auto loan - will a dealer still take the car as a trade-in?",
  "syn|Can I trade in a vehicle that I still owe money on?",
  "typ|can i trade in a car i still owe money on",
  "neg|Can I trade in a car that I don't owe any money on?",
  "act|Can I sell privately a car that I still owe money on?",
  "qual|Can I trade in a leased car that I still owe payments on?")
G("cars", "Should I use 87 or 91 octane gas in a 2020 Toyota Camry?",
  "ord|Does a 2020 Camry need premium fuel or is regular unleaded fine?",
  "wo|Should I use 91 or 87 octane gas in a 2020 Toyota Camry?",
  "typ|87 or 91 gas for 2020 camry?",
  "ent|Should I use 87 or 91 octane gas in a 2020 BMW 330i?",
  "shv|Where can I find 91 octane gas near me for my 2020 Toyota Camry?",
  "qual|Should I use 87 or 91 octane gas in a 2020 Toyota Camry when I'm towing a trailer?")
G("cars", "How do I transfer a car title to a family member in Florida?",
  "ord|I'm giving my car to my brother in Florida - what do we do to put the title in his name?",
  "syn|How do I transfer a vehicle title to a family member in Florida?",
  "typ|how to transfer car title to family member florida",
  "qual|How do I transfer a car title to a family member in Florida if there's still a lien on it?",
  "act|How do I replace a lost car title in Florida?",
  "qual|How do I transfer a car title to a family member in Florida after the owner has died?")
G("cars", "Why does my car shake when I brake at high speed?",
  "ord|My steering wheel vibrates whenever I hit the brakes on the highway - what's causing it?",
  "typ|why does my car shake when i brake at high speeds",
  "op|Why does my car shake when I brake at low speed?",
  "act|Why does my car shake when I accelerate at high speed?",
  "shv|Why does my car pull to one side when I brake at high speed?")
G("cars", "Can I jump start a car with a dead battery using a hybrid?",
  "ord|Is it safe to use my Prius to jump a regular car whose battery died?",
  "syn|Can I jump-start a car with a dead battery using a hybrid car?",
  "dir|Can I jump start a hybrid with a dead battery using a regular car?",
  "ent|Can I jump start a car with a dead battery using an electric car?",
  "qual|Can I jump start a car with a frozen battery using a hybrid?")
G("cars", "How much does it cost to replace brake pads and rotors on the front?",
  "ord|What's a typical price for new front pads and rotors?",
  "typ|cost to replace front brake pads and rotors",
  "ent|How much does it cost to replace brake pads and rotors on the back?",
  "qual|How much does it cost to replace just the brake pads on the front?",
  "act|How much does it cost to resurface the rotors on the front?")

# ---------------------------------------------------------------- cars (zh)
G("cars", "驾照扣满12分怎么办？",
  "ord|一个记分周期里12分全被扣光了，接下来该怎么处理？",
  "typ|驾照扣满12分咋办",
  "pol|请问驾照扣满12分了怎么办？",
  "qty|驾照扣了6分怎么办？",
  "qual|实习期驾照扣满12分怎么办？",
  "neg|驾照一个周期没扣分有什么奖励吗？")
G("cars", "北京买新能源车上牌需要摇号吗？",
  "ord|在北京想给新能源车上牌，是不是也得参加摇号？",
  "syn|北京购买新能源车上牌需要摇号吗？",
  "typ|北京新能源车上牌要摇号吗",
  "ent|北京买燃油车上牌需要摇号吗？",
  "ent|上海买新能源车上牌需要摇号吗？",
  "shv|北京买新能源车上牌需要交购置税吗？")
G("cars", "私家车买了第7年需要上线检测吗？",
  "ord|家用小汽车开到第七年，年检还得去检测站吗？",
  "typ|私家车第7年要上线检测吗",
  "qty|私家车买了第5年需要上线检测吗？",
  "qty|私家车买了第16年需要上线检测吗？",
  "ent|营运车买了第7年需要上线检测吗？")
G("cars", "自动挡车等红灯要挂N挡还是P挡？",
  "ord|开自动挡，路口等红灯的时候挡位放N好还是放P好？",
  "wo|自动挡车等红灯要挂P挡还是N挡？",
  "shv|自动挡车下长坡要挂N挡还是D挡？",
  "shv|自动挡车停车熄火要先挂P挡还是先拉手刹？",
  "neg|自动挡车等红灯不换挡一直踩着刹车伤车吗？")
G("cars", "车贷还清后怎么解押？",
  "ord|车的贷款全部还完了，去哪里办抵押解除？",
  "syn|车贷还完后怎么解押？",
  "typ|车贷还清了怎么解押",
  "ent|房贷还清后怎么解押？",
  "neg|车贷还没还清能卖车吗？",
  "act|车贷还清后怎么办理过户？")
G("cars", "高速上超速20%以下扣几分？",
  "ord|在高速公路上开快了，但没超过限速的两成，要扣多少分？",
  "typ|高速超速20%以下扣几分",
  "op|高速上超速20%以上扣几分？",
  "qty|高速上超速50%以上扣几分？",
  "ent|普通道路上超速20%以下扣几分？",
  "shv|高速上超速20%以下罚多少钱？")

# ---------------------------------------------------------------- real-estate (en)
G("real-estate", "Can my landlord raise the rent in the middle of a lease in New York?",
  "ord|My lease isn't up yet - is my NY landlord allowed to increase what I pay?",
  "syn|Can my landlord increase the rent in the middle of a lease in New York?",
  "typ|can my landlord raise rent mid lease in ny",
  "dir|Can a tenant ask the landlord to lower the rent in the middle of a lease in New York?",
  "qual|Can my landlord raise the rent when my lease ends in New York?",
  "qual|Can my landlord raise the rent on a month-to-month tenancy in New York?")
G("real-estate", "Who pays the realtor commission, the buyer or the seller?",
  "ord|When a house sells, which side covers the agents' fees?",
  "wo|Who pays the realtor commission, the seller or the buyer?",
  "typ|who pays realtor commission buyer or seller",
  "ent|Who pays the closing costs, the buyer or the seller?",
  "ent|Who pays the transfer tax, the buyer or the seller?",
  "shv|How much is the realtor commission usually?")
G("real-estate", "How much do I need for a down payment on a $400,000 house with an FHA loan?",
  "ord|With an FHA mortgage, what's the minimum upfront payment on a 400k home?",
  "typ|fha down payment on 400k house",
  "qty|How much do I need for a down payment on a $600,000 house with an FHA loan?",
  "ent|How much do I need for a down payment on a $400,000 house with a conventional loan?",
  "qual|How much do I need for a down payment on a $400,000 house with an FHA loan if my credit score is 560?",
  "shv|How much are closing costs on a $400,000 house with an FHA loan?")
G("real-estate", "Can my landlord keep my security deposit for normal wear and tear?",
  "ord|Is it legal for a landlord to deduct from my deposit for ordinary wear like scuffed paint?",
  "syn|Can my landlord withhold my security deposit for normal wear and tear?",
  "neg|Can my landlord keep my security deposit for damage that isn't normal wear and tear?",
  "shv|Can I use my security deposit as my last month's rent?",
  "shv|How long does my landlord have to return my security deposit?")
G("real-estate", "Can I rent out my house if I have an FHA loan?",
  "ord|I bought my home with an FHA mortgage - am I allowed to lease it to tenants?",
  "typ|can i rent out my house with an fha loan",
  "act|Can I sell my house if I have an FHA loan?",
  "qual|Can I rent out a spare room in my house if I have an FHA loan?",
  "shv|Can I buy a rental property with an FHA loan?")
G("real-estate", "What happens to my mortgage if my house burns down?",
  "ord|If a fire destroys my home, do I still have to keep paying the mortgage?",
  "syn|What happens to my home loan if my house burns down?",
  "typ|what happens to my mortgage if my house burns down",
  "ent|What happens to my mortgage if I die?",
  "qual|What happens to my mortgage if my house burns down and I had no insurance?",
  "act|What happens to my mortgage if I sell my house?")
G("real-estate", "How much notice does a landlord have to give before entering my apartment in California?",
  "ord|In California, how far in advance must my landlord tell me before coming into my unit?",
  "wo|In California, how much notice does a landlord have to give before entering my apartment?",
  "pol|Hi, could you tell me how much notice a landlord has to give before entering my apartment in California?",
  "dir|How much notice does a tenant have to give before moving out of an apartment in California?",
  "act|How much notice does a landlord have to give before raising the rent in California?",
  "ent|How much notice does a landlord have to give before entering my apartment in Florida?")
G("real-estate", "Do I pay capital gains tax if I sell my home after living there 3 years?",
  "ord|I've lived in my house for three years - will I owe capital gains when I sell it?",
  "typ|capital gains tax selling home after 3 years?",
  "syn|Do I owe capital gains tax if I sell my home after living there 3 years?",
  "qty|Do I pay capital gains tax if I sell my home after living there 1 year?",
  "ent|Do I pay capital gains tax if I sell my rental property after owning it 3 years?",
  "op|Do I pay capital gains tax if I sell my home at a loss after living there 3 years?")
G("real-estate", "Can the seller back out after accepting my offer on a house?",
  "ord|The seller already said yes to my offer on the house - are they allowed to change their mind now?",
  "syn|Can the seller pull out after accepting my offer on a house?",
  "dir|Can the buyer back out after the seller accepts their offer on a house?",
  "ent|Can the landlord back out after accepting my rental application?",
  "shv|How long does the seller have to accept my offer on a house?")

# ---------------------------------------------------------------- real-estate (zh)
G("real-estate", "租房合同没到期，房东要卖房让我搬走，要赔我钱吗？",
  "ord|房子租约还没满，房东说要卖掉房子赶我走，他需不需要给我补偿？",
  "wo|房东要卖房让我搬走，租房合同还没到期，要赔我钱吗？",
  "typ|租房合同没到期 房东卖房让我搬走 要赔钱吗",
  "dir|租房合同没到期，我要提前搬走，要赔房东钱吗？",
  "neg|租房合同已经到期了，房东要卖房让我搬走，要赔我钱吗？",
  "qual|没签租房合同，房东要卖房让我搬走，要赔我钱吗？")
G("real-estate", "二手房交易，契税是买家交还是卖家交？",
  "ord|买卖二手房的时候，契税按规定该谁出？",
  "wo|二手房交易，契税是卖家交还是买家交？",
  "syn|二手房买卖，契税是买家交还是卖家交？",
  "ent|二手房交易，个税是买家交还是卖家交？",
  "ent|二手房交易，中介费是买家交还是卖家交？",
  "shv|二手房交易，契税要交多少？")
G("real-estate", "公积金贷款最多能贷多少年？",
  "ord|用公积金买房，贷款年限最长可以选几年？",
  "syn|公积金贷款最长能贷多少年？",
  "op|公积金贷款最少能贷多少年？",
  "shv|公积金贷款最多能贷多少钱？",
  "qual|公积金贷款买二手房最多能贷多少年？",
  "qual|50岁了公积金贷款最多能贷多少年？")
G("real-estate", "房东不退押金怎么办？",
  "ord|租约到期了房东扣着押金不还，我该怎么处理？",
  "typ|房东不退押金咋办",
  "pol|请问房东不退押金怎么办？",
  "dir|租客不交房租，房东能直接扣押金吗？",
  "neg|房东退了押金但少退了一部分怎么办？",
  "qual|合同没到期提前退租，房东不退押金怎么办？")
G("real-estate", "商品房和公寓的产权年限有什么区别？",
  "ord|住宅一般是70年产权，那公寓是多少年？两者差在哪？",
  "wo|公寓和商品房的产权年限有什么区别？",
  "shv|商品房和公寓的水电费有什么区别？",
  "shv|商品房和公寓的贷款首付有什么区别？",
  "ent|商品房和经济适用房的产权年限有什么区别？")
G("real-estate", "贷款买房，月供超过收入的一半银行还会批吗？",
  "ord|房贷每个月要还的钱比我工资的一半还多，银行还能通过吗？",
  "syn|贷款买房，月供超过收入的一半银行还会审批吗？",
  "op|贷款买房，月供不到收入的一半银行会批吗？",
  "qty|贷款买房，月供超过收入的三分之一银行还会批吗？",
  "qual|贷款买房，月供超过收入的一半，加上父母做共同还款人银行会批吗？")
# ---------------------------------------------------------------- gaming (en)
G("gaming", "Can I transfer my Fortnite skins from PlayStation to Xbox?",
  "ord|If I switch from PS5 to Xbox, will my Fortnite outfits carry over?",
  "typ|can i transfer fortnite skins from ps to xbox",
  "ent|Can I transfer my Fortnite V-Bucks from PlayStation to Nintendo Switch?",
  "ent|Can I transfer my Fortnite skins from PlayStation to a second Epic account?",
  "act|Can I refund my Fortnite skins on PlayStation?")
G("gaming", "How do I gift a game on Steam to a friend in another country?",
  "ord|Can I buy a Steam game for a buddy who lives abroad, and how?",
  "syn|How do I send a game on Steam to a friend in another country?",
  "typ|how to gift steam game to friend in another country",
  "ent|How do I gift a game on Epic Games to a friend in another country?",
  "dir|How do I accept a game a friend in another country gifted me on Steam?",
  "act|How do I refund a game I gifted on Steam to a friend in another country?")
G("gaming", "Does the PS5 Slim come with a disc drive?",
  "ord|Is there a disc slot on the PS5 Slim, or do I have to buy one separately?",
  "typ|does ps5 slim have a disc drive",
  "ent|Does the PS5 Pro come with a disc drive?",
  "qual|Does the PS5 Slim Digital Edition come with a disc drive?",
  "act|Can I attach a disc drive to the PS5 Slim Digital Edition later?")
G("gaming", "Can I play Minecraft Java with friends on Bedrock?",
  "ord|Is there crossplay between Minecraft Java Edition and Bedrock Edition?",
  "syn|Can I play Minecraft Java together with friends on Bedrock?",
  "ent|Can I play Minecraft Bedrock on Xbox with friends on PlayStation?",
  "act|Can I transfer my Minecraft Java world to Bedrock?",
  "shv|Can I get Minecraft Java for free if I already own Bedrock?")
G("gaming", "How many GB of RAM do I need to run Cyberpunk 2077 on PC?",
  "ord|What's the memory requirement for Cyberpunk 2077 on a gaming PC?",
  "typ|how much ram for cyberpunk 2077 pc",
  "ent|How many GB of VRAM do I need to run Cyberpunk 2077 on PC?",
  "qual|How many GB of RAM do I need to run Cyberpunk 2077 on PC with ray tracing on ultra?",
  "shv|How many GB of storage do I need to install Cyberpunk 2077 on PC?")
G("gaming", "Can I share my Xbox Game Pass with my family on another console?",
  "ord|Is there a way for my kids to use my Game Pass on their own Xbox?",
  "syn|Can I share my Xbox Game Pass with family members on another console?",
  "qual|Can I share my Xbox Game Pass with my family on the same console?",
  "ent|Can I share my PlayStation Plus with my family on another console?",
  "act|Can I pause my Xbox Game Pass subscription?")
G("gaming", "Why does my controller drift to the left in every game?",
  "ord|My gamepad keeps moving to the left on its own no matter what I play - what's causing that?",
  "typ|why does my controller drift left in every game",
  "syn|Why does my gamepad drift to the left in every game?",
  "qual|Why does my controller drift to the left in only one game?",
  "act|How do I fix my controller drifting to the left in every game?",
  "ent|Why does my mouse cursor drift to the left in every game?")
G("gaming", "How do I turn off crossplay in Call of Duty on PS5?",
  "ord|On my PS5, where's the setting in CoD to stop getting matched with PC players?",
  "typ|how to turn off crossplay cod ps5",
  "ent|How do I turn off crossplay in Call of Duty on Xbox?",
  "ent|How do I turn off crossplay in Apex Legends on PS5?",
  "qual|How do I turn off crossplay voice chat in Call of Duty on PS5?")
G("gaming", "Can I play Switch 1 games on the Switch 2?",
  "ord|Is the Nintendo Switch 2 backward compatible with my old Switch cartridges?",
  "typ|can i play switch 1 games on switch 2",
  "syn|Can I play original Switch games on the Switch 2?",
  "dir|Can I play Switch 2 games on the Switch 1?",
  "ent|Can I play Wii U games on the Switch 2?",
  "act|Can I transfer my Switch 1 save data to the Switch 2?")

# ---------------------------------------------------------------- gaming (zh)
G("gaming", "原神的648能退款吗？",
  "ord|在原神里充了648块，后悔了能申请退钱吗？",
  "typ|原神648能退款么",
  "qual|未成年用我的手机充了原神648能退款吗？",
  "act|原神的648充错账号了能转到另一个号吗？",
  "shv|原神的648首充双倍重置了还能再用吗？")
G("gaming", "游戏本玩3A大作，16G内存够不够？",
  "ord|打算用笔记本玩大型单机，内存16个G能撑得住吗？",
  "syn|游戏本玩3A大作，16GB内存够用吗？",
  "typ|游戏本玩3a大作16g内存够不够",
  "qty|游戏本玩3A大作，8G内存够不够？",
  "ent|游戏本玩3A大作，4060显卡够不够？",
  "qual|游戏本玩3A大作还同时开直播，16G内存够不够？")
G("gaming", "Steam上买的游戏可以转送给别人吗？",
  "ord|我在Steam库里已经有的游戏，能不能送给朋友？",
  "pol|请问Steam上买的游戏可以转送给别人吗？",
  "act|Steam上买的游戏可以退款吗？",
  "act|Steam上买的游戏可以家庭共享给别人玩吗？",
  "shv|Steam上怎么买游戏直接送给别人？")
G("gaming", "PS5手柄能连电脑玩游戏吗？",
  "ord|DualSense手柄接到PC上可以用来打游戏吗？",
  "syn|PS5手柄能接电脑玩游戏吗？",
  "typ|ps5手柄能连电脑玩吗",
  "dir|电脑手柄能连PS5玩游戏吗？",
  "ent|Switch Pro手柄能连电脑玩游戏吗？",
  "neg|PS5手柄连不上电脑怎么办？")
G("gaming", "英雄联盟排位连输会掉分更多吗？",
  "ord|LOL打排位一直输的话，每把扣的分会越来越多吗？",
  "typ|lol排位连输会掉更多分吗",
  "op|英雄联盟排位连赢会加分更多吗？",
  "ent|王者荣耀排位连输会掉星更多吗？",
  "shv|英雄联盟排位连输会被匹配到更菜的队友吗？")
G("gaming", "我的世界Java版怎么装模组？",
  "ord|Minecraft Java版想加mod，具体要怎么弄？",
  "syn|我的世界Java版如何安装模组？",
  "ent|我的世界基岩版怎么装模组？",
  "act|我的世界Java版怎么卸载模组？",
  "shv|我的世界Java版装了模组还能和别人联机吗？")

# ---------------------------------------------------------------- saas-support (en)
G("saas-support", "How do I downgrade from the Pro plan to the Free plan without losing my data?",
  "ord|I want to go back to the free tier - can I switch off Pro without my files getting deleted?",
  "typ|how to downgrade pro to free without losing data",
  "syn|How do I move from the Pro plan to the Free plan without losing my data?",
  "dir|How do I upgrade from the Free plan to the Pro plan without losing my data?",
  "act|How do I cancel the Pro plan without losing my data?",
  "qual|How do I downgrade from the Pro plan to the Free plan mid billing cycle and get a prorated refund?")
G("saas-support", "Can I change the email address on my account without losing my subscription?",
  "ord|If I update my login email, will my paid plan stay attached to the account?",
  "syn|Can I update the email address on my account without losing my subscription?",
  "ent|Can I change the username on my account without losing my subscription?",
  "act|Can I merge two accounts without losing my subscription?",
  "act|Can I move my subscription to a different account?")
G("saas-support", "Why was I charged twice this month for my subscription?",
  "ord|I see two identical payments for my plan on this month's statement - what happened?",
  "typ|why was i charged 2x this month",
  "pol|Hi, could you help me understand why I was charged twice this month for my subscription?",
  "neg|Why wasn't I charged this month for my subscription?",
  "qty|Why was I charged twice this year for my annual subscription?",
  "act|How do I get a refund for being charged twice this month?")
G("saas-support", "How do I export my data to CSV before my trial ends?",
  "ord|My trial is almost over - how can I download everything as a CSV file first?",
  "syn|How do I export my data as CSV before my trial ends?",
  "typ|how do i export data to csv before trial ends",
  "dir|How do I import my data from CSV before my trial ends?",
  "ent|How do I export my data to JSON before my trial ends?",
  "dir|How do I export my data to CSV after my trial has ended?")
G("saas-support", "Can I add more than 5 users on the Team plan?",
  "ord|The Team tier says 5 seats - is it possible to go past that?",
  "typ|can i add more than 5 users on team plan",
  "op|Can I have fewer than 5 users on the Team plan?",
  "qty|Can I add more than 50 users on the Team plan?",
  "ent|Can I add more than 5 users on the Starter plan?")
G("saas-support", "How do I turn off two-factor authentication if I lost my phone?",
  "ord|My phone with the authenticator app is gone - how do I get 2FA removed so I can log in?",
  "typ|how to turn off 2fa if i lost my phone",
  "syn|How do I disable two-factor authentication if I lost my phone?",
  "neg|How do I turn off two-factor authentication if I still have my phone?",
  "act|How do I move two-factor authentication to a new phone?",
  "qual|How do I turn off two-factor authentication for my whole team?")
G("saas-support", "Do you offer a discount for annual billing compared to monthly?",
  "ord|Is it cheaper if I pay for the whole year up front instead of month by month?",
  "syn|Do you give a discount for annual billing compared to monthly?",
  "ent|Do you offer a discount for nonprofits compared to regular pricing?",
  "shv|Can I switch from annual billing to monthly?",
  "qty|Do you offer a discount for two-year billing compared to annual?",
  "qual|Do you offer a discount for annual billing on the Enterprise plan?")
G("saas-support", "Why can't I invite external guests to a shared workspace?",
  "ord|When I try adding someone outside my company to our workspace it won't let me - why?",
  "typ|why cant i invite external guests to shared workspace",
  "ent|Why can't I invite internal team members to a shared workspace?",
  "act|How do I remove external guests from a shared workspace?",
  "shv|How many external guests can I invite to a shared workspace?")
G("saas-support", "If I cancel my subscription, do I keep access until the end of the billing period?",
  "ord|After cancelling, will my account stay active through the rest of the period I already paid for?",
  "wo|Do I keep access until the end of the billing period if I cancel my subscription?",
  "neg|If I don't cancel my subscription, will it renew automatically at the end of the billing period?",
  "act|If I pause my subscription, do I keep access until the end of the billing period?",
  "qual|If I cancel my subscription during the free trial, do I keep access until the end of the trial?")

# ---------------------------------------------------------------- saas-support (zh)
G("saas-support", "飞书会议免费版最多能多少人同时开会？",
  "ord|用飞书免费的版本开视频会，人数上限是多少？",
  "typ|飞书会议免费版最多几个人同时开会",
  "ent|腾讯会议免费版最多能多少人同时开会？",
  "shv|飞书会议免费版一次最长能开多久？",
  "qual|飞书会议企业版最多能多少人同时开会？")
G("saas-support", "钉钉打卡定位不准怎么办？",
  "ord|钉钉考勤打卡时位置老是偏，显示不在范围内，咋解决？",
  "syn|钉钉打卡定位不准确怎么办？",
  "pol|麻烦问一下，钉钉打卡定位不准怎么办？",
  "ent|企业微信打卡定位不准怎么办？",
  "act|钉钉打卡忘了怎么补卡？",
  "shv|钉钉不在公司范围内能打卡吗？")
G("saas-support", "百度网盘会员到期后超出的文件会被删除吗？",
  "ord|百度云的会员过期了，空间不够了，之前存的超额文件会不会没了？",
  "typ|百度网盘会员到期 超出的文件会被删吗",
  "ent|阿里云盘会员到期后超出的文件会被删除吗？",
  "act|百度网盘会员怎么取消自动续费？",
  "shv|百度网盘会员到期后空间会变成多大？")
G("saas-support", "WPS会员能在几台设备上同时登录？",
  "ord|买了WPS的会员，最多可以几个设备一起登着用？",
  "syn|WPS会员可以在几台设备上同时登录？",
  "ent|腾讯视频会员能在几台设备上同时登录？",
  "qual|WPS超级会员能在几台设备上同时登录？",
  "act|WPS会员开通后能退款吗？")
G("saas-support", "企业微信离职了，聊天记录会被公司看到吗？",
  "ord|从公司离开以后，我在企业微信上的聊天内容公司还能查看吗？",
  "typ|企业微信离职后聊天记录公司能看到吗",
  "dir|企业微信在职的时候，聊天记录会被公司看到吗？",
  "ent|个人微信离职了，聊天记录会被公司看到吗？",
  "shv|企业微信离职了，我的客户会被公司转给别人吗？")
G("saas-support", "Notion怎么把一个页面从A工作区移动到B工作区？",
  "ord|Notion里有个页面想挪到另一个workspace，该怎么操作？",
  "syn|Notion如何把一个页面从A工作区移动到B工作区？",
  "typ|notion怎么把页面从A工作区移到B工作区",
  "act|Notion怎么把一个页面从A工作区复制一份到B工作区？",
  "shv|Notion怎么把A工作区的成员移动到B工作区？",
  "act|Notion怎么把一个页面从A工作区分享给B工作区的人？")
# ---------------------------------------------------------------- more operator / negation / quantity near-misses
G("programming", "What does `x >> 1` do in JavaScript?",
  "ord|In JS, what's the effect of shifting x right by one bit with `>>`?",
  "typ|what does x >> 1 do in js",
  "op|What does `x << 1` do in JavaScript?",
  "op|What does `x >>> 1` do in JavaScript?",
  "qty|What does `x >> 2` do in JavaScript?")
G("programming", "In Python, what's the result of `-7 // 2`?",
  "ord|What does floor division of negative seven by two give in Python?",
  "typ|python -7//2 result?",
  "op|In Python, what's the result of `-7 / 2`?",
  "op|In Python, what's the result of `-7 % 2`?",
  "op|In Python, what's the result of `7 // 2`?",
  "ent|In C, what's the result of `-7 / 2`?")
G("programming", "How do I check if a number is between 1 and 10 inclusive in Python?",
  "ord|Python: what's the cleanest way to test that 1 <= n <= 10?",
  "syn|How do I test if a number is between 1 and 10 inclusive in Python?",
  "op|How do I check if a number is between 1 and 10 exclusive in Python?",
  "neg|How do I check if a number is not between 1 and 10 in Python?",
  "ent|How do I check if a number is between 1 and 10 inclusive in Bash?")
G("school", "Solve |x - 3| < 5",
  "ord|Which values of x satisfy the absolute value inequality |x - 3| < 5?",
  "typ|solve abs(x-3)<5",
  "op|Solve |x - 3| > 5",
  "op|Solve |x + 3| < 5",
  "op|Solve |x - 3| <= 5",
  "qty|Solve |x - 3| < 7")
G("school", "不等式 2x - 3 ≥ 7 的解集是什么？",
  "ord|解一下 2x-3 大于等于 7，x 的取值范围是多少？",
  "typ|2x-3≥7 解集是啥",
  "op|不等式 2x - 3 ≤ 7 的解集是什么？",
  "op|不等式 2x + 3 ≥ 7 的解集是什么？",
  "op|不等式 2x - 3 > 7 的解集是什么？")
G("programming", "Python里 `a is not None` 和 `a != None` 有什么区别？",
  "ord|Python判断变量不是None，用is not和用!=有啥差别，哪个更好？",
  "wo|Python里 `a != None` 和 `a is not None` 有什么区别？",
  "typ|python a is not None和a != None区别",
  "ent|Python里 `a is not None` 和 `if a` 有什么区别？",
  "ent|JS里 `a !== null` 和 `a != null` 有什么区别？",
  "shv|Python里 `a is not None` 和 `not a is None` 有什么区别？")
G("banking", "转账金额大于5万需要人脸识别吗？",
  "ord|一笔转超过五万块，银行会不会要求刷脸验证？",
  "syn|转账金额超过5万需要人脸识别吗？",
  "op|转账金额小于5万需要人脸识别吗？",
  "qty|转账金额大于50万需要人脸识别吗？",
  "dir|收到的转账金额大于5万需要人脸识别吗？")
G("shopping", "Do you offer free shipping on orders over $50?",
  "ord|If I spend more than fifty dollars, is delivery free?",
  "typ|free shipping on orders over $50?",
  "op|Do you offer free shipping on orders under $50?",
  "qty|Do you offer free shipping on orders over $35?",
  "qual|Do you offer free shipping on orders over $50 to Alaska?",
  "neg|Why didn't I get free shipping on my order over $50?")
G("health", "血压高压140算高血压吗？",
  "ord|量出来收缩压是140，这算不算得了高血压？",
  "syn|血压收缩压140算高血压吗？",
  "qty|血压高压130算高血压吗？",
  "ent|血压低压90算高血压吗？",
  "op|血压高压低于90算低血压吗？")
G("hr", "工作日加班费按几倍工资算？",
  "ord|平时下班后加的班，加班工资是正常工资的多少倍？",
  "typ|工作日加班费按几倍算",
  "qual|周末加班费按几倍工资算？",
  "qual|法定节假日加班费按几倍工资算？",
  "op|工作日加班少于1小时有加班费吗？")
G("cars", "Can I drive with a blood alcohol level of 0.05 in California?",
  "ord|Is 0.05 BAC legal for driving in California?",
  "typ|can i drive with 0.05 bac in california",
  "qty|Can I drive with a blood alcohol level of 0.09 in California?",
  "qual|Can I drive with a blood alcohol level of 0.05 in California if I'm under 21?",
  "ent|Can I drive with a blood alcohol level of 0.05 in Utah?")
G("telecom", "Will my data slow down after I use more than 50GB?",
  "ord|Do you throttle my speeds once I pass 50 gigs in a month?",
  "typ|will my data slow down after 50gb",
  "op|Will my data slow down if I use less than 50GB?",
  "qty|Will my data slow down after I use more than 100GB?",
  "qual|Will my hotspot data slow down after I use more than 50GB?")
G("shopping", "Can I return an item without the original packaging?",
  "ord|If I threw away the box, can I still send the product back?",
  "ord|Do I need the original packaging to return an item?",
  "qual|Can I return an electronics item without the original packaging?",
  "act|Can I exchange an item without the original packaging?",
  "ent|Can I return an item without the original receipt?")
G("government", "没有工作单位可以自己交社保吗？",
  "ord|我是自由职业，没单位帮忙缴，能以个人身份交社保吗？",
  "syn|没有工作单位能自己交社保吗？",
  "neg|有工作单位可以自己交社保吗？",
  "ent|没有工作单位可以自己交公积金吗？",
  "qual|外地户口没有工作单位可以在本地自己交社保吗？")
G("telecom", "手机没有信号但是能上网是怎么回事？",
  "ord|手机信号一格都没有，可是还能上网，为什么会这样？",
  "typ|手机没信号但能上网咋回事",
  "neg|手机有信号但是不能上网是怎么回事？",
  "shv|手机没有信号但是能上网，怎么打电话？",
  "qual|双卡手机副卡没有信号但是主卡能上网是怎么回事？")
G("university", "Can I take a class pass/fail if it's not for my major?",
  "ord|For an elective outside my major, am I allowed to choose the pass/no pass option?",
  "syn|Can I take a course pass/fail if it's not for my major?",
  "neg|Can I take a class pass/fail if it's for my major?",
  "act|Can I change a class from pass/fail back to a letter grade if it's not for my major?",
  "qual|Can I take a class pass/fail if it's not for my major after the add/drop deadline?")
G("cars", "Do I need a smog check to renew my registration if my car is less than 8 years old in California?",
  "ord|My car is under eight years old - does California still make me get it smog tested for the registration renewal?",
  "typ|need smog check to renew registration if car under 8 yrs old california?",
  "op|Do I need a smog check to renew my registration if my car is more than 8 years old in California?",
  "ent|Do I need a smog check to renew my registration if my car is electric in California?",
  "act|Do I need a smog check to sell my car if it's less than 8 years old in California?")
G("gaming", "不联网能玩塞尔达王国之泪吗？",
  "ord|塞尔达王国之泪是不是必须联网才能玩？",
  "typ|不联网能玩塞尔达王国之泪么",
  "ent|不联网能玩原神吗？",
  "ent|不联网能玩马力欧赛车8吗？",
  "act|不联网能下载塞尔达王国之泪的更新吗？")
G("travel", "How much does it cost to check a second bag on Delta domestic flights?",
  "ord|What's Delta's fee for a 2nd checked suitcase on flights within the US?",
  "typ|delta 2nd checked bag fee domestic",
  "qty|How much does it cost to check a third bag on Delta domestic flights?",
  "qual|How much does it cost to check a second bag on Delta flights to Europe?",
  "qual|How much does it cost to check a second bag over 50 lbs on Delta domestic flights?")
G("banking", "What's the daily ATM withdrawal limit on a Chase debit card?",
  "ord|How much cash can I pull from an ATM per day with my Chase debit card?",
  "syn|What's the daily ATM cash limit on a Chase debit card?",
  "ent|What's the daily purchase limit on a Chase debit card?",
  "qty|What's the monthly ATM withdrawal limit on a Chase debit card?",
  "act|How do I raise the daily ATM withdrawal limit on a Chase debit card?")
G("cooking", "烤箱预热180度要多少分钟？",
  "ord|烤箱设180度预热，一般等几分钟就够了？",
  "typ|烤箱预热180度要几分钟",
  "qty|烤箱预热220度要多少分钟？",
  "ent|空气炸锅预热180度要多少分钟？",
  "act|烤箱180度烤戚风蛋糕要多少分钟？")
G("shopping", "京东PLUS会员一年多少钱？",
  "ord|开通京东的PLUS会员，年费要多少？",
  "syn|京东PLUS会员一年要多少钱？",
  "qty|京东PLUS会员一个月多少钱？",
  "ent|淘宝88VIP一年多少钱？",
  "act|京东PLUS会员开了能退吗？")
G("health", "How many mg of caffeine is safe per day during pregnancy?",
  "ord|When I'm expecting, what's the daily caffeine limit in milligrams?",
  "typ|how much caffeine is safe per day pregnant",
  "syn|How many milligrams of caffeine are safe per day during pregnancy?",
  "qual|How many mg of caffeine is safe per day for a healthy adult?",
  "ent|How many mg of vitamin A is safe per day during pregnancy?",
  "qual|How many mg of caffeine is safe per day while breastfeeding?")


def norm(text):
    """Lowercased, with punctuation, symbols and spaces removed (operator symbols go too)."""
    return re.sub(r"[\W_]+", "", text.lower())


def rows():
    out = []
    seen_norm_anchors = set()
    seen_pairs = set()
    seen_anchors = set()
    for n, (domain, a, variants) in enumerate(GROUPS, 1):
        group = f"x15-{n:03d}"
        assert domain in DOMAINS, (group, domain)
        assert a == a.strip() and a not in seen_anchors, (group, a)
        seen_anchors.add(a)
        assert norm(a) not in seen_norm_anchors, (group, a)
        seen_norm_anchors.add(norm(a))
        lang = "zh" if CJK.search(a) else "en"
        assert 4 <= len(variants) <= 6, (group, len(variants))
        labels = set()
        for v in variants:
            code, _, b = v.partition("|")
            if code in TRUE_CODES:
                cls, label = TRUE_CODES[code], True
            elif code in FALSE_CODES:
                cls, label = FALSE_CODES[code], False
            else:
                raise AssertionError((group, code))
            assert b and b == b.strip(), (group, b)
            assert b != a, (group, b)
            # only a typo-case variant or an operator near-miss may match its anchor once symbols are removed
            assert norm(b) != norm(a) or code in ("typ", "op"), (group, b)
            assert bool(CJK.search(b)) == (lang == "zh"), (group, b)
            key = frozenset((a, b))
            assert key not in seen_pairs, (group, b)
            seen_pairs.add(key)
            labels.add(label)
            out.append({"a": a, "b": b, "label": label, "lang": lang, "class": cls, "domain": domain,
                        "group": group})
        assert labels == {True, False}, group
    return out


def main():
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = os.path.join(here, "extra-15.jsonl")
    data = rows()
    with open(path, "w", encoding="utf-8") as f:
        for row in data:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{path}: {len(data)} pairs, {len(GROUPS)} groups", file=sys.stderr)


if __name__ == "__main__":
    main()
