#!/usr/bin/env python3
"""Writes Benchmarks/data/cache-pairs/extra-16.jsonl from the literal data below.

    python3 Benchmarks/data/cache-pairs/tools/extra_16_data.py

Each group is one anchor question `a` and 4-6 variants `b`. A variant is written as "code|text"; the code names
its class, and the class fixes the label: label true means one complete, correct answer to `a` is fully correct
for `b` as well. Group ids run x16-001 ... in the order written. The split of each group is decided from the group
id alone (the same rule as split.py: even first byte of SHA-256 of the id is dev, odd is test), so it is fixed
before any pair is written and never depends on text or label. The output is deterministic.
"""
import hashlib
import json
import os
import re
import sys

TRUE_CODES = {
    "ord": "ordinary",      # Quora-style paraphrase: other words, the same need
    "wo": "reorder",        # the same content reordered, roles kept
    "syn": "synonym",       # a word swapped for a synonym or inflection (buy/purchase, 退/退回)
    "pol": "politeness",    # hi / could you tell me / please / thanks / 请问 / 麻烦问一下 / 谢谢
    "typ": "typo-case",     # lowercase, typos, missing punctuation, chat abbreviations
    "voc": "voice",         # passive <-> active (被/把 in Chinese), roles kept
    "ctr": "contraction",   # don't / do not, it's / it is, what's / what is
    "zhv": "zh-variant",    # Chinese function-word variants: 怎么/如何, 多少钱/什么价格, 能不能/可以吗, 多久/几天
}
FALSE_CODES = {
    "dir": "direction",          # roles or direction swapped: to/from, before/after, 从A到B / 从B到A, who owes whom
    "op": "operator",            # sign, comparison or number: +/-, </>, 3/30 days, 以上/以下, at least/at most, 第一/第二
    "qual": "qualifier",         # a restricting qualifier added or dropped: for students, 海外, 周末, 退休后
    "act": "action",             # another action on the same object: cancel/track/change, 开通/注销, 冻结/解冻
    "tns": "tense",              # tense, aspect or state: did it ship / when will it ship, 已经/还没, 办过/要办
    "neg": "negation",           # negation or exception: with/without, 含/不含, except/including
    "ent": "entity",             # a close entity substituted: Visa/Mastercard, Python 2/3, 北京/南京, 医保/社保
    "shv": "shared-vocabulary",  # the same words, another question
    "qty": "quantity",           # quantity, unit or rate: per month/per year, kg/lb, 每天/每周
}
DOMAINS = {
    "shopping", "banking", "health", "programming", "school", "travel",
    "insurance", "telecom", "hr", "cooking", "law", "real-estate",
}
CJK = re.compile(r"[\u4e00-\u9fff]")

GROUPS = []


def G(domain, a, *variants):
    GROUPS.append((domain, a, variants))


# ---------------------------------------------------------------- shopping (en)
G("shopping", "How do I cancel my standing desk order that hasn't shipped yet?",
  "ctr|How do I cancel my standing desk order that has not shipped yet?",
  "pol|Hi, could you tell me how to cancel my standing desk order that hasn't shipped yet?",
  "tns|How do I cancel my standing desk order that has already shipped?",
  "act|How do I change the delivery address on my standing desk order that hasn't shipped yet?",
  "qual|How do I cancel my standing desk order from a marketplace seller that hasn't shipped yet?")
G("shopping", "Has my order 48213 shipped yet?",
  "voc|Have you shipped my order 48213 yet?",
  "typ|has my order 48213 shiped yet",
  "tns|When will my order 48213 ship?",
  "tns|Has my order 48213 been delivered yet?",
  "ent|Has my order 48312 shipped yet?")
G("shopping", "Can I return a swimsuit if the hygiene liner has been removed?",
  "ctr|Can I return a swimsuit if the hygiene liner's been removed?",
  "syn|Can I send back a swimsuit if the hygiene liner has been taken off?",
  "wo|If the hygiene liner has been removed, can I return a swimsuit?",
  "neg|Can I return a swimsuit if the hygiene liner has not been removed?",
  "ent|Can I return a pair of earrings if the hygiene seal has been removed?")
G("shopping", "Does free shipping apply to orders over $35 before tax or after tax?",
  "wo|Does free shipping apply to orders over $35 after tax or before tax?",
  "typ|does free shipping apply to orders over 35 dollars before or after tax",
  "op|Does free shipping apply to orders over $25 before tax or after tax?",
  "ent|Does free shipping apply to orders over $35 before coupons or after coupons?",
  "qual|Does free shipping to Alaska apply to orders over $35 before tax or after tax?")
G("shopping", "How much does it cost to ship a 5 lb package to Canada?",
  "syn|What does it cost to send a 5 lb parcel to Canada?",
  "typ|how much to ship a 5lb package to canada",
  "qty|How much does it cost to ship a 5 kg package to Canada?",
  "dir|How much does it cost to ship a 5 lb package from Canada?",
  "ent|How much does it cost to ship a 5 lb package to Mexico?")
G("shopping", "Why was my credit card declined at checkout?",
  "voc|Why did your checkout decline my credit card?",
  "pol|Can you please tell me why my credit card was declined at checkout?",
  "ent|Why was my PayPal payment declined at checkout?",
  "neg|Why wasn't my credit card charged at checkout?",
  "shv|Was my credit card charged even though it was declined at checkout?")
G("shopping", "Can I buy a gift card with another gift card?",
  "syn|Can I purchase a gift card using another gift card?",
  "ord|Is it possible to pay for a new gift card with the balance on an old one?",
  "ent|Can I buy a gift card with a Visa credit card?",
  "act|Can I merge a gift card into another gift card?",
  "qual|Can I buy a physical gift card with another gift card?")
G("shopping", "What's the return window for items bought during Black Friday?",
  "ctr|What is the return window for items bought during Black Friday?",
  "ord|How long do I have to take back stuff I got in the Black Friday sale?",
  "ent|What's the return window for items bought during Prime Day?",
  "act|What's the price-match window for items bought during Black Friday?",
  "qual|What's the return window for opened electronics bought during Black Friday?")
G("shopping", "If I order before 2 pm, will it arrive the same day?",
  "wo|Will it arrive the same day if I order before 2 pm?",
  "typ|if i order b4 2pm will it arrive same day",
  "dir|If I order after 2 pm, will it arrive the same day?",
  "op|If I order before 12 pm, will it arrive the same day?",
  "qual|If I order before 2 pm on a Sunday, will it arrive the same day?")
G("shopping", "Do you ship to P.O. boxes?",
  "syn|Do you deliver to PO boxes?",
  "pol|Hello, I'd like to know whether you ship to P.O. boxes, thanks.",
  "ent|Do you ship to APO addresses?",
  "qual|Do you ship large furniture to P.O. boxes?",
  "neg|Why don't you ship to P.O. boxes?")
G("shopping", "I don't want the item anymore, can I refuse the delivery?",
  "ctr|I do not want the item anymore, can I refuse the delivery?",
  "ord|I changed my mind about what I ordered. Is it okay to reject the package when the courier brings it?",
  "act|I don't want the item anymore, can I cancel the delivery before it's sent out?",
  "act|I don't want the item anymore, can I sell it back to you?",
  "neg|I still want the item, can I refuse the delivery because the box is damaged?")

# ---------------------------------------------------------------- shopping (zh)
G("shopping", "还没发货的订单怎么取消？",
  "zhv|还没发货的订单如何取消？",
  "wo|怎么取消还没发货的订单？",
  "tns|已经发货的订单怎么取消？",
  "act|还没发货的订单怎么修改收货地址？",
  "qual|还没发货的预售订单怎么取消？")
G("shopping", "淘宝买的东西七天无理由退货，运费谁出？",
  "syn|淘宝买的东西七天无理由退货，运费由谁承担？",
  "pol|请问淘宝买的东西七天无理由退货的话，运费是谁出？",
  "ent|拼多多买的东西七天无理由退货，运费谁出？",
  "shv|淘宝买的东西七天无理由退货，运费一般多少钱？",
  "qual|淘宝买的东西七天无理由退货，买了运费险的话运费谁出？",
  "qual|淘宝买的东西因为质量问题退货，运费谁出？")
G("shopping", "京东自营的手机可以开增值税专用发票吗？",
  "zhv|京东自营的手机能不能开增值税专用发票？",
  "syn|京东自营的手机能开增值税专票吗？",
  "ent|京东自营的手机可以开普通发票吗？",
  "qual|京东第三方店铺的手机可以开增值税专用发票吗？",
  "shv|京东自营的手机开了增值税专用发票还能退货吗？")
G("shopping", "京东快递显示已签收但是我没收到怎么办？",
  "zhv|京东快递显示已签收但是我没收到，该怎么处理？",
  "voc|京东快递显示被人签收了但是我没收到怎么办？",
  "tns|京东快递显示还没签收但是已经过了五天怎么办？",
  "ent|外卖显示已送达但是我没收到怎么办？",
  "neg|京东快递显示已签收，我也收到了，但是东西坏了怎么办？")
G("shopping", "买的衣服降价了，可以申请价保吗？",
  "zhv|买的衣服降价了，能不能申请价保？",
  "ord|刚买的衣服现在便宜了，能找商家退差价吗？",
  "op|买的衣服涨价了，可以申请价保吗？",
  "tns|买的衣服降价了，已经确认收货了还可以申请价保吗？",
  "act|买的衣服降价了，可以直接退货重新买吗？")
G("shopping", "拼多多的仅退款是怎么操作的？",
  "zhv|拼多多的仅退款如何操作？",
  "typ|拼多多仅退款咋操作",
  "act|拼多多的退货退款是怎么操作的？",
  "ent|淘宝的仅退款是怎么操作的？",
  "shv|拼多多的仅退款被商家拒绝了怎么办？")
G("shopping", "满300减50的券可以和店铺优惠券一起用吗？",
  "syn|满300减50的券能和店铺优惠券叠加使用吗？",
  "wo|店铺优惠券可以和满300减50的券一起用吗？",
  "ent|满300减50的券可以和红包一起用吗？",
  "qual|满300减50的跨店券可以和店铺优惠券一起用吗？",
  "shv|满300减50的券领了以后多久会过期？")
G("shopping", "海外直邮的商品要交关税吗？",
  "zhv|海外直邮的商品是否需要交关税？",
  "pol|麻烦问一下，海外直邮的商品要不要交关税？",
  "ent|保税仓发货的商品要交关税吗？",
  "qual|海外直邮的商品单笔超过5000元要交关税吗？",
  "shv|海外直邮的商品一般多久能到？")
G("shopping", "下单时填错了地址，发货后还能改吗？",
  "zhv|下单时填错了地址，发货以后还可以修改吗？",
  "ord|地址写错了，可包裹已经寄出来了，还有办法改吗？",
  "dir|下单时填错了地址，发货前还能改吗？",
  "act|下单时填错了地址，发货后还能取消订单吗？",
  "ent|下单时填错了手机号，发货后还能改吗？")
G("shopping", "退款一般几天能到账？",
  "zhv|退款一般多久能到账？",
  "syn|退的钱一般几天能到账？",
  "qual|退款退到信用卡一般几天能到账？",
  "ent|退运费一般几天能到账？")

# ---------------------------------------------------------------- banking (en)
G("banking", "What fee does Chase charge for an outgoing international wire?",
  "syn|How much does Chase charge for an outgoing international wire transfer?",
  "typ|chase fee for outgoing intl wire?",
  "dir|What fee does Chase charge for an incoming international wire?",
  "ent|What fee does Wells Fargo charge for an outgoing international wire?",
  "qual|What fee does Chase charge for an outgoing international wire sent in foreign currency?")
G("banking", "If I send my friend $50 on Zelle by mistake, can I get it back?",
  "ctr|If I've sent my friend $50 on Zelle by mistake, can I get it back?",
  "ord|I accidentally Zelled fifty bucks to a buddy. Is there any way to reverse it?",
  "dir|If my friend sends me $50 on Zelle by mistake, do I have to give it back?",
  "ent|If I send my friend $50 on Venmo by mistake, can I get it back?")
G("banking", "Does a hard inquiry lower my credit score?",
  "typ|does a hard inquery lower my credit score",
  "voc|Is my credit score lowered by a hard inquiry?",
  "ent|Does a soft inquiry lower my credit score?",
  "shv|How long does a hard inquiry stay on my credit report?",
  "tns|Will a hard inquiry from two years ago still lower my credit score?")
G("banking", "Can I deposit a check that's made out to my spouse into my account?",
  "ctr|Can I deposit a check that is made out to my spouse into my account?",
  "pol|Quick question please: can I deposit a check made out to my spouse into my account?",
  "qual|Can I deposit a check that's made out to my spouse into our joint account?",
  "act|Can I cash a check that's made out to my spouse?",
  "ent|Can I deposit a check that's made out to my business into my personal account?")
G("banking", "What's the daily ATM withdrawal limit on a Bank of America debit card?",
  "ctr|What is the daily ATM withdrawal limit on a Bank of America debit card?",
  "ord|What's the most cash I can pull out of an ATM in one day with my Bank of America debit card?",
  "qty|What's the monthly ATM withdrawal limit on a Bank of America debit card?",
  "act|What's the daily debit purchase limit on a Bank of America debit card?",
  "act|How do I raise the daily ATM withdrawal limit on a Bank of America debit card?")
G("banking", "How do I convert US dollars to euros before my trip?",
  "syn|How do I exchange US dollars for euros before my trip?",
  "pol|Could you tell me how to convert US dollars to euros before my trip?",
  "dir|How do I convert euros back to US dollars after my trip?",
  "qual|How do I convert US dollars to euros before my trip without paying any fee?",
  "shv|Is it cheaper to convert US dollars to euros before my trip or after I land?")
G("banking", "How do I freeze my debit card in the app?",
  "typ|how do i freez my debit card in the app",
  "syn|How do I lock my debit card in the app?",
  "act|How do I unfreeze my debit card in the app?",
  "act|How do I order a replacement debit card in the app?",
  "neg|How do I freeze my debit card without the app?")
G("banking", "Do I get charged a late fee if I pay my credit card one day after the due date?",
  "voc|Will a late fee be charged if I pay my credit card one day after the due date?",
  "typ|do i get a late fee if i pay my cc 1 day after the due date",
  "op|Do I get charged a late fee if I pay my credit card 30 days after the due date?",
  "dir|Do I get charged a late fee if I pay my credit card one day before the due date?",
  "shv|Does paying my credit card one day after the due date hurt my credit score?")
G("banking", "Can I open a checking account without a Social Security number?",
  "ord|Is it possible to get a checking account if I don't have an SSN?",
  "pol|Hi there, can I open a checking account without a Social Security number?",
  "qual|Can I open a checking account online without a Social Security number?",
  "ent|Can I open a credit card account without a Social Security number?",
  "shv|What documents besides a Social Security number do I need to open a checking account?")
G("banking", "What happens if I don't use my credit card for a year?",
  "ctr|What happens if I do not use my credit card for a year?",
  "syn|What happens if I don't use my credit card for 12 months?",
  "qty|What happens if I don't use my credit card for a week?",
  "act|What happens if I cancel my credit card after a year?")
G("banking", "How do I add my daughter as an authorized user on my card?",
  "wo|On my card, how do I add my daughter as an authorized user?",
  "pol|Please help: how can I add my daughter as an authorized user on my card?",
  "act|How do I remove my daughter as an authorized user on my card?",
  "dir|How do I get added as an authorized user on my mom's card?",
  "qual|How do I add my 10-year-old daughter as an authorized user on my card?")

# ---------------------------------------------------------------- banking (zh)
G("banking", "用人民币换美元，银行是按买入价还是卖出价算？",
  "wo|用人民币换美元，银行是按卖出价还是买入价算？",
  "syn|用人民币换美元的话，银行是按照买入价还是卖出价来计算？",
  "ord|我拿人民币去银行买美元，用的是哪个牌价？",
  "dir|用美元换人民币，银行是按买入价还是卖出价算？",
  "shv|用人民币换美元，银行的买入价和卖出价一般差多少？")
G("banking", "我给朋友转账转错了，钱能追回来吗？",
  "zhv|我给朋友转账转错了，钱可以追回来吗？",
  "pol|请问一下，我给朋友转账转错了，钱还能追回来吗？",
  "dir|朋友给我转账转错了，钱要退回去吗？",
  "ent|我给陌生人转账转错了，钱能追回来吗？",
  "qual|我用微信给朋友转账转错了，对方还没收款，钱能追回来吗？")
G("banking", "工资卡突然被冻结了怎么解冻？",
  "voc|银行突然把我的工资卡冻结了，怎么解冻？",
  "zhv|工资卡突然被冻结了如何解冻？",
  "act|工资卡怎么主动冻结？",
  "qual|工资卡突然被司法冻结了怎么解冻？",
  "tns|工资卡已经解冻了为什么还是不能转账？")
G("banking", "招行信用卡这个月只还最低还款会影响征信吗？",
  "zhv|招行信用卡这个月还最低还款额会不会影响征信？",
  "pol|麻烦问下，招行信用卡这个月只还最低还款会影响征信吗？",
  "neg|招行信用卡这个月连最低还款都没还会影响征信吗？",
  "shv|招行信用卡这个月只还最低还款，利息怎么算？",
  "ent|花呗这个月只还最低还款会影响征信吗？")
G("banking", "在ATM机上跨行取款手续费是多少？",
  "zhv|在ATM机上跨行取款手续费多少钱？",
  "wo|跨行在ATM机上取款，手续费是多少？",
  "qual|在ATM机上异地跨行取款手续费是多少？",
  "act|在ATM机上跨行存款手续费是多少？",
  "ent|在ATM机上本行取款手续费是多少？")
G("banking", "三年期定期存款提前取出来利息怎么算？",
  "syn|三年期定期存款提前支取利息怎么算？",
  "zhv|三年期定期存款提前取出来利息如何计算？",
  "tns|三年期定期存款到期了一直没取，利息怎么算？",
  "ent|三年期大额存单提前取出来利息怎么算？",
  "qual|三年期定期存款只提前取出来一部分，利息怎么算？")
G("banking", "开通手机银行需要去柜台吗？",
  "zhv|开通手机银行要不要去柜台办理？",
  "ord|想用手机银行，是不是得本人跑一趟网点才能开？",
  "act|注销手机银行需要去柜台吗？",
  "ent|开通网上银行U盾需要去柜台吗？",
  "qual|开通手机银行的大额转账功能需要去柜台吗？")
G("banking", "信用卡额度5万，取现最多能取多少？",
  "wo|信用卡取现最多能取多少？我的额度是5万。",
  "typ|信用卡额度5w 取现最多能取多少",
  "op|信用卡额度5万，取现最少要取多少？",
  "qty|信用卡额度5万，每天在ATM上取现最多能取多少？",
  "act|信用卡额度5万，账单分期最多能分多少？")
G("banking", "单位给办的工资卡可以换成别的银行的吗？",
  "zhv|单位给办的工资卡能不能换成别的银行的？",
  "ord|公司发工资用的那张卡，我能自己改成其他银行的卡吗？",
  "act|单位给办的工资卡可以注销吗？",
  "shv|单位给办的工资卡可以用来办别的银行的信用卡吗？",
  "ent|单位给办的社保卡可以换成别的银行的吗？")
G("banking", "境外汇款到国内每年有额度限制吗？",
  "zhv|境外汇款到国内每年是否有额度限制？",
  "syn|从国外往国内汇钱每年有额度限制吗？",
  "dir|从国内汇款到境外每年有额度限制吗？",
  "shv|境外汇款到国内手续费是多少？",
  "tns|境外汇款到国内，已经超过额度了怎么办？")

# ---------------------------------------------------------------- health (en)
G("health", "Can I take ibuprofen and acetaminophen at the same time for a bad toothache?",
  "wo|Can I take acetaminophen and ibuprofen at the same time for a bad toothache?",
  "syn|Can I take Advil and Tylenol together for a bad toothache?",
  "ent|Can I take ibuprofen and aspirin at the same time for a bad toothache?",
  "qual|Can I take ibuprofen and acetaminophen at the same time for a bad toothache while pregnant?",
  "qty|Can I take ibuprofen and acetaminophen every 2 hours for a bad toothache?")
G("health", "How many hours before a blood test should I stop eating?",
  "typ|how many hrs before a blood test should i stop eating",
  "pol|Can you tell me how many hours before a blood test I should stop eating?",
  "dir|How many hours after a blood test can I eat?",
  "ent|How many hours before a colonoscopy should I stop eating?")
G("health", "Is a blood pressure of 135/85 too high?",
  "wo|135/85 blood pressure: is that too high?",
  "typ|is bp 135/85 too high",
  "op|Is a blood pressure of 115/75 too high?",
  "qual|Is a blood pressure of 135/85 too high for a woman who is 30 weeks pregnant?",
  "ent|Is a resting heart rate of 135 too high?")
G("health", "What should I do if my child has a fever of 39°C?",
  "pol|Please, what should I do if my child has a fever of 39°C?",
  "syn|What should I do if my kid has a temperature of 39°C?",
  "op|What should I do if my child has a fever of 37.5°C?",
  "qual|What should I do if my 6-week-old baby has a fever of 39°C?",
  "qual|What should I do if my child has had a fever of 39°C for four days?")
G("health", "Does Medicare cover dental cleanings?",
  "syn|Does Medicare pay for dental cleanings?",
  "typ|does medicare cover dental cleanings??",
  "ent|Does Medicaid cover dental cleanings?",
  "qual|Does a Medicare Advantage plan cover dental cleanings?",
  "ent|Does Medicare cover dental implants?")
G("health", "How long after drinking alcohol can I take metronidazole?",
  "syn|How long after having a drink can I take metronidazole?",
  "ctr|How long after I've had alcohol can I take metronidazole?",
  "dir|How long after taking metronidazole can I drink alcohol?",
  "ent|How long after drinking alcohol can I take amoxicillin?",
  "shv|Why can't I drink alcohol while I'm on metronidazole?")
G("health", "Is it safe to take melatonin every night?",
  "syn|Is it okay to take melatonin nightly?",
  "pol|Hey doc, is it safe to take melatonin every night? Thanks.",
  "qty|Is it safe to take melatonin once a week?",
  "qual|Is it safe to give my 5-year-old melatonin every night?",
  "ent|Is it safe to take Benadryl every night to sleep?")
G("health", "Can I donate blood if I got a tattoo last month?",
  "ctr|Can I donate blood if I've gotten a tattoo in the last month?",
  "voc|Will my blood donation be accepted if I got a tattoo last month?",
  "tns|Can I donate blood now if I'm getting a tattoo next month?",
  "qty|Can I donate blood if I got a tattoo last year?",
  "qual|Can I donate blood in the UK if I got a tattoo last month?")
G("health", "What's the difference between type 1 and type 2 diabetes?",
  "wo|What's the difference between type 2 and type 1 diabetes?",
  "ctr|What is the difference between type 1 and type 2 diabetes?",
  "ent|What's the difference between type 1 and gestational diabetes?",
  "shv|Can type 2 diabetes turn into type 1 diabetes?")
G("health", "I got bitten by a neighbor's dog; do I need a rabies shot?",
  "voc|A neighbor's dog bit me; do I need a rabies shot?",
  "typ|got bit by neighbors dog do i need rabies shot",
  "dir|My dog bit the neighbor; does my neighbor need a rabies shot?",
  "neg|I got scratched but not bitten by a neighbor's dog; do I need a rabies shot?",
  "ent|I got bitten by a bat; do I need a rabies shot?")
G("health", "How much vitamin D should a healthy adult take per day in winter?",
  "ord|What's the recommended daily dose of vitamin D for healthy grown-ups in the winter months?",
  "ctr|How much vitamin D's a healthy adult supposed to take per day in winter?",
  "qty|How much vitamin D should a healthy adult take per week in winter?",
  "ent|How much vitamin C should a healthy adult take per day in winter?",
  "qual|How much vitamin D should a breastfed baby take per day in winter?")

# ---------------------------------------------------------------- health (zh)
G("health", "头疼的时候布洛芬和对乙酰氨基酚可以一起吃吗？",
  "wo|头疼的时候对乙酰氨基酚和布洛芬可以一起吃吗？",
  "syn|头疼的时候芬必得和泰诺林可以一起吃吗？",
  "ent|头疼的时候布洛芬和阿司匹林可以一起吃吗？",
  "qual|孕妇头疼的时候布洛芬和对乙酰氨基酚可以一起吃吗？")
G("health", "明早空腹抽血，前几个小时不能吃东西？",
  "zhv|明早空腹抽血，前多久不能吃东西？",
  "pol|请问明早空腹抽血，之前几个小时不能吃东西？",
  "dir|明早抽血，抽完后几个小时才能吃东西？",
  "ent|明早做胃镜，前几个小时不能吃东西？",
  "ent|明早空腹抽血，前几个小时不能喝水？")
G("health", "北京职工医保门诊报销比例是多少？",
  "zhv|北京职工医保门诊能报销百分之多少？",
  "syn|北京职工医保看门诊的报销比例是多少？",
  "ent|南京职工医保门诊报销比例是多少？",
  "ent|北京城乡居民医保门诊报销比例是多少？",
  "qual|北京职工医保退休后门诊报销比例是多少？")
G("health", "打完新冠疫苗多久能喝酒？",
  "zhv|打完新冠疫苗多长时间可以喝酒？",
  "typ|打完新冠疫苗多久能喝酒啊",
  "dir|喝完酒多久能打新冠疫苗？",
  "ent|打完狂犬疫苗多久能喝酒？")
G("health", "孩子发烧38.5度要不要吃退烧药？",
  "zhv|孩子发烧38.5度，需不需要吃退烧的药？",
  "ord|小孩烧到三十八度五了，该不该给他吃退烧的药？",
  "op|孩子发烧37.8度要不要吃退烧药？",
  "qual|两个月大的宝宝发烧38.5度要不要吃退烧药？",
  "tns|孩子发烧38.5度，两小时前已经吃过退烧药了，还要再吃吗？")
G("health", "得过带状疱疹还需要打疫苗吗？",
  "zhv|得过带状疱疹是否还需要打疫苗？",
  "syn|患过带状疱疹还要接种疫苗吗？",
  "tns|正在得带状疱疹的时候可以打疫苗吗？",
  "ent|得过水痘还需要打带状疱疹疫苗吗？",
  "qual|得过带状疱疹，40岁的人还需要打疫苗吗？")
G("health", "高血压药应该早上吃还是晚上吃？",
  "wo|高血压药应该晚上吃还是早上吃？",
  "syn|降压药应该早上吃还是晚上吃？",
  "ent|降糖药应该早上吃还是晚上吃？",
  "shv|高血压药吃一段时间血压正常了可以停吗？")
G("health", "感冒了能不能喝牛奶？",
  "zhv|感冒了可以喝牛奶吗？",
  "pol|想问一下，感冒的时候能不能喝牛奶？",
  "ent|拉肚子能不能喝牛奶？",
  "shv|感冒了不能吃哪些东西？")
G("health", "体检报告上尿酸480算高吗？",
  "zhv|体检报告上尿酸480是不是偏高？",
  "typ|体检尿酸480算高么",
  "op|体检报告上尿酸280算高吗？",
  "ent|体检报告上肌酐480算高吗？",
  "shv|体检报告上尿酸480需要吃药吗？")
G("health", "医保个人账户里的钱可以给家人用吗？",
  "zhv|医保个人账户里的钱能不能给家里人用？",
  "pol|您好，请问医保个人账户里的钱可以给家人用吗？",
  "ent|公积金账户里的钱可以给家人用吗？",
  "ent|养老保险个人账户里的钱可以给家人用吗？",
  "act|医保个人账户里的钱可以取现吗？")

# ---------------------------------------------------------------- programming (en)
G("programming", "How do I apply my latest git stash without removing it from the stash list?",
  "ord|How do I apply my latest git stash but keep it in the stash list?",
  "ctr|How do I apply my latest git stash so that it isn't removed from the stash list?",
  "act|How do I drop a git stash from the list without applying it first?",
  "act|How do I create a git stash that includes untracked files?",
  "qual|How do I apply just one file from my latest git stash without removing the stash from the list?")
G("programming", "How do I sort a list of dicts by a key in Python 3?",
  "typ|how to sort list of dicts by key python3",
  "voc|How can a list of dicts be sorted by a key in Python 3?",
  "qual|How do I sort a list of dicts by a key in descending order in Python 3?",
  "ent|How do I sort a dict by its values in Python 3?",
  "shv|How do I find the dict with the largest value for a key in a list of dicts in Python 3?")
G("programming", "What's the difference between == and === when comparing values in JavaScript?",
  "wo|What's the difference between === and == when comparing values in JavaScript?",
  "ctr|What is the difference between == and === when comparing values in JavaScript?",
  "ent|What's the difference between == and === when comparing values in PHP?",
  "ent|What's the difference between == and is when comparing values in Python?")
G("programming", "How do I convert a string to an int in Python?",
  "syn|How do I turn a string into an integer in Python?",
  "typ|how to convert str to int python",
  "dir|How do I convert an int to a string in Python?",
  "ent|How do I convert a string to a float in Python?",
  "qual|How do I convert a string with commas like '1,234' to an int in Python?")
G("programming", "Why does my Node app's Docker container exit immediately after starting?",
  "ctr|Why does my Node app's Docker container exit immediately after it's started?",
  "pol|Can someone explain why my Node app's Docker container exits immediately after starting?",
  "neg|Why does my Node app's Docker container not exit after its main process finishes?",
  "ent|Why does my Node app's Kubernetes pod restart immediately after starting?",
  "shv|How do I see the logs of my Node app's Docker container that exited immediately after starting?")
G("programming", "How do I undo the last commit but keep my changes?",
  "ord|I committed too early. How can I roll back that commit without losing the edits in my files?",
  "ctr|How do I undo the last commit but keep the changes I've made?",
  "neg|How do I undo the last commit and throw away my changes?",
  "tns|How do I undo the last commit if I already pushed it to the remote?",
  "op|How do I undo the last three commits but keep my changes?")
G("programming", "In SQL, what's the difference between WHERE and HAVING when I use GROUP BY?",
  "wo|In SQL, what's the difference between HAVING and WHERE when I use GROUP BY?",
  "typ|sql where vs having difference with group by",
  "ent|In SQL, what's the difference between WHERE and ON when I use a LEFT JOIN?",
  "shv|In SQL, can I use WHERE and HAVING in the same GROUP BY query?")
G("programming", "How do I check if a key exists in a Python dictionary before reading it?",
  "ctr|How do I check whether a key's in a Python dictionary before reading it?",
  "syn|How can I test whether a Python dict contains a key before I read it?",
  "neg|How do I check if a key does not exist in a Python dictionary before writing it?",
  "ent|How do I check if a value exists in a Python dictionary before reading it?",
  "ent|How do I check if a key exists in a JavaScript object before reading it?")
G("programming", "What does git fetch do compared to git pull?",
  "wo|What does git pull do compared to git fetch?",
  "ord|So what's the actual difference between running git fetch and running git pull?",
  "ent|What does git fetch do compared to git clone?",
  "qual|What does git pull --rebase do compared to git fetch?")
G("programming", "How do I remove duplicates from a list in Python while keeping the order?",
  "typ|remove duplicates from list python keep order",
  "ord|What's the cleanest way to dedupe a Python list but preserve the original sequence?",
  "neg|How do I remove duplicates from a list in Python if I don't care about the order?",
  "ent|How do I remove duplicates from an array in JavaScript while keeping the order?",
  "act|How do I count the duplicates in a list in Python?")
G("programming", "How do I find which process is already using port 8080 on my Ubuntu server?",
  "ord|How can I see what program is listening on port 8080 on my Ubuntu box?",
  "pol|Could anyone tell me how to find which process is already using port 8080 on my Ubuntu server? Thanks!",
  "ent|How do I find which process is already using port 8080 on my Windows server?",
  "act|How do I kill the process that is already using port 8080 on my Ubuntu server?")

# ---------------------------------------------------------------- programming (zh)
G("programming", "Python里怎么把一个字符串转成字符列表？",
  "zhv|Python里如何把一个字符串转换成字符列表？",
  "typ|python 怎么把一个字符串转成字符list",
  "dir|Python里怎么把一个字符列表转成字符串？",
  "ent|Java里怎么把一个字符串转成字符列表？",
  "qual|Python里怎么把逗号分隔的数字字符串转成整数列表？")
G("programming", "git怎么撤销上一次提交但保留修改？",
  "zhv|git如何撤销最近一次提交，但是保留修改的内容？",
  "neg|git怎么撤销上一次提交并且不保留修改？",
  "tns|git已经推送到远程的那次提交怎么撤销？",
  "act|git怎么修改上一次提交的说明信息？")
G("programming", "MySQL里CHAR和VARCHAR有什么区别？",
  "wo|MySQL里VARCHAR和CHAR有什么区别？",
  "zhv|MySQL中CHAR跟VARCHAR的区别是什么？",
  "ent|MySQL里VARCHAR和TEXT有什么区别？",
  "ent|Oracle里CHAR和VARCHAR2有什么区别？",
  "shv|MySQL里VARCHAR最多能存多少个字符？")
G("programming", "JavaScript里怎么判断一个数组是空的？",
  "zhv|JavaScript中如何判断数组为空？",
  "typ|js怎么判断数组是空的",
  "neg|JavaScript里怎么判断一个数组不是空的？",
  "ent|JavaScript里怎么判断一个对象是空的？")
G("programming", "npm install 的时候报 EACCES 权限错误怎么解决？",
  "zhv|npm install 的时候报 EACCES 权限错误该如何解决？",
  "pol|大佬们，npm install 的时候报 EACCES 权限错误怎么解决？谢谢",
  "ent|pip install 的时候报权限错误怎么解决？",
  "act|npm 怎么卸载全局安装的包？",
  "qual|在Windows上 npm install 的时候报 EACCES 权限错误怎么解决？")
G("programming", "C语言的for循环里用 i++ 和 ++i 有区别吗？",
  "wo|C语言的for循环里用 ++i 和 i++ 有区别吗？",
  "zhv|C语言的for循环中写 i++ 跟 ++i 有没有区别？",
  "ent|C语言的赋值语句里 a = i++ 和 a = ++i 有区别吗？",
  "op|C语言的for循环里用 i++ 和 i += 2 有区别吗？")
G("programming", "Linux怎么查看磁盘剩余空间？",
  "zhv|Linux如何查看磁盘还剩多少空间？",
  "typ|linux 咋看磁盘剩余空间",
  "ent|Linux怎么查看内存剩余多少？",
  "act|Linux怎么清理磁盘空间？",
  "shv|Linux怎么查看某个目录占用了多少磁盘空间？")
G("programming", "Python的列表和元组有什么区别？",
  "wo|Python的元组和列表有什么区别？",
  "zhv|Python里列表跟元组的区别是什么？",
  "ent|Python的列表和集合有什么区别？",
  "shv|Python的列表怎么转成元组？")
G("programming", "React里useEffect的依赖数组为空是什么意思？",
  "zhv|React中useEffect依赖数组传空数组代表什么？",
  "ord|useEffect第二个参数写成[]，这个effect会在什么时候执行？",
  "neg|React里useEffect不传依赖数组是什么意思？",
  "ent|React里useMemo的依赖数组为空是什么意思？")
G("programming", "SQL里NULL和空字符串有什么区别？",
  "wo|SQL里空字符串和NULL有什么区别？",
  "zhv|SQL中NULL跟空字符串的区别是什么？",
  "ent|SQL里NULL和0有什么区别？",
  "ent|Oracle里NULL和空字符串有什么区别？",
  "shv|SQL里怎么把NULL替换成空字符串？")

# ---------------------------------------------------------------- school (en)
G("school", "How do I solve x^2 - 4 = 0?",
  "wo|How do I solve 0 = x^2 - 4?",
  "typ|how do i solve x^2-4=0",
  "op|How do I solve x^2 + 4 = 0?",
  "op|How do I solve x^2 - 4 > 0?",
  "op|How do I solve x^3 - 4 = 0?")
G("school", "How many credits do I need per semester to be a full-time student?",
  "ord|How many credit hours a term count as full-time enrollment?",
  "pol|Hello, could you tell me how many credits per semester I need to be full-time?",
  "shv|How many hours of study per week does one credit stand for?",
  "qual|How many credits do I need per semester to be a full-time graduate student?",
  "qty|How many credits do I need per year to be a full-time student?")
G("school", "What's the derivative of sin(2x)?",
  "ctr|What is the derivative of sin(2x)?",
  "typ|derivative of sin 2x",
  "ent|What's the derivative of cos(2x)?",
  "act|What's the integral of sin(2x)?",
  "op|What's the derivative of sin(x^2)?")
G("school", "Can I retake a class I failed to replace the grade?",
  "ctr|Can I retake a class I've failed to replace the grade?",
  "ord|If I flunked a course, will taking it again wipe out the old grade?",
  "neg|Can I retake a class I passed to replace the grade?",
  "act|Can I drop a class I'm failing to avoid the grade?",
  "qual|Can I retake a class I failed at a community college to replace the grade?")
G("school", "What's the deadline to apply for FAFSA for the 2025-26 school year?",
  "ctr|What is the deadline to apply for FAFSA for the 2025-26 school year?",
  "syn|When is the FAFSA due if I want aid for the 2025-26 school year?",
  "op|What's the deadline to apply for FAFSA for the 2026-27 school year?",
  "qual|What's the Texas state priority deadline to apply for FAFSA for the 2025-26 school year?",
  "act|What's the deadline to make corrections to my FAFSA for the 2025-26 school year?")
G("school", "How is GPA calculated on a 4.0 scale?",
  "voc|How do schools calculate GPA on a 4.0 scale?",
  "typ|how is gpa calculated on 4.0 scale",
  "qual|How is weighted GPA calculated on a 5.0 scale?",
  "act|How do I convert a GPA on a 4.0 scale to a percentage?",
  "shv|Is a 3.5 GPA on a 4.0 scale good?")
G("school", "Which is bigger, 2^10 or 10^2?",
  "wo|Which is bigger, 10^2 or 2^10?",
  "ord|Is two to the tenth larger than ten squared, or is it the other way round?",
  "op|Which is bigger, 2^10 or 10^3?",
  "shv|What is 2^10 minus 10^2?")
G("school", "Does a withdrawal show up on my transcript?",
  "syn|Does a W show up on my transcript?",
  "pol|Sorry to bother you, but does a withdrawal show up on my transcript?",
  "ent|Does an incomplete show up on my transcript?",
  "qual|Does a withdrawal before the add/drop deadline show up on my transcript?",
  "shv|Does a withdrawal affect my GPA?")
G("school", "If a freight train travels 60 miles in 1.5 hours, what is its average speed?",
  "ctr|If a freight train travels 60 miles in 1.5 hours, what's its average speed?",
  "wo|What is the average speed of a freight train that travels 60 miles in 1.5 hours?",
  "op|If a freight train travels 60 miles in 2.5 hours, what is its average speed?",
  "qty|If a freight train travels 60 kilometers in 1.5 hours, what is its average speed?",
  "shv|If a freight train travels at 60 mph for 1.5 hours, how far does it go?")
G("school", "Can I use my own calculator on the SAT math section?",
  "syn|Am I allowed to use my own calculator on the SAT math section?",
  "typ|can i use my own calculator on sat math",
  "ent|Can I use my own calculator on the SAT reading and writing section?",
  "qual|Can I use a graphing calculator with a QWERTY keyboard on the SAT math section?",
  "tns|Could you use a calculator on every SAT math section before the test went digital?")
G("school", "How do I find the area of a triangle with sides 3, 4 and 5?",
  "wo|How do I find the area of a triangle whose sides are 5, 4 and 3?",
  "ord|What's the method for getting the area of a 3-4-5 triangle?",
  "op|How do I find the area of a triangle with sides 3, 4 and 6?",
  "act|How do I find the perimeter of a triangle with sides 3, 4 and 5?")

# ---------------------------------------------------------------- school (zh)
G("school", "解方程 x² - 5x + 6 = 0",
  "wo|解方程 0 = x² - 5x + 6",
  "ord|x² - 5x + 6 = 0 这个方程的解是多少，怎么算？",
  "op|解方程 x² + 5x + 6 = 0",
  "op|解不等式 x² - 5x + 6 < 0")
G("school", "四级刚好考了425分，能报六级吗？",
  "zhv|四级刚好考了425分，可不可以报六级？",
  "typ|4级刚好425 能报6级么",
  "op|四级刚好考了420分，能报六级吗？",
  "shv|四级刚好考了425分，算高分吗？")
G("school", "孩子初中从南京转学到北京需要哪些手续？",
  "zhv|孩子初中从南京转到北京上学，要办哪些手续？",
  "pol|请问孩子读初中，从南京转学到北京需要办哪些手续？",
  "dir|孩子初中从北京转学到南京需要哪些手续？",
  "ent|孩子小学从南京转学到北京需要哪些手续？",
  "tns|孩子初中已经从南京转学到北京了，中考报名要注意什么？")
G("school", "大学期末考试不及格可以补考几次？",
  "zhv|大学期末考试不及格能补考几次？",
  "syn|大学期末考试挂科了可以补考几次？",
  "shv|大学期末考试不及格可以补考吗？补考什么时候考？",
  "ent|大学毕业设计不及格可以重做几次？",
  "act|大学期末考试不及格可以申请查卷吗？")
G("school", "三角形内角和为什么是180度？",
  "zhv|三角形内角和为啥是180度？",
  "ord|为什么任何一个三角形三个角加起来都是180°？",
  "ent|四边形内角和为什么是360度？",
  "qual|球面上的三角形内角和为什么大于180度？",
  "shv|三角形外角和是多少度？")
G("school", "小学生每天写作业时间不能超过多久？",
  "zhv|小学生每天写作业的时间最多多长？",
  "qual|初中生每天写作业时间不能超过多久？",
  "qual|小学一二年级每天写书面作业的时间不能超过多久？",
  "qty|小学生每周写作业时间不能超过多久？")
G("school", "研究生考试英语一和英语二有什么区别？",
  "wo|研究生考试英语二和英语一有什么区别？",
  "syn|考研英语一跟英语二的区别是什么？",
  "ent|研究生考试数学一和数学二有什么区别？",
  "shv|研究生考试英语一和英语二哪个国家线高？")
G("school", "一个数加上它的3倍等于24，这个数是多少？",
  "syn|一个数与它的3倍相加等于24，这个数是多少？",
  "zhv|一个数加上它的3倍等于24，求这个数。",
  "op|一个数减去它的3倍等于24，这个数是多少？",
  "op|一个数加上它的3倍等于28，这个数是多少？",
  "shv|一个数的3倍加上3等于24，这个数是多少？")
G("school", "大学的学生证丢了怎么补办？",
  "zhv|大学的学生证丢了如何补办？",
  "voc|大学的学生证被我弄丢了，怎么补办？",
  "ent|大学的校园卡丢了怎么补办？",
  "act|大学的学生证怎么加盖注册章？",
  "tns|大学的学生证补办申请交上去了，多久能拿到？")
G("school", "2026年江苏高考成绩什么时候出？",
  "zhv|2026年江苏高考成绩何时公布？",
  "typ|26年江苏高考成绩啥时候出",
  "ent|2026年浙江高考成绩什么时候出？",
  "op|2025年江苏高考成绩什么时候出？",
  "act|2026年江苏高考志愿什么时候填？")

# ---------------------------------------------------------------- travel (en)
G("travel", "How early should I get to O'Hare for an international flight on a weekday morning?",
  "syn|How early should I arrive at O'Hare for an international flight on a weekday morning?",
  "typ|how early to get to o'hare for intl flight on a weekday morning",
  "ent|How early should I get to O'Hare for a domestic flight on a weekday morning?",
  "qual|How early should I get to O'Hare for an international flight on a weekday morning if I have no checked bags?",
  "shv|How early can I drop off my checked bag at O'Hare for an international flight on a weekday morning?")
G("travel", "How much does a yellow cab cost from Manhattan to Newark airport?",
  "syn|What's the fare for a yellow taxi from Manhattan to Newark airport?",
  "wo|From Manhattan to Newark airport, how much does a yellow cab cost?",
  "dir|How much does a yellow cab cost from Newark airport to Manhattan?",
  "ent|How much does a yellow cab cost from Manhattan to JFK airport?",
  "qual|How much does a yellow cab cost from Manhattan to Newark airport during the weekday rush hour?")
G("travel", "If my flight is delayed more than 3 hours in the EU, how much compensation can I get?",
  "ctr|If my flight's delayed more than 3 hours in the EU, how much compensation can I get?",
  "wo|How much compensation can I get if my flight is delayed more than 3 hours in the EU?",
  "op|If my flight is delayed more than 2 hours in the EU, how much compensation can I get?",
  "qual|If my flight is delayed more than 3 hours in the EU because of a snowstorm, how much compensation can I get?",
  "ent|If my flight is delayed more than 3 hours in the US, how much compensation can I get?")
G("travel", "Do I need a transit visa for a layover at London Heathrow?",
  "pol|Can you tell me whether I need a transit visa for a layover at London Heathrow?",
  "typ|do i need transit visa for heathrow layover",
  "qual|Do I need a transit visa for a layover at London Heathrow if I want to leave the airport?",
  "ent|Do I need a transit visa for a layover at Frankfurt airport?")
G("travel", "How do I get from Narita Airport to Shinjuku?",
  "syn|What's the best way to go from Narita Airport to Shinjuku?",
  "wo|How do I get to Shinjuku from Narita Airport?",
  "ent|How do I get from Haneda Airport to Shinjuku?",
  "qual|How do I get from Narita Airport to Shinjuku after midnight?",
  "shv|How long does it take from Narita Airport to Shinjuku?")
G("travel", "Can I cancel my Airbnb booking and get a full refund 5 days before check-in?",
  "ctr|Can I cancel my Airbnb booking and get a full refund if it's 5 days before check-in?",
  "dir|Can I cancel my Airbnb booking and get a full refund 5 days after check-in?",
  "op|Can I cancel my Airbnb booking and get a full refund 12 hours before check-in?",
  "act|Can I change the dates of my Airbnb booking 5 days before check-in?",
  "ent|Can I cancel my Booking.com reservation and get a full refund 5 days before check-in?")
G("travel", "Do I need an International Driving Permit to rent a car in Japan?",
  "voc|Is an International Driving Permit required to rent a car in Japan?",
  "typ|do i need an IDP to rent a car in japan",
  "ent|Do I need an International Driving Permit to rent a car in Italy?",
  "qual|Do I need an International Driving Permit to rent a car in Japan if I have a Taiwanese license?",
  "shv|How do I get an International Driving Permit before going to Japan?")
G("travel", "What's the baggage allowance for a Ryanair flight?",
  "ctr|What is the baggage allowance for a Ryanair flight?",
  "pol|Hi! What's the baggage allowance on a Ryanair flight, please?",
  "ent|What's the baggage allowance for an easyJet flight?",
  "qual|What's the baggage allowance for a Ryanair flight with Priority boarding?",
  "qty|What's the baggage allowance in pounds for a Ryanair flight?")
G("travel", "Is travel insurance mandatory when applying for a Schengen visa?",
  "syn|Do I have to have travel insurance when I apply to get a Schengen visa?",
  "typ|is travel insurance mandatory when applying for schengen visa",
  "ent|Is travel insurance mandatory when applying for a UK visitor visa?",
  "shv|Is travel insurance with 30,000 euros of cover enough for a Schengen visa?",
  "tns|Do I still need to keep travel insurance once my Schengen visa has been issued?")
G("travel", "Can I bring my dog in the cabin on a Delta flight?",
  "wo|On a Delta flight, can I bring my dog in the cabin?",
  "pol|Could you please tell me if I can bring my dog in the cabin on a Delta flight?",
  "ent|Can I bring my dog in the cabin on a Southwest flight?",
  "qual|Can I bring my dog in the cabin on a Delta flight to Hawaii?",
  "op|Can I bring two dogs in the cabin on a Delta flight?")
G("travel", "How long can US citizens stay in the UK without a visa?",
  "ctr|How long can US citizens stay in the UK if they don't have a visa?",
  "syn|How long are Americans allowed to stay in the UK visa-free?",
  "dir|How long can UK citizens stay in the US without a visa?",
  "qual|How long can US citizens work in the UK without a visa?")

# ---------------------------------------------------------------- travel (zh)
G("travel", "从上海到北京的高铁二等座多少钱？",
  "zhv|从上海到北京的高铁二等座什么价格？",
  "wo|上海到北京，高铁二等座多少钱？",
  "ent|从上海到北京的高铁一等座多少钱？",
  "ent|从上海到南京的高铁二等座多少钱？",
  "qual|从上海到北京的高铁二等座学生票多少钱？")
G("travel", "护照还有五个月过期，能出国吗？",
  "zhv|护照还有五个月过期，可不可以出国？",
  "syn|护照还有五个月到期，能出国吗？",
  "op|护照还有五年过期，能出国吗？",
  "tns|护照已经过期五个月了，能出国吗？",
  "qual|护照还有五个月过期，能去泰国吗？")
G("travel", "飞机延误四个小时航空公司会赔偿吗？",
  "zhv|飞机延误四个小时航空公司会不会赔偿？",
  "voc|航班被延误了四个小时，航空公司会赔偿吗？",
  "op|飞机延误一个小时航空公司会赔偿吗？",
  "qual|飞机因为天气原因延误四个小时航空公司会赔偿吗？",
  "ent|高铁晚点四个小时铁路部门会赔偿吗？")
G("travel", "12306上买的火车票怎么改签？",
  "zhv|12306上买的火车票如何改签？",
  "typ|12306买的票咋改签",
  "act|12306上买的火车票怎么退票？",
  "tns|12306上买的火车票已经改签过一次了，还能再改签吗？",
  "qual|12306上买的火车票开车以后还能改签吗？")
G("travel", "去日本旅游签证要办多久？",
  "zhv|去日本旅游签证需要多长时间能办下来？",
  "pol|想问问去日本旅游，签证一般要办多久？",
  "ent|去韩国旅游签证要办多久？",
  "qual|去日本旅游的三年多次往返签证要办多久？",
  "shv|去日本旅游签证要多少钱？")
G("travel", "从首都机场到大兴机场怎么走最快？",
  "zhv|从首都机场到大兴机场如何走最快？",
  "wo|首都机场去大兴机场，怎么走最快？",
  "ent|从首都机场到北京南站怎么走最快？",
  "qual|从首都机场到大兴机场晚上十一点以后怎么走最快？",
  "shv|从首都机场到大兴机场要多长时间？")
G("travel", "酒店入住时间是下午两点，可以提前入住吗？",
  "zhv|酒店入住时间是下午两点，能不能提前入住？",
  "ord|酒店说两点以后才能入住，我中午就到了，能早点进房间吗？",
  "act|酒店入住时间是下午两点，可以提前寄存行李吗？",
  "shv|酒店入住时间是下午两点，提前入住要不要加钱？")
G("travel", "美国签证面签被拒了多久可以再申请？",
  "voc|美国使馆面签拒了我的签证，多久可以再申请？",
  "zhv|美国签证面签被拒后多长时间可以再申请？",
  "ent|英国签证被拒了多久可以再申请？",
  "tns|美国签证还没面签，被拒的概率大吗？",
  "act|美国签证面签被拒了可以申诉吗？")
G("travel", "坐国内航班经济舱，托运行李限重多少公斤？",
  "zhv|坐国内航班经济舱，托运行李最多能带几公斤？",
  "typ|坐国内航班经济舱 托运行李限重多少kg",
  "ent|坐国际航班经济舱，托运行李限重多少公斤？",
  "ent|坐国内航班经济舱，随身行李限重多少公斤？",
  "shv|坐国内航班经济舱，托运行李超重了怎么收费？")
G("travel", "去香港需要办港澳通行证还是护照？",
  "wo|去香港需要办护照还是港澳通行证？",
  "zhv|去香港要办港澳通行证还是护照？",
  "ent|去台湾需要办台湾通行证还是护照？",
  "qual|从香港转机去欧洲需要办港澳通行证还是护照？")

# ---------------------------------------------------------------- insurance (en)
G("insurance", "Does my auto insurance cover a rental car in another state?",
  "syn|Does my car insurance cover a rental car in another state?",
  "pol|Hi, I was wondering: does my auto insurance cover a rental car in another state?",
  "ent|Does my auto insurance cover a rental car I drive in Mexico?",
  "qual|Does my auto insurance cover a rental car I use for business in another state?",
  "ent|Does my credit card cover a rental car in another state?")
G("insurance", "If I cause an accident, will my premium go up?",
  "syn|If I'm at fault in an accident, will my premium go up?",
  "voc|If an accident is caused by me, will my premium go up?",
  "dir|If someone else causes an accident with me, will my premium go up?",
  "qual|If I cause an accident but I have accident forgiveness, will my premium go up?",
  "shv|If I cause an accident, will my insurance pay for my own car?")
G("insurance", "What's the waiting period for dental insurance to cover a root canal?",
  "ctr|What is the waiting period for dental insurance to cover a root canal?",
  "ord|How long do I have to wait after enrolling before dental insurance pays for a root canal?",
  "ent|What's the waiting period for dental insurance to cover a cleaning?",
  "qual|What's the waiting period for dental insurance to cover a root canal if I had coverage with another plan until last month?")
G("insurance", "Can I add my boyfriend to my car insurance if we don't live together?",
  "ctr|Can I add my boyfriend to my car insurance if we do not live together?",
  "pol|Could you tell me if I can add my boyfriend to my car insurance when we don't live together?",
  "neg|Can I add my boyfriend to my car insurance if we live together?",
  "act|Can I take my boyfriend off my car insurance if we don't live together anymore?",
  "ent|Can I add my boyfriend to my health insurance if we don't live together?")
G("insurance", "Does renters insurance cover a laptop theft from my car?",
  "syn|Does renters insurance pay for a laptop stolen from my car?",
  "typ|does renter's insurence cover a laptop theft from my car",
  "ent|Does renters insurance cover theft of my car itself?",
  "ent|Does renters insurance cover damage to my car itself?",
  "qual|Does renters insurance cover a laptop theft from my car if I left it unlocked?")
G("insurance", "How much life insurance do I need if I earn $80,000 a year?",
  "ctr|How much life insurance do I need if I'm earning $80,000 a year?",
  "wo|If I earn $80,000 a year, how much life insurance do I need?",
  "qty|How much life insurance do I need if I earn $80,000 a month?",
  "op|How much life insurance do I need if I earn $40,000 a year?",
  "shv|How much does life insurance cost if I earn $80,000 a year?")
G("insurance", "Is there a grace period if I miss a health insurance premium payment?",
  "syn|Is there a grace period if I don't pay my health insurance premium on time?",
  "pol|Please let me know: is there a grace period if I miss a health insurance premium payment?",
  "qual|Is there a grace period if I miss a premium payment on a subsidized ACA marketplace plan?",
  "ent|Is there a grace period if I miss a life insurance premium payment?")
G("insurance", "Does travel insurance cover a trip cancelled because of illness?",
  "voc|Does travel insurance cover it if I cancel my trip because I'm ill?",
  "typ|does travel insurance cover trip cancelled bc of illness",
  "dir|Does travel insurance cover a trip the airline cancelled because of a strike?",
  "qual|Does travel insurance cover a trip cancelled because of a pre-existing illness?",
  "act|Does travel insurance cover a trip cut short because of illness?")
G("insurance", "What's the difference between term and whole life insurance for a 30-year-old?",
  "wo|What's the difference between whole and term life insurance for a 30-year-old?",
  "ctr|What is the difference between term and whole life insurance for a 30-year-old?",
  "ent|What's the difference between whole and universal life insurance for a 30-year-old?",
  "shv|Can a 30-year-old convert term life insurance into whole life insurance later?")
G("insurance", "Will my insurance pay for a windshield chip repair without a deductible?",
  "syn|Will my insurer cover fixing a windshield chip without a deductible?",
  "typ|will my insurance pay for windshield chip repair w/o deductible",
  "ent|Will my insurance pay for a windshield replacement without a deductible?",
  "qual|Will my liability-only insurance pay for a windshield chip repair without a deductible?")

# ---------------------------------------------------------------- insurance (zh)
G("insurance", "给孩子买保险，重疾险和医疗险有什么区别？",
  "wo|给孩子买保险，医疗险和重疾险有什么区别？",
  "zhv|给孩子买保险，重疾险跟医疗险的区别是什么？",
  "ent|给孩子买保险，重疾险和意外险有什么区别？",
  "shv|给孩子买保险，重疾险和医疗险可以一起买吗？")
G("insurance", "百万医疗险的免赔额是多少？",
  "zhv|百万医疗险的免赔额一般多少钱？",
  "typ|百万医疗险免赔额是多少啊",
  "shv|百万医疗险的等待期是多少天？",
  "qual|百万医疗险得了重疾的话免赔额是多少？",
  "qty|百万医疗险每次住院的免赔额是多少？")
G("insurance", "重疾险交了三年不想交了，退保能退多少钱？",
  "syn|重疾险交了三年不想交了，退保能拿回多少钱？",
  "pol|请问重疾险交了三年，不想继续交了，退保能退多少钱？",
  "act|重疾险交了三年不想交了，可以申请减额交清吗？",
  "ent|万能险交了三年不想交了，退保能退多少钱？",
  "tns|重疾险交了三年，已经理赔过一次了，退保能退多少钱？")
G("insurance", "医保和商业医疗险可以一起报销吗？",
  "wo|商业医疗险和医保可以一起报销吗？",
  "zhv|医保跟商业医疗险能不能一起报销？",
  "ent|医保报销完了，重疾险还能赔吗？",
  "qual|异地就医的话，医保和商业医疗险可以一起报销吗？")
G("insurance", "车被别人撞了，对方全责，我的车险保费会涨吗？",
  "voc|别人撞了我的车，对方全责，我的车险保费会涨吗？",
  "zhv|车被别人撞了，对方全责，我的车险保费会不会涨？",
  "dir|我撞了别人的车，我全责，我的车险保费会涨吗？",
  "act|车被别人撞了，对方全责，我要不要走自己的车险？")
G("insurance", "意外险包括猝死吗？",
  "zhv|意外险是否包含猝死？",
  "typ|意外险包括猝死么",
  "ent|定期寿险包括猝死吗？",
  "shv|意外险一般不赔哪些情况？",
  "tns|意外险上个月已经过期了，现在猝死还能赔吗？")
G("insurance", "退休后还能买重疾险吗？",
  "zhv|退休以后还可以买重疾险吗？",
  "ord|已经退下来了，这个年纪保险公司还让买重大疾病险吗？",
  "tns|退休前买的重疾险，退休后还有效吗？",
  "ent|退休后还能买百万医疗险吗？",
  "qual|七十五岁以上还能买重疾险吗？")
G("insurance", "保单的现金价值是什么意思？",
  "zhv|保单的现金价值是啥意思？",
  "ord|保险合同里写的现金价值，指的是什么？",
  "ent|保单的基本保额是什么意思？",
  "shv|保单的现金价值可以取出来吗？")
G("insurance", "车险过户需要什么材料？",
  "zhv|车险过户需要准备哪些材料？",
  "pol|麻烦问一下，车险过户要带什么材料？",
  "act|车险退保需要什么材料？",
  "qual|二手车异地过户，车险过户需要什么材料？")
G("insurance", "宠物险能报销疫苗费用吗？",
  "zhv|宠物险能不能报销打疫苗的钱？",
  "syn|宠物保险可以报疫苗费吗？",
  "ent|宠物险能报销绝育费用吗？",
  "ent|宠物险能报销宠物咬伤别人的费用吗？")

# ---------------------------------------------------------------- telecom (en)
G("telecom", "Why is my phone number still suspended after I paid the bill?",
  "ctr|Why's my phone number still suspended after I paid the bill?",
  "voc|Why hasn't the carrier lifted the suspension on my number even though I paid the bill?",
  "dir|Why is my phone number suspended before the bill is even due?",
  "neg|Why is my phone number suspended even though I have never missed a bill?",
  "tns|Will my phone number be suspended if I pay the bill a week late?")
G("telecom", "How do I port my cell number from T-Mobile over to Verizon?",
  "voc|How do I get my cell number ported from T-Mobile over to Verizon?",
  "typ|how do i port my cell # from tmobile over to verizon",
  "dir|How do I port my cell number from Verizon over to T-Mobile?",
  "qual|How do I port my cell number from T-Mobile over to Verizon while I'm still paying off my phone?",
  "tns|I already ported my cell number from T-Mobile over to Verizon; why am I still getting a T-Mobile bill?")
G("telecom", "How much does it cost to add a line to my plan per month?",
  "ctr|What's it cost to add a line to my plan each month?",
  "ord|What's the monthly price for putting another line on my plan?",
  "qty|How much does it cost to add a line to my plan per year?",
  "act|How much does it cost to remove a line from my plan?",
  "qual|How much does it cost to add a smartwatch line to my plan per month?")
G("telecom", "Does my phone plan include international roaming in Mexico?",
  "voc|Is international roaming in Mexico included in my phone plan?",
  "pol|Hello, could you check if my phone plan includes international roaming in Mexico?",
  "ent|Does my phone plan include international roaming in Brazil?",
  "act|How do I turn on international roaming for Mexico on my phone plan?",
  "shv|How much does international roaming in Mexico cost per day on my phone plan?")
G("telecom", "Why is my data so slow after I used 50 GB this month?",
  "ctr|Why's my data so slow after I've used 50 GB this month?",
  "typ|why is my data so slow after using 50gb this month",
  "op|Why is my data so slow after I used 5 GB this month?",
  "neg|Why is my data so slow even though I've barely used any this month?")
G("telecom", "Can I use my phone as a hotspot without paying extra?",
  "syn|Can I tether my laptop to my phone without paying extra?",
  "pol|Sorry, quick one: can I use my phone as a hotspot without paying extra?",
  "neg|Can I use my phone as a hotspot if I pay for an add-on?",
  "ent|Can I use my tablet as a hotspot without paying extra?",
  "shv|How many GB of hotspot data can I use per month without paying extra?")
G("telecom", "How do I check how much data I have left this month?",
  "ctr|How do I check how much data I've got left this month?",
  "wo|This month, how do I check how much data I have left?",
  "tns|How do I check how much data I used last month?",
  "act|How do I buy more data for this month?",
  "ent|How do I check how many minutes I have left this month?")
G("telecom", "Will my phone work in Europe if I bought it in the US?",
  "voc|If my phone was bought in the US, will it work in Europe?",
  "ord|I got my cell in the States. Is it going to work when I'm over in Europe?",
  "dir|Will my phone work in the US if I bought it in Europe?",
  "qual|Will my carrier-locked phone work in Europe if I bought it in the US?")
G("telecom", "My contract ends in 3 months; can I upgrade my phone now?",
  "ctr|My contract's ending in 3 months; can I upgrade my phone now?",
  "wo|Can I upgrade my phone now if my contract ends in 3 months?",
  "qty|My contract ends in 3 weeks; can I upgrade my phone now?",
  "tns|My contract ended 3 months ago; can I upgrade my phone now?",
  "act|My contract ends in 3 months; can I cancel it now without a fee?")
G("telecom", "How do I block calls from a number on an iPhone 15?",
  "typ|how to block calls from a number on iphone 15",
  "voc|How can calls from a number be blocked on an iPhone 15?",
  "act|How do I unblock calls from a number on an iPhone 15?",
  "ent|How do I block calls from a number on a Galaxy S24?",
  "neg|How do I block calls from everyone except my contacts on an iPhone 15?")
G("telecom", "How much do you charge per minute for calls to India?",
  "ctr|What's your per-minute rate for calls to India?",
  "syn|How much does it cost per minute to call India?",
  "qty|How much do you charge per month for unlimited calls to India?",
  "dir|How much do you charge per minute for calls I make from India?",
  "ent|How much do you charge per message for texts to India?")
G("telecom", "Does unlimited data really mean there is no limit?",
  "ctr|Does unlimited data really mean there's no limit?",
  "pol|Honest question: does unlimited data really mean there is no limit at all?",
  "shv|Does unlimited data include hotspot use?",
  "qual|Does unlimited data really mean there is no limit when I'm roaming abroad?")
G("telecom", "Can I keep my number if I switch to a prepaid plan?",
  "ctr|Can I keep my number if I'm switching to a prepaid plan?",
  "voc|Will my number be kept if I switch to a prepaid plan?",
  "dir|Can I keep my number if I switch from a prepaid plan to a postpaid plan?",
  "act|Can I get a new number if I switch to a prepaid plan?")

# ---------------------------------------------------------------- telecom (zh)
G("telecom", "手机欠费停机了，交完话费多久能恢复？",
  "voc|手机因为欠费被停机了，交完话费多久能恢复？",
  "zhv|手机欠费停机了，交完话费多长时间能恢复？",
  "tns|手机欠费停机了，还没交话费，能接电话吗？",
  "neg|手机欠费停机了，一直不交话费号码会被收回吗？",
  "qty|手机欠费停机三年了，交完话费还能恢复吗？")
G("telecom", "我的移动号码怎么携号转网到联通？",
  "zhv|我的移动号码如何携号转网到联通？",
  "voc|怎么把我的移动号码携号转网到联通？",
  "dir|我的联通号码怎么携号转网到移动？",
  "tns|我的移动号码携号转网到联通以后还能转回来吗？",
  "qual|我的移动号码还在合约期内，能携号转网到联通吗？")
G("telecom", "宽带每个月多少钱？",
  "zhv|宽带每个月什么价格？",
  "pol|你好，请问宽带一个月要多少钱？",
  "qty|宽带每年多少钱？",
  "qual|1000M的宽带每个月多少钱？",
  "act|宽带每个月的费用怎么交？")
G("telecom", "流量超出套餐以后怎么收费？",
  "zhv|流量超出套餐以后如何收费？",
  "wo|超出套餐的流量怎么收费？",
  "tns|流量还没超出套餐，为什么扣了流量费？",
  "ent|通话时长超出套餐以后怎么收费？")
G("telecom", "家庭套餐里的副卡可以单独注销吗？",
  "zhv|家庭套餐里的副卡能不能单独注销？",
  "syn|家庭套餐里的副卡可以单独销号吗？",
  "act|家庭套餐里的副卡可以单独停机保号吗？",
  "dir|家庭套餐里的主卡注销了，副卡还能用吗？")
G("telecom", "5G手机用4G套餐网速会变慢吗？",
  "zhv|5G手机用4G套餐网速会不会变慢？",
  "ord|我的手机支持5G，但办的是4G套餐，上网速度会打折扣吗？",
  "dir|4G手机用5G套餐网速会变快吗？",
  "shv|5G手机用4G套餐能打高清通话吗？")
G("telecom", "国际漫游每天收费多少？",
  "zhv|国际漫游每天多少钱？",
  "qty|国际漫游每个月收费多少？",
  "ent|港澳漫游每天收费多少？",
  "act|国际漫游在手机上怎么开通？",
  "neg|不开国际漫游，出国了还能收短信吗？")
G("telecom", "套餐到期之前可以降档吗？",
  "zhv|套餐到期之前能不能降档？",
  "ord|套餐还没到期，能改成更便宜的档位吗？",
  "dir|套餐到期之后可以降档吗？",
  "op|套餐到期之前可以升档吗？")
G("telecom", "手机卡丢了怎么补卡？",
  "zhv|手机卡丢了如何补办？",
  "typ|手机卡丢了咋补卡",
  "act|手机卡丢了怎么挂失？",
  "qual|手机卡丢了，人在外地怎么补卡？",
  "tns|手机卡已经补好了，原来那张卡还能用吗？")
G("telecom", "携号转网需要满足什么条件？",
  "zhv|携号转网要满足哪些条件？",
  "pol|请问一下携号转网需要满足什么条件？谢谢",
  "tns|携号转网成功以后还需要做什么？",
  "shv|携号转网需要交多少钱？")
G("telecom", "用固定电话怎么打国际长途到美国？",
  "zhv|用固定电话如何拨打国际长途到美国？",
  "dir|在美国怎么打国际长途到中国的固定电话？",
  "ent|用固定电话怎么打国际长途到日本？",
  "shv|用固定电话打国际长途到美国每分钟多少钱？")
G("telecom", "流量卡一个月100G够用吗？",
  "zhv|流量卡一个月100G够不够用？",
  "wo|一个月100G，流量卡够用吗？",
  "op|流量卡一个月10G够用吗？",
  "qty|流量卡一年100G够用吗？")

# ---------------------------------------------------------------- hr (en)
G("hr", "Can my employer fire me for refusing to work mandatory overtime?",
  "voc|Can I be fired by my employer for refusing to work mandatory overtime?",
  "ctr|Can my employer fire me because I won't work mandatory overtime?",
  "dir|Can I quit on the spot if my employer refuses to pay me for overtime?",
  "act|Can my employer cut my pay for refusing to work mandatory overtime?")
G("hr", "How many paid vacation days do I get after 5 years at the company?",
  "voc|How many paid vacation days am I given after 5 years at the company?",
  "typ|how many paid vacation days after 5 yrs at the company",
  "op|How many paid vacation days do I get after 10 years at the company?",
  "tns|How many paid vacation days did I have left at the end of last year?",
  "qty|How many vacation hours do I accrue per pay period after 5 years at the company?")
G("hr", "Is overtime paid at 1.5 times the regular rate after 40 hours a week?",
  "voc|Do employers pay overtime at 1.5 times the regular rate after 40 hours a week?",
  "syn|Is overtime paid at time and a half after 40 hours a week?",
  "qty|Is overtime paid at 1.5 times the regular rate after 8 hours a day?",
  "op|Is overtime paid at 2 times the regular rate after 40 hours a week?",
  "qual|Is overtime paid at 1.5 times the regular rate after 40 hours a week for salaried managers?")
G("hr", "Do I have to give two weeks' notice before I quit?",
  "syn|Am I required to give two weeks' notice before resigning?",
  "pol|Hi HR, do I have to give two weeks' notice before I quit?",
  "dir|Does my employer have to give me two weeks' notice before it fires me?",
  "shv|What happens if I quit without giving two weeks' notice?")
G("hr", "My employer still owes me for my last two days of work; how do I get paid?",
  "ctr|My employer still hasn't paid me for my last two days of work; how do I get my money?",
  "voc|I still haven't been paid by my employer for my last two days of work; how do I get paid?",
  "dir|I was overpaid for my last two days and now I owe my employer; how do I pay it back?",
  "tns|My employer will owe me for my last two days of work when I leave next month; when should I expect it?")
G("hr", "Can I take FMLA leave to care for my sick mother?",
  "ctr|Can I take FMLA leave if my mother's sick and I'm caring for her?",
  "ord|Am I allowed to use FMLA to look after my mom while she's ill?",
  "ent|Can I take FMLA leave to care for my sick mother-in-law?",
  "qual|Can I take FMLA leave to care for my sick mother if I've only worked here 6 months?")
G("hr", "Is my 401(k) match vested if I leave after two years?",
  "ctr|Is my 401(k) match vested if I'm leaving after two years?",
  "ord|If I quit two years in, do I get to keep the company's 401(k) matching money?",
  "op|Is my 401(k) match vested if I leave after six years?",
  "ent|Are my own 401(k) contributions vested if I leave after two years?",
  "act|Can I roll over my 401(k) match if I leave after two years?")
G("hr", "Does my employer have to pay me for unused vacation when I quit in California?",
  "voc|Do I have to be paid for unused vacation when I quit in California?",
  "ctr|Does my employer have to pay me for vacation I didn't use when I quit in California?",
  "ent|Does my employer have to pay me for unused vacation when I quit in Texas?",
  "ent|Does my employer have to pay me for unused sick leave when I quit in California?",
  "shv|How soon does my employer have to pay my final check when I quit in California?")
G("hr", "How do I request a salary advance from payroll?",
  "syn|How do I ask payroll for an advance on my salary?",
  "pol|Could you please explain how I request a salary advance from payroll?",
  "act|How do I repay a salary advance to payroll?",
  "shv|How much of a salary advance can I request from payroll?",
  "tns|I requested a salary advance from payroll last week; when will it be paid out?")
G("hr", "Can my boss make me work on a public holiday without extra pay?",
  "voc|Can I be made to work on a public holiday without extra pay?",
  "ord|Is it legal for my manager to schedule me on a national holiday and pay just my normal rate?",
  "qual|Can my boss make me work on a public holiday without extra pay if I'm a part-time employee in the UK?",
  "shv|How much extra pay do I get for working on a public holiday?")
G("hr", "How long does a background check take after a job offer?",
  "ctr|How long does it take for a background check to clear after I've gotten a job offer?",
  "typ|how long does background check take after job offer",
  "dir|How long after a background check clears will I get a job offer?",
  "ent|How long does a pre-employment drug test take after a job offer?")
G("hr", "Can I be paid less than minimum wage if I get tips?",
  "voc|Can my employer pay me less than minimum wage if I get tips?",
  "ctr|Can I be paid less than minimum wage if I'm getting tips?",
  "neg|Can I be paid less than minimum wage if I don't get tips?",
  "qual|Can I be paid less than minimum wage in California if I get tips?")
G("hr", "Do I get severance if I'm laid off after 3 years?",
  "ctr|Do I get severance if I am laid off after 3 years?",
  "voc|Does the company owe me severance if it lays me off after 3 years?",
  "act|Do I get severance if I resign after 3 years?",
  "qty|Do I get severance if I'm laid off after 3 months?",
  "shv|Is the severance I get when I'm laid off taxable?")

# ---------------------------------------------------------------- hr (zh)
G("hr", "公司让我主动辞职，我能拿到赔偿吗？",
  "voc|我被公司要求主动辞职，能拿到赔偿吗？",
  "zhv|公司让我主动辞职，我能不能拿到赔偿？",
  "dir|我自己想辞职，公司要给我赔偿吗？",
  "shv|公司让我主动辞职，我不签字会怎么样？",
  "tns|已经按公司的要求签了主动辞职申请，还能要赔偿吗？")
G("hr", "试用期被辞退有赔偿吗？",
  "voc|公司在试用期辞退我，有赔偿吗？",
  "zhv|试用期被辞退有没有赔偿？",
  "dir|试用期我主动辞职要赔偿公司吗？",
  "tns|转正以后被辞退有赔偿吗？",
  "shv|试用期被辞退，公司需要提前几天通知我？")
G("hr", "工作日晚上的加班费按工资的几倍算？",
  "zhv|工作日晚上的加班费是按工资的多少倍计算？",
  "pol|请问工作日晚上的加班费一般按工资的几倍来算？",
  "qual|周末白天的加班费按工资的几倍算？",
  "qual|法定节假日白天的加班费按工资的几倍算？",
  "shv|工作日晚上的加班费，工资基数按什么算？")
G("hr", "今年的年假没休完，离职时公司要折算成工资吗？",
  "voc|今年的年假没休完，离职时能被折算成工资吗？",
  "zhv|今年的年假没休完，离职时公司是否要折算成工资？",
  "neg|今年的年假已经休完了，离职时还有补偿吗？",
  "ent|今年的调休没休完，离职时公司要折算成工资吗？")
G("hr", "公积金可以提取出来付房租吗？",
  "zhv|公积金能不能取出来交房租？",
  "wo|房租可以用提取出来的公积金付吗？",
  "ent|公积金可以提取出来还房贷吗？",
  "qty|公积金提取出来付房租，每个月最多能取多少？",
  "qual|住在单位宿舍的话，公积金可以提取出来付房租吗？")
G("hr", "劳动合同到期公司不续签，有赔偿吗？",
  "voc|劳动合同到期没被公司续签，有赔偿吗？",
  "zhv|劳动合同到期公司不续签，有没有赔偿？",
  "dir|劳动合同到期我自己不想续签，有赔偿吗？",
  "tns|劳动合同还没到期公司就不让我干了，有赔偿吗？")
G("hr", "产假一共有多少天？",
  "zhv|产假总共是几天？",
  "ent|陪产假一共有多少天？",
  "qual|生二胎的产假一共有多少天？",
  "tns|产假休完了还能请哺乳假吗？",
  "typ|产假一共多少天啊")
G("hr", "工资每个月最晚几号必须发？",
  "zhv|工资每个月最迟几号一定要发？",
  "pol|想请教一下，工资每个月最晚必须在几号之前发？",
  "shv|工资发晚了公司要赔偿吗？",
  "qty|工资每周最晚周几必须发？")
G("hr", "离职证明公司不给开怎么办？",
  "voc|离职证明被公司拒绝开具怎么办？",
  "zhv|离职证明公司不给开该怎么办？",
  "ent|收入证明公司不给开怎么办？",
  "neg|离职证明公司开了但是写了负面评价怎么办？")
G("hr", "入职多久可以休年假？",
  "zhv|入职多长时间能休年假？",
  "typ|入职多久能休年假啊",
  "dir|入职前在别的单位的工龄算不算休年假的年限？",
  "shv|入职满一年以后可以休几天年假？")
G("hr", "公司扣了我一千块钱工资，合法吗？",
  "voc|我的工资被公司扣了一千块钱，合法吗？",
  "zhv|公司扣了我一千块钱工资，是否合法？",
  "neg|公司没扣我工资，但是扣了我一千块钱绩效奖金，合法吗？",
  "dir|我欠公司一千块钱，公司能直接从工资里扣吗？")
G("hr", "退休后返聘需要交社保吗？",
  "zhv|退休以后返聘要不要交社保？",
  "voc|退休后被单位返聘，需要交社保吗？",
  "ent|退休后返聘需要交个人所得税吗？",
  "ent|退休后返聘单位需要交工伤保险吗？")

# ---------------------------------------------------------------- cooking (en)
G("cooking", "How long do I bake chicken breasts at 400°F?",
  "voc|How long should chicken breasts be baked at 400°F?",
  "typ|how long to bake chicken breast at 400",
  "op|How long do I bake chicken breasts at 325°F?",
  "qual|How long do I bake frozen chicken breasts at 400°F?",
  "ent|How long do I bake bone-in chicken thighs at 400°F?")
G("cooking", "Can I freeze leftover cooked rice?",
  "voc|Can leftover cooked rice be frozen?",
  "pol|Hi, quick question: can I freeze leftover cooked rice?",
  "neg|Can I freeze uncooked rice from an opened bag?",
  "ent|Can I keep leftover cooked rice in the fridge?",
  "tns|Can I refreeze leftover cooked rice that was already frozen and thawed?")
G("cooking", "How many grams of flour are in one cup?",
  "syn|How many grams does one cup of flour weigh?",
  "wo|One cup of flour is how many grams, roughly?",
  "qty|How many ounces of flour are in one cup?",
  "ent|How many grams of sugar are in one cup?",
  "dir|How many cups of flour are in 100 grams?")
G("cooking", "How long can leftover cooked chicken stay in the fridge?",
  "ctr|How long's leftover cooked chicken good for in the fridge?",
  "voc|How long can leftover cooked chicken be kept in the fridge?",
  "ent|How long can leftover cooked chicken stay in the freezer?",
  "neg|How long can leftover cooked chicken stay out of the fridge?",
  "neg|How long can uncooked chicken stay in the fridge?")
G("cooking", "Should I add salt to the water before or after it boils when I make spaghetti?",
  "wo|Should I add salt to the spaghetti water after it boils or before?",
  "ctr|Should I salt the spaghetti water before it's boiling or after?",
  "ent|Should I add olive oil to the water before or after it boils when I make spaghetti?",
  "qty|How many grams of salt per liter of water should I add when I make spaghetti?",
  "shv|Why do people add salt to the water when they make spaghetti?")
G("cooking", "What temperature should the oil be for deep-frying french fries?",
  "ctr|What's the right oil temperature for deep-frying french fries?",
  "typ|what temp should oil be for deep frying fries",
  "qual|What temperature should the oil be for the second fry of double-fried french fries?",
  "ent|What temperature should the oil be for deep-frying chicken wings?",
  "shv|What kind of oil should I use for deep-frying french fries?")
G("cooking", "How do I make rice in a pot without a rice cooker?",
  "ctr|How do I make rice in a pot if I don't have a rice cooker?",
  "ord|What's the stovetop method for cooking rice when you don't own a rice cooker?",
  "neg|How do I make rice in a rice cooker?",
  "ent|How do I make quinoa in a pot without a rice cooker?",
  "qual|How do I make brown rice in a pot without a rice cooker?")
G("cooking", "How much water do I use for 2 cups of rice?",
  "pol|Could you tell me how much water to use for 2 cups of rice?",
  "wo|For 2 cups of rice, how much water do I use?",
  "op|How much water do I use for 3 cups of rice?",
  "dir|How much rice do I use for 2 cups of water?",
  "qty|How much water do I use for 2 kilos of rice?")
G("cooking", "Is it safe to eat a medium-rare burger?",
  "ctr|Is it safe to eat a burger that's medium-rare?",
  "wo|Is a medium-rare burger safe to eat?",
  "ent|Is it safe to eat a medium-rare steak?",
  "qual|Is it safe for a pregnant woman to eat a medium-rare burger?",
  "qual|Is it safe to eat a medium-rare burger if I grind the steak myself right before cooking?")
G("cooking", "Can I thaw frozen meat on the counter overnight?",
  "ctr|Can I thaw frozen meat on the counter overnight, or isn't that safe?",
  "voc|Can frozen meat be thawed on the counter overnight?",
  "ent|Can I thaw frozen meat in the fridge overnight?",
  "qty|Can I thaw frozen meat on the counter for an hour?",
  "neg|Can I cook frozen meat without thawing it first?")
G("cooking", "How many calories are in a tablespoon of olive oil?",
  "typ|how many calories in a tbsp of olive oil",
  "ctr|What's the calorie count for a tablespoon of olive oil?",
  "qty|How many calories are in a teaspoon of olive oil?",
  "ent|How many calories are in a tablespoon of butter?",
  "shv|How many tablespoons of olive oil can I have a day?")
G("cooking", "How long do hard-boiled eggs last in the fridge?",
  "voc|How long can hard-boiled eggs be kept in the fridge?",
  "pol|Please tell me how long hard-boiled eggs last in the fridge.",
  "neg|How long do hard-boiled eggs last outside the fridge?",
  "ent|How long do soft-boiled eggs last in the fridge?",
  "shv|How long do I boil eggs to get them hard-boiled?")
G("cooking", "Do I need to cover the turkey with foil while roasting?",
  "ctr|Do I need to cover the turkey with foil while it's roasting?",
  "ord|Should the turkey go in the oven tented with aluminum foil, or uncovered?",
  "act|When do I take the foil off the turkey while roasting?",
  "ent|Do I need to cover the ham with foil while roasting?",
  "qty|How many minutes per pound do I roast a turkey covered with foil?")

# ---------------------------------------------------------------- cooking (zh)
G("cooking", "五花肉做红烧肉要炖多长时间？",
  "zhv|五花肉做红烧肉要炖多久？",
  "ord|用五花肉做红烧肉的时候，小火焖多久肉才能软烂？",
  "ent|猪小排做红烧排骨要炖多长时间？",
  "qual|五花肉用高压锅做红烧肉要炖多长时间？",
  "neg|五花肉做红烧肉不加水要炖多长时间？")
G("cooking", "一斤面粉放多少水合适？",
  "syn|一斤面粉加多少水比较合适？",
  "pol|请问和面的时候一斤面粉放多少水合适？",
  "qty|一公斤面粉放多少水合适？",
  "dir|一斤水放多少面粉合适？",
  "op|半斤面粉放多少水合适？")
G("cooking", "冷冻的肉可以反复解冻吗？",
  "zhv|冷冻的肉能不能反复解冻？",
  "ord|肉冻了又化、化了又冻，这样来回折腾可以吗？",
  "neg|冷冻的肉不解冻可以直接炒吗？",
  "act|冷冻的肉可以用热水解冻吗？",
  "shv|冷冻的肉可以放几个月？")
G("cooking", "家里清蒸一条鱼要蒸几分钟？",
  "zhv|家里清蒸一条鱼要蒸多长时间？",
  "typ|家里清蒸一条鱼蒸几分钟啊",
  "qual|家里清蒸一条一斤半的鲈鱼要蒸几分钟？",
  "ent|家里清蒸几只螃蟹要蒸几分钟？",
  "dir|家里清蒸一条鱼，是水开前放进锅还是水开后放进锅？")
G("cooking", "炒菜先放盐还是后放盐？",
  "wo|炒菜后放盐还是先放盐？",
  "pol|麻烦问一下，炒菜是先放盐还是后放盐？",
  "ent|炒菜先放酱油还是后放酱油？",
  "ent|炖汤先放盐还是后放盐？",
  "shv|炒菜放多少盐合适？")
G("cooking", "煮米饭米和水的比例是多少？",
  "zhv|煮米饭的时候米和水的比例多少合适？",
  "syn|蒸米饭米和水按什么比例放？",
  "ent|煮糙米饭糙米和水的比例是多少？",
  "qty|煮米饭一个人要放多少米？",
  "shv|煮米饭水放多了怎么补救？")
G("cooking", "剩菜在冰箱里能放几天？",
  "zhv|剩菜在冰箱里可以放多久？",
  "pol|请问吃剩的菜放冰箱能放几天？",
  "neg|剩菜不放冰箱能放多久？",
  "ent|剩饭在冰箱冷冻室里能放几天？",
  "qual|绿叶菜的剩菜在冰箱里能放几天？")
G("cooking", "空气炸锅做薯条要多少度？",
  "zhv|空气炸锅做薯条温度调多少？",
  "typ|空气炸锅炸薯条多少度",
  "shv|空气炸锅做薯条要多少分钟？",
  "ent|烤箱做薯条要多少度？",
  "qual|空气炸锅做冷冻薯条要多少度？")
G("cooking", "做蛋糕的黄油可以用植物油代替吗？",
  "zhv|做蛋糕的黄油能不能用植物油代替？",
  "voc|做蛋糕的时候，黄油可以被植物油代替吗？",
  "dir|做蛋糕的植物油可以用黄油代替吗？",
  "neg|做蛋糕可以完全不放油吗？",
  "ent|做面包的黄油可以用植物油代替吗？")
G("cooking", "煮饺子要点几次冷水？",
  "zhv|煮饺子需要点几次冷水？",
  "ord|下饺子的时候中间要加几回凉水？",
  "neg|煮饺子不点冷水行吗？",
  "shv|煮饺子为什么要点冷水？")
G("cooking", "在家用平底锅煎西冷牛排，煎到几分熟最好吃？",
  "zhv|在家用平底锅煎西冷牛排，煎到几成熟最好吃？",
  "ent|在家用平底锅煎法式羊排，煎到几分熟最好吃？",
  "shv|在家用平底锅煎西冷牛排，煎到几分熟是什么意思？",
  "qual|孕妇在家用平底锅煎西冷牛排，煎到几分熟才安全？")
G("cooking", "一勺盐大概是多少克？",
  "zhv|一勺盐差不多几克？",
  "pol|想问下，一勺盐大概有多少克？",
  "qty|一勺盐大概是多少毫升？",
  "ent|一勺糖大概是多少克？",
  "op|半勺盐大概是多少克？")
G("cooking", "冰箱冷藏室应该调到几度？",
  "zhv|冰箱冷藏室应该调到多少度？",
  "typ|冰箱冷藏调几度",
  "ent|冰箱冷冻室应该调到几度？",
  "qual|冰箱冷藏室夏天应该调到几度？")

# ---------------------------------------------------------------- law (en)
G("law", "Can my landlord keep part of my security deposit for normal wear and tear?",
  "voc|Can part of my security deposit be kept by my landlord for normal wear and tear?",
  "ctr|Can my landlord keep part of my security deposit if it's just normal wear and tear?",
  "neg|Can my landlord keep part of my security deposit for damage beyond normal wear and tear?",
  "ent|Can my landlord keep part of my last month's rent for normal wear and tear?",
  "shv|How many days does my landlord have to return my security deposit?")
G("law", "If I sue someone in small claims court and win, how do I collect?",
  "voc|If I win a small claims case, how is the money collected?",
  "typ|if i sue someone in small claims and win how do i collect",
  "dir|If someone sues me in small claims court and wins, how do I pay?",
  "neg|If I sue someone in small claims court and lose, do I have to pay their costs?",
  "shv|What's the most I can sue someone for in small claims court?")
G("law", "How long do I have to file a personal injury lawsuit in New York?",
  "ctr|What's the deadline for filing a personal injury lawsuit in New York?",
  "ord|What is the statute of limitations on personal injury claims in New York?",
  "ent|How long do I have to file a personal injury lawsuit in New Jersey?",
  "qual|How long do I have to file a personal injury lawsuit against a New York City agency?")
G("law", "Do I need a lawyer to write a simple will?",
  "ctr|Do I need a lawyer if I'm writing a simple will?",
  "pol|Excuse me, do I need a lawyer to write a simple will?",
  "act|Do I need a lawyer to contest a simple will?",
  "ent|Do I need a lawyer to set up a simple living trust?",
  "shv|Is a will valid if it isn't witnessed?")
G("law", "Can the police search my car without a warrant?",
  "voc|Can my car be searched by the police without a warrant?",
  "typ|can police search my car w/o a warrant",
  "ent|Can the police search my house without a warrant?",
  "qual|Can the police search my car without a warrant if they smell marijuana?",
  "tns|The police already searched my car without a warrant; what can I do about it now?")
G("law", "If I co-signed a loan, am I responsible if the borrower doesn't pay?",
  "ctr|If I co-signed a loan, am I responsible if the borrower does not pay?",
  "ord|I'm a cosigner on my brother's car loan. If he stops making payments, is that on me?",
  "dir|If someone co-signed my loan, are they responsible if I don't pay?",
  "act|If I co-signed a loan, how can I get my name taken off it?")
G("law", "What's the penalty for a first offense of driving without insurance in Texas?",
  "ctr|What is the penalty for a first offense of driving without insurance in Texas?",
  "voc|What penalty is given for a first offense of driving without insurance in Texas?",
  "ent|What's the penalty for a first offense of driving without insurance in Florida?",
  "ent|What's the penalty for a first offense of driving without a license in Texas?",
  "op|What's the penalty for a second offense of driving without insurance in Texas?")
G("law", "Can I break my lease if my landlord won't fix the heat?",
  "ctr|Can I break my lease if my landlord will not fix the heat?",
  "wo|If my landlord won't fix the heat, can I break my lease?",
  "dir|Can my landlord break my lease if I won't let him in to fix the heat?",
  "act|Can I withhold rent if my landlord won't fix the heat?",
  "tns|My landlord fixed the heat after two weeks; can I still break my lease?")
G("law", "Who pays the legal fees if I win a lawsuit in the US?",
  "wo|If I win a lawsuit in the US, who pays the legal fees?",
  "pol|Could you explain who pays the legal fees if I win a lawsuit in the US?",
  "ent|Who pays the legal fees if I win a lawsuit in the UK?",
  "qual|Who pays the legal fees if I win a lawsuit in the US over a contract that has an attorney's fees clause?")
G("law", "Is it legal to record a phone call without the other person knowing in California?",
  "ctr|Is it legal to record a phone call in California if the other person doesn't know?",
  "ord|In California, can I secretly tape a phone conversation?",
  "ent|Is it legal to record a phone call without the other person knowing in New York?",
  "neg|Is it legal to record a phone call in California if the other person knows and agrees?",
  "act|Is it legal to post a recording of a phone call online in California?")
G("law", "How do I get a restraining order against my ex?",
  "voc|How can a restraining order against my ex be obtained?",
  "typ|how do i get a restraining order on my ex",
  "dir|How do I get a restraining order my ex filed against me dropped?",
  "act|How do I extend a restraining order against my ex?",
  "ent|How do I get a restraining order against my neighbor?")
G("law", "Do I have to pay taxes on money I inherited?",
  "voc|Is money I inherited taxed?",
  "ctr|Do I have to pay taxes on money that I've inherited?",
  "dir|Does my estate have to pay taxes on the money I leave to my kids?",
  "ent|Do I have to pay taxes on money I was given as a gift?",
  "qual|Do I have to pay taxes on money I inherited from my uncle in Pennsylvania?")
G("law", "If I'm a witness to a crime, am I required to report it?",
  "ctr|If I've witnessed a crime, am I required to report it?",
  "syn|If I see a crime happen, am I legally obligated to report it?",
  "dir|If I'm the victim of a crime, am I required to report it?",
  "act|If I'm a witness to a crime, can I refuse to testify?",
  "qual|If I'm a teacher and I witness child abuse, am I required to report it?")

# ---------------------------------------------------------------- law (zh)
G("law", "他借了我五万块钱不还，我能起诉他吗？",
  "wo|五万块钱借给他了一直不还，我能起诉他吗？",
  "zhv|他借了我五万块钱不还，我可不可以起诉他？",
  "dir|我借了他五万块钱没还，他能起诉我吗？",
  "neg|他借了我五万块钱不还，当时没打借条，我能起诉他吗？",
  "tns|他借了我五万块钱，到期已经过了四年了，还能起诉他吗？")
G("law", "交通事故对方全责，我的医药费谁来出？",
  "syn|交通事故对方全责，我的医药费由谁来承担？",
  "voc|我被对方的车撞了，对方全责，我的医药费谁来出？",
  "dir|交通事故我全责，对方的医药费谁来出？",
  "qual|交通事故对方全责但是肇事逃逸了，我的医药费谁来出？",
  "shv|交通事故对方全责，我的误工费怎么算？")
G("law", "离婚后孩子的抚养费怎么算？",
  "zhv|离婚后孩子的抚养费如何计算？",
  "pol|请问离婚以后孩子的抚养费是怎么算的？",
  "ent|离婚后孩子的探视权怎么定？",
  "neg|离婚后孩子跟我，对方一直不给抚养费怎么办？")
G("law", "遗嘱需要公证才有效吗？",
  "ord|遗嘱没有公证是不是就无效？",
  "zhv|遗嘱是否一定要公证才有效？",
  "ent|赠与合同需要公证才有效吗？",
  "act|遗嘱公证需要带什么材料？",
  "tns|遗嘱已经公证了，以后还能改吗？")
G("law", "被公司拖欠工资可以去哪里投诉？",
  "voc|公司拖欠我的工资，可以去哪里投诉？",
  "zhv|被公司拖欠工资可以到哪儿投诉？",
  "dir|员工欠公司的钱不还，公司可以去哪里投诉？",
  "ent|被房东拖欠押金可以去哪里投诉？")
G("law", "租房合同没到期，房东要卖房，我要搬走吗？",
  "zhv|租房合同没到期，房东要卖房，我需不需要搬走？",
  "ord|租的房子合同还没到期，房东要把房子卖了，我得搬走吗？",
  "tns|租房合同已经到期了，房东要卖房，我要搬走吗？",
  "dir|租房合同没到期，我要提前搬走，房东要退押金吗？")
G("law", "酒驾和醉驾有什么区别？",
  "wo|醉驾和酒驾有什么区别？",
  "zhv|酒驾跟醉驾的区别是什么？",
  "ent|酒驾和毒驾有什么区别？",
  "shv|酒驾和醉驾分别扣几分？")
G("law", "被狗咬了，狗主人要承担什么责任？",
  "voc|狗把我咬了，狗主人要承担什么责任？",
  "syn|被狗咬伤了，狗的主人需要负什么责任？",
  "ent|被猫抓伤了，猫主人要承担什么责任？",
  "qual|被流浪狗咬了，谁要承担责任？")
G("law", "借条和欠条有什么区别？",
  "wo|欠条和借条有什么区别？",
  "zhv|借条跟欠条的区别是什么？",
  "ent|借条和收条有什么区别？",
  "shv|借条怎么写才有法律效力？")
G("law", "劳动仲裁需要交费吗？",
  "zhv|劳动仲裁要不要交钱？",
  "pol|您好，想问一下劳动仲裁需要交费吗？",
  "ent|民事诉讼需要交费吗？",
  "act|劳动仲裁怎么申请？",
  "tns|劳动仲裁结果出来了，公司不执行怎么办？")
G("law", "网购买到假货，可以要求三倍赔偿吗？",
  "zhv|网购买到假货，能不能要求三倍赔偿？",
  "ord|在网上买的东西是假冒的，商家要退一赔三吗？",
  "op|网购买到假货，可以要求十倍赔偿吗？",
  "qual|网购买到假的保健食品，可以要求十倍赔偿吗？",
  "neg|网购买到的不是假货，只是有点瑕疵，可以要求三倍赔偿吗？")
G("law", "退租后房东不退押金怎么办？",
  "voc|退租后押金被房东扣着不退怎么办？",
  "zhv|退租后房东不退押金该怎么办？",
  "dir|租客欠了两个月房租，房东可以不退押金吗？",
  "ent|退租后中介不退押金怎么办？",
  "qual|退租后房东以墙面弄脏了为由不退押金怎么办？")
G("law", "未成年人打赏主播的钱能要回来吗？",
  "zhv|未成年人打赏主播的钱可以要回来吗？",
  "voc|未成年的孩子给主播打赏的钱能被退回来吗？",
  "qual|成年人打赏主播的钱能要回来吗？",
  "tns|未成年人打赏主播已经过了两年，钱还能要回来吗？",
  "ent|未成年人玩游戏充值的钱能要回来吗？")

# ---------------------------------------------------------------- real-estate (en)
G("real-estate", "How much are closing costs on a $350,000 home for the buyer?",
  "ctr|What's the typical buyer's closing cost on a $350,000 home?",
  "pol|Could you give me an idea how much closing costs are on a $350,000 home for the buyer?",
  "dir|How much are closing costs on a $350,000 home for the seller?",
  "op|How much are closing costs on a $550,000 home for the buyer?")
G("real-estate", "Can I pay off my 30-year mortgage early without a penalty?",
  "ord|Will the bank charge me a fee if I pay my 30-year home loan off ahead of schedule?",
  "tns|I already paid off my 30-year mortgage early; how do I get the lien released?",
  "ent|Can I pay off my 5-year car loan early without a penalty?",
  "act|Can I refinance my 30-year mortgage early without a penalty?")
G("real-estate", "What credit score do I need to buy a house?",
  "ctr|What's the credit score I'd need to buy a house?",
  "typ|what credit scor do i need to buy a house",
  "qual|What credit score do I need to buy a house with a VA loan?",
  "act|What credit score do I need to rent a house?",
  "ent|What income do I need to buy a house?")
G("real-estate", "Should I rent or buy if I'm only staying 3 years?",
  "wo|Should I buy or rent if I'm only staying 3 years?",
  "ctr|Should I rent or buy if I am only staying 3 years?",
  "op|Should I rent or buy if I'm staying 10 years?",
  "qty|Should I rent or buy if I'm only staying 3 months?")
G("real-estate", "How is property tax calculated in Texas?",
  "voc|How does Texas calculate property tax?",
  "typ|how is property tax calculated in texas",
  "ent|How is property tax calculated in California?",
  "act|How do I protest my property tax appraisal in Texas?",
  "qual|How is property tax calculated in Texas for a homeowner over 65?")
G("real-estate", "Can the seller back out after accepting my offer?",
  "ctr|Can the seller back out after they've accepted my offer?",
  "syn|Is the seller allowed to walk away after accepting my offer?",
  "dir|Can I back out after the seller accepts my offer?",
  "qual|Can the seller back out after accepting my offer if they get a higher offer?",
  "neg|Can the seller back out if they accepted my offer verbally but nothing is signed?")
G("real-estate", "Do I need a home inspection if I'm buying a new build?",
  "ctr|Do I need a home inspection if I am buying a new build?",
  "ord|Is it worth paying an inspector to look over a brand-new construction home before closing?",
  "ent|Do I need an appraisal if I'm buying a new build?",
  "ent|Do I need a home inspection if I'm buying a condo?",
  "shv|How much does a home inspection cost for a new build?")
G("real-estate", "How much can I borrow for a mortgage if I make $90,000 a year?",
  "wo|If I make $90,000 a year, how much can I borrow for a mortgage?",
  "ctr|How much can I borrow for a mortgage if I'm making $90,000 a year?",
  "qty|How much can I borrow for a mortgage if I make $90,000 a month?",
  "op|How much can I borrow for a mortgage if I make $60,000 a year?",
  "dir|How much do I need to make a year to borrow $90,000 for a mortgage?")
G("real-estate", "Is the earnest money refundable if my loan is denied?",
  "voc|Will I get my earnest money back if the lender denies my loan?",
  "pol|Hello! Is the earnest money refundable if my loan is denied?",
  "neg|Is the earnest money refundable if I back out for no reason?",
  "qual|Is the earnest money refundable if my loan is denied and I waived the financing contingency?",
  "shv|When is the earnest money deposited after my offer is accepted?")
G("real-estate", "How long does it take to close on a house with cash?",
  "ctr|How long does it take to close on a house if I'm paying cash?",
  "syn|How long is closing when you buy a house in cash?",
  "ent|How long does it take to close on a house with a mortgage?",
  "shv|How much cash do I need to bring to closing on a house?")
G("real-estate", "Can my landlord raise my rent more than 5% a year?",
  "voc|Can my rent be raised more than 5% a year by my landlord?",
  "ord|Is there a limit that stops my landlord from hiking the rent above 5 percent annually?",
  "op|Can my landlord raise my rent more than 10% a year?",
  "qty|Can my landlord raise my rent more than 5% a month?",
  "qual|Can my landlord raise my rent more than 5% a year in a rent-stabilized apartment in New York City?")
G("real-estate", "Does a garage count in a home's square footage?",
  "voc|Is a garage counted in a home's square footage?",
  "typ|does a garage count in square footage",
  "ent|Does a finished basement count in a home's square footage?",
  "shv|How do I calculate the square footage of my garage?")
G("real-estate", "What happens if I miss a mortgage payment by 15 days?",
  "ctr|What happens if I'm 15 days late on a mortgage payment?",
  "ord|I'm fifteen days behind on my home loan payment. What are the consequences?",
  "op|What happens if I miss a mortgage payment by 30 days?",
  "qty|What happens if I miss a mortgage payment by 15 weeks?",
  "dir|What happens if I make a mortgage payment 15 days early?")

# ---------------------------------------------------------------- real-estate (zh)
G("real-estate", "首套房贷款首付比例是多少？",
  "zhv|首套房贷款首付要付百分之多少？",
  "pol|请问买首套房贷款的话首付比例是多少？",
  "op|第二套房贷款首付比例是多少？",
  "qual|首套房用公积金贷款首付比例是多少？",
  "ent|首套商铺贷款首付比例是多少？")
G("real-estate", "卖房的时候个人所得税按多少交？",
  "zhv|卖房的时候个人所得税要交多少？",
  "syn|出售房屋时个税怎么计算？",
  "dir|买房的时候个人所得税按多少交？",
  "ent|卖房的时候增值税按多少交？",
  "tns|卖房的个人所得税已经交了，能退吗？")
G("real-estate", "公积金贷款最多能贷多少？",
  "zhv|公积金贷款最高能贷多少钱？",
  "typ|公积金贷款最多能带多少",
  "ent|商业贷款最多能贷多少？",
  "qual|夫妻双方都交公积金，公积金贷款最多能贷多少？",
  "qty|公积金贷款最长能贷多少年呢？")
G("real-estate", "提前还房贷有违约金吗？",
  "zhv|提前还房贷要不要交违约金？",
  "ord|房贷想提前一次性还清，银行会收罚金吗？",
  "qual|提前还房贷，还款还不满一年有违约金吗？",
  "ent|提前还车贷有违约金吗？",
  "act|提前还房贷要怎么预约？")
G("real-estate", "房贷每个月还五千，月收入要多少才能批？",
  "zhv|房贷每个月还五千，月收入需要多少才能批下来？",
  "pol|麻烦问一下，房贷月供五千的话，月收入要多少银行才给批？",
  "op|房贷每个月还八千，月收入要多少才能批？",
  "qty|房贷每年还五千，月收入要多少才能批？",
  "dir|月收入五千，房贷每个月最多能还多少？")
G("real-estate", "租房合同到期前退租，押金能退吗？",
  "zhv|租房合同到期前退租，押金可以退吗？",
  "voc|合同到期前退了租，押金能被退回来吗？",
  "dir|租房合同到期后退租，押金能退吗？",
  "qual|租房合同到期前退租，已经找好转租的人了，押金能退吗？",
  "ent|租房合同到期前退租，中介费能退吗？")
G("real-estate", "买期房和买现房哪个风险大？",
  "wo|买现房和买期房哪个风险大？",
  "zhv|买期房跟买现房哪个风险更大？",
  "shv|买期房和买现房哪个价格便宜？",
  "ent|买二手房和买期房哪个风险大？")
G("real-estate", "房子过户需要多长时间？",
  "zhv|房子过户要多久？",
  "act|房子办抵押登记需要多长时间？",
  "ent|车辆过户需要多长时间？",
  "qual|房子贷款还没还清，过户需要多长时间？",
  "tns|房子过户以后多久能拿到不动产证？")
G("real-estate", "物业费按建筑面积还是套内面积算？",
  "wo|物业费按套内面积还是建筑面积算？",
  "zhv|物业费是按照建筑面积还是套内面积来收？",
  "ent|暖气费按建筑面积还是套内面积算？",
  "shv|物业费不交会影响房子过户吗？",
  "qty|物业费是每个月交还是每年交？")
G("real-estate", "房东把房子卖了，租客还能继续住吗？",
  "voc|房子被房东卖了，租客还能继续住吗？",
  "zhv|房东把房子卖了，租客能不能继续住？",
  "dir|租客把房子转租给别人了，房东能收回房子吗？",
  "shv|房东要卖房子，租客可以优先购买吗？",
  "neg|房东把房子卖了，当初没签书面租房合同，租客还能继续住吗？")
G("real-estate", "学区房落户后几年才能上学？",
  "zhv|学区房落户以后要几年才能上学？",
  "qual|租房落户在学区，几年才能上学？",
  "neg|学区房没落户能上学吗？",
  "shv|学区房落户需要什么材料？")
G("real-estate", "二手房贷款最长能贷多少年？",
  "zhv|二手房贷款最多可以贷几年？",
  "typ|二手房贷款最长贷多少年",
  "op|二手房贷款最短能贷多少年？",
  "ent|新房贷款最长能贷多少年？",
  "qual|房龄三十年的二手房贷款最长能贷多少年？")
G("real-estate", "购房满几年才能卖？",
  "zhv|买的房子要满几年才可以卖？",
  "ent|购房满几年才能落户？",
  "neg|购房不满两年卖要交哪些税？",
  "qual|经济适用房购房满几年才能上市卖？")

# ---------------------------------------------------------------- extra groups, mixed domains
G("shopping", "Is shipping free on orders of at least $50?",
  "ord|Do I get free delivery if I spend $50 or more?",
  "pol|Please confirm: is shipping free on orders of at least $50?",
  "op|Is shipping free on orders of at most $50?",
  "qty|Is shipping free on orders of at least 50 items?",
  "tns|Was shipping free on orders of at least $50 last year?")
G("banking", "信用卡免息期最长有多少天？",
  "zhv|信用卡免息期最长是几天？",
  "ord|刷信用卡最多能晚多少天还钱不算利息？",
  "op|信用卡免息期最短有多少天？",
  "tns|信用卡免息期已经过了还没还，利息怎么算？",
  "ent|花呗免息期最长有多少天？")
G("health", "How many times a day should I take amoxicillin?",
  "ord|What's the usual dosing schedule for amoxicillin, how often each day?",
  "pol|Hi, could you tell me how many times a day I should take amoxicillin?",
  "qty|How many times a week should I take amoxicillin?",
  "neg|What happens if I don't finish my amoxicillin?",
  "tns|I forgot to take my amoxicillin this morning; should I take two now?")
G("programming", "How do I get the first element of a list in Python?",
  "syn|How do I access the first item in a Python list?",
  "typ|python get first element of list",
  "op|How do I get the second element of a list in Python?",
  "op|How do I get the last element of a list in Python?",
  "neg|How do I get all but the first element of a list in Python?",
  "ent|How do I get the first element of a set in Python?")
G("school", "期中考试占总成绩的百分之多少？",
  "zhv|期中考试在总成绩里占多少比例？",
  "pol|老师您好，请问期中考试占总成绩的百分之多少？",
  "ent|期末考试占总成绩的百分之多少？",
  "neg|期中考试没考，总成绩怎么算？")
G("travel", "Can I check in online more than 24 hours before my flight?",
  "ctr|Can I check in online if it's more than 24 hours before my flight?",
  "ord|Is it possible to do web check-in earlier than a day ahead of departure?",
  "op|Can I check in online less than 1 hour before my flight?",
  "neg|Why can't I check in online for my flight?",
  "tns|I checked in online more than 24 hours before my flight; can I still change my seat?")
G("telecom", "每个月前10G流量是免费的吗？",
  "zhv|每个月前10G流量是不是免费的？",
  "ord|一个月里头10个G以内的流量不收钱吗？",
  "op|每个月前100G流量是免费的吗？",
  "qty|每天前10G流量是免费的吗？",
  "op|每个月超过10G以后的流量是免费的吗？")
G("hr", "Does my employer have to pay me for jury duty if I'm an hourly employee?",
  "ctr|Does my employer have to pay me for jury duty if I am an hourly employee?",
  "voc|Do I have to be paid by my employer for jury duty if I'm an hourly employee?",
  "neg|Does my employer have to pay me for jury duty if I'm not hourly but salaried?",
  "qty|How many days of jury duty does my employer have to pay for?",
  "tns|I was on jury duty last week; when will my employer pay me for it?")
G("real-estate", "Can I get a mortgage with less than 2 years of employment history?",
  "ctr|Can I get a mortgage if I've worked for less than 2 years?",
  "pol|Hello, is it possible to get a mortgage with less than 2 years of employment history?",
  "qual|Can I get a mortgage with less than 2 years of employment history if I'm self-employed?",
  "qty|Can I get a mortgage with less than 2 months of employment history?",
  "neg|Can I get a mortgage with no employment history at all?")
G("cooking", "面包发酵需要多长时间？",
  "zhv|面包发酵要多久？",
  "ord|做面包的时候，面团一般要醒发多长时间？",
  "neg|面包不发酵能做吗？",
  "tns|面包已经发酵过头了怎么办？",
  "qual|冬天面包发酵需要多长时间？")
G("insurance", "Is my deductible per year or per claim?",
  "wo|Is my deductible per claim or per year?",
  "ord|Do I pay the deductible once every year, or every time I file a claim?",
  "ent|Is my out-of-pocket maximum per year or per claim?",
  "neg|Do I still pay my deductible if the accident wasn't my fault?",
  "shv|How do I lower my deductible at renewal?")
G("law", "交通违章超过12分会怎么样？",
  "syn|交通违章扣满12分会怎么样？",
  "pol|请问交通违章超过12分会怎么样？",
  "op|交通违章不到12分会怎么样？",
  "op|交通违章超过6分会怎么样？",
  "neg|交通违章一直没处理会怎么样？")
G("banking", "Can I withdraw more than $10,000 in cash without it being reported?",
  "ctr|Can I withdraw over $10,000 in cash and it won't be reported?",
  "pol|Sorry if this is a silly question, but can I withdraw more than $10,000 in cash without it being reported?",
  "op|Can I withdraw less than $10,000 in cash without it being reported?",
  "qty|Can I withdraw more than $10,000 in cash per year without it being reported?",
  "act|Can I deposit more than $10,000 in cash without it being reported?")
G("health", "每天喝多少水合适？",
  "zhv|每天喝多少水比较合适？",
  "ord|一个人一天应该喝多少升水？",
  "qty|每小时喝多少水合适？",
  "qual|孕妇每天喝多少水合适？",
  "op|每天喝三升以上的水合适吗？")

# ---------------------------------------------------------------- more groups, mixed domains
G("telecom", "How much does the unlimited plan cost per line per month?",
  "wo|Per line per month, how much does the unlimited plan cost?",
  "qty|How much does the unlimited plan cost per line per year?",
  "op|How much does the unlimited plan cost for 4 lines per month?",
  "neg|How much does the unlimited plan cost per line per month without autopay?",
  "tns|How much did the unlimited plan cost per line per month before the last price increase?")
G("cooking", "How many ounces of pasta should I cook per person?",
  "wo|Per person, how many ounces of pasta should I cook?",
  "ctr|How many ounces of pasta should I cook if there's just one person eating?",
  "qty|How many grams of pasta should I cook per person?",
  "qual|How many ounces of fresh egg pasta should I cook per person?",
  "op|How many ounces of pasta should I cook for a family of six?")
G("health", "布洛芬每天最多吃几片？",
  "wo|一天之内最多能吃几片布洛芬？",
  "zhv|布洛芬一天最多可以吃几片？",
  "qty|布洛芬每次最多吃几片？",
  "qty|布洛芬每周最多吃几片？",
  "qual|儿童布洛芬混悬液每天最多吃几次？",
  "shv|布洛芬不能和哪些药一起吃？")
G("school", "How many hours of community service do I need to graduate?",
  "wo|To graduate, how many hours of community service do I need?",
  "pol|Hi, may I ask how many hours of community service I need to graduate?",
  "qty|How many days of community service do I need to graduate?",
  "tns|How many hours of community service have I already logged?",
  "qual|How many hours of community service do I need to graduate with honors?")
G("banking", "每个月存两千，存五年一共有多少钱？",
  "wo|存五年，每个月存两千，一共有多少钱？",
  "qty|每年存两千，存五年一共有多少钱？",
  "op|每个月存两千，存十年一共有多少钱？",
  "tns|每个月存两千，已经存了五年，现在取出来要交税吗？",
  "neg|每个月存两千，存五年，不算利息一共有多少钱？")
G("travel", "Can I bring a 150 ml bottle of shampoo in my carry-on?",
  "ctr|Can I bring a 150 ml bottle of shampoo in my carry-on, or isn't that allowed?",
  "wo|In my carry-on, can I bring a 150 ml bottle of shampoo?",
  "op|Can I bring a 90 ml bottle of shampoo in my carry-on?",
  "ent|Can I bring a 150 ml bottle of shampoo in my checked bag?",
  "qual|Can I bring an empty 150 ml bottle in my carry-on?")
G("real-estate", "房租每月三千，押一付三一共先交多少钱？",
  "zhv|房租每月三千，押一付三一开始总共要交多少？",
  "wo|押一付三，房租每月三千，一共先交多少钱？",
  "op|房租每月三千，押二付三一共先交多少钱？",
  "qty|房租每季度三千，押一付三一共先交多少钱？",
  "dir|房租每月三千，押三付一一共先交多少钱？")
G("insurance", "How much does car insurance cost per month for a 17-year-old?",
  "wo|For a 17-year-old, how much does car insurance cost per month?",
  "ctr|What's car insurance cost per month for a 17-year-old?",
  "qty|How much does car insurance cost per year for a 17-year-old?",
  "op|How much does car insurance cost per month for a 25-year-old?",
  "neg|How much does car insurance cost per month for a 17-year-old who isn't on their parents' policy?")
G("hr", "每周工作超过40小时算加班吗？",
  "zhv|每周工作超过40个小时算不算加班？",
  "pol|请问每周工作超过40小时算加班吗？",
  "qty|每月工作超过40小时算加班吗？",
  "qty|每天工作超过8小时算加班吗？",
  "op|每周工作超过44小时算加班吗？",
  "neg|每周工作没超过40小时，但是周末上了一天班，算加班吗？")
G("shopping", "这个大米多少钱一斤？",
  "zhv|这个大米一斤什么价格？",
  "wo|一斤这个大米多少钱？",
  "qty|这个大米多少钱一公斤？",
  "qty|这个大米多少钱一袋？",
  "ent|这个小米多少钱一斤？")


# ---------------------------------------------------------------- writer
def split_of(group):
    """The rule of split.py: an even first byte of SHA-256 of the group id is dev, an odd one test."""
    return "dev" if hashlib.sha256(group.encode()).digest()[0] % 2 == 0 else "test"


def norm(text):
    """Lowercase and drop punctuation, symbols and spaces (for the duplicate checks)."""
    return "".join(ch for ch in text.lower() if ch.isalnum() or CJK.match(ch))


def rows():
    out = []
    seen_pairs = set()
    seen_anchors = set()
    for index, (domain, a, variants) in enumerate(GROUPS, start=1):
        group = f"x16-{index:03d}"
        assert domain in DOMAINS, (group, domain)
        lang = "zh" if CJK.search(a) else "en"
        assert 4 <= len(variants) <= 6, (group, len(variants))
        assert a == a.strip() and norm(a) not in seen_anchors, (group, a)
        seen_anchors.add(norm(a))
        labels = set()
        for variant in variants:
            code, _, b = variant.partition("|")
            assert b and b == b.strip(), (group, variant)
            assert b != a, (group, b)
            if code in TRUE_CODES:
                label, cls = True, TRUE_CODES[code]
            else:
                assert code in FALSE_CODES, (group, code)
                label, cls = False, FALSE_CODES[code]
            if lang == "zh":
                assert CJK.search(b), (group, b)
            else:
                assert not CJK.search(b), (group, b)
            if code == "ctr":
                assert lang == "en", (group, b)
            if code == "zhv":
                assert lang == "zh", (group, b)
            if norm(a) == norm(b):
                assert code in ("typ", "op", "ctr", "wo"), (group, b)
            key = frozenset((a, b))
            assert key not in seen_pairs, (group, b)
            seen_pairs.add(key)
            labels.add(label)
            out.append({"a": a, "b": b, "label": label, "lang": lang, "class": cls, "domain": domain,
                        "group": group, "split": split_of(group)})
        assert labels == {True, False}, group
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "extra-16.jsonl")
    if len(sys.argv) > 1:
        path = sys.argv[1]
    data = rows()
    with open(path, "w", encoding="utf-8") as out:
        for row in data:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{path}: {len(data)} pairs in {len(GROUPS)} groups")


if __name__ == "__main__":
    main()
