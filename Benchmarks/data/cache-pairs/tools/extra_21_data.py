#!/usr/bin/env python3
"""Writes Benchmarks/data/cache-pairs/extra-21.jsonl from the literal data below.

    python3 Benchmarks/data/cache-pairs/tools/extra_20_data.py

Labelled pairs for the semantic cache in the core domains (shopping, banking/payments, health/pharmacy,
programming, school/university, travel/airlines) plus customer service and math, about half near-misses that share
most words with the anchor and half paraphrases (at least a quarter of them heavier Quora-style rewordings).

Each group is one anchor question `a` and its variants `b`, written as "code|text"; the code names the class and
the class fixes the label (true: one complete, correct answer to `a` fully serves `b`). Group ids run x21-001 ...
in writing order. The split of each group comes from its id alone (the rule of split.py: even first byte of
SHA-256 of the id is dev, odd is test). The output is deterministic.
"""
import hashlib
import json
import os
import re
import sys

TRUE_CODES = {
    "wo": "reorder",          # fronted phrases, clause order
    "syn": "synonym",         # common synonyms and inflections
    "pol": "politeness",      # could you tell me / 请问 / 麻烦问一下
    "reph": "rephrase",       # heavier rewording, as people ask the same thing twice
    "voc": "voice",           # passive <-> active, 被 <-> 把 with the same roles
    "typo": "typo-case",      # typos, case, punctuation, full-width characters
    "par": "particles",       # Chinese 吗/呢/啊/了
    "nums": "numbers-same",   # the same number written differently
}
FALSE_CODES = {
    "dir": "direction",             # to/from, A→B / B→A, who does what to whom, before/after, A比B / B比A
    "op": "operator",               # signs, comparisons, units converted the other way
    "qual": "qualifier",            # a restricting word or clause added or dropped
    "act": "action",                # another verb on the same object
    "obj": "object",                # the same verb on another object
    "num": "number",                # another amount, date, age or count
    "neg": "negation",              # not / without / never, 不 / 没 / 无需
    "ent": "entity",                # another city, product, brand or plan
    "qw": "question-word",          # how much / how long, 什么时候 / 在哪里
    "scope": "scope",               # whole / part, 全部 / 部分
    "time": "time",                 # tense or time reference
    "pers": "person",               # my / my wife's, 我的 / 我妈的, I / we
    "mod": "modality",              # must / may, 必须 / 可以
    "shv": "shared-vocabulary",     # another question in the same words
}
DOMAINS = {
    "shopping", "banking", "health", "programming", "school", "travel", "customer-service", "math",
}
CJK = re.compile(r"[\u4e00-\u9fff]")

GROUPS = []


def G(domain, a, *variants):
    GROUPS.append((domain, a, variants))

# ---------------------------------------------------------------- shopping (en)
G("shopping", "Can I return a blender I bought online to a physical store?",
  "dir|Can I return a blender I bought in a physical store through the website?",
  "reph|If I ordered a blender on your website, is it okay to bring it back to one of your shops?",
  "act|Can I exchange a blender I bought online at a physical store?",
  "syn|Can I return a blender I purchased online to a brick-and-mortar store?",
  "qual|Can I return an opened blender I bought online to a physical store?",
  "reph|I ordered a blender from your site — can I drop it off at a store for a return instead of mailing it?")
G("shopping", "How long does standard shipping take to Alaska?",
  "qw|How much does standard shipping cost to Alaska?",
  "ent|How long does standard shipping take to Hawaii?",
  "syn|How many days does standard shipping take to Alaska?",
  "wo|To Alaska, how long does standard shipping take?",
  "ent|How long does express shipping take to Alaska?",
  "reph|Roughly how many days will a standard-shipping order take to get to Alaska?")
G("shopping", "Is the 65-inch model more expensive than the 55-inch one?",
  "wo|Is the 55-inch model cheaper than the 65-inch one?",
  "op|Is the 65-inch model cheaper than the 55-inch one?",
  "reph|Does the 65-inch TV cost more than the 55-inch version?",
  "qw|How much more expensive is the 65-inch model than the 55-inch one?",
  "ent|Is the 65-inch model more expensive than the 75-inch one?",
  "syn|Does the 65-inch model cost more than the 55-inch one?")
G("shopping", "Is free shipping available on orders over $50?",
  "num|Is free shipping available on orders over $35?",
  "op|Is free shipping available on orders under $50?",
  "reph|If I spend more than fifty dollars, do I get shipping for free?",
  "nums|Is free shipping available on orders over fifty dollars?",
  "qual|Is free shipping available on international orders over $50?",
  "syn|Do orders above $50 ship for free?")
G("shopping", "Do students get a discount on laptops?",
  "pers|Do teachers get a discount on laptops?",
  "obj|Do students get a discount on headphones?",
  "syn|Is there a student discount on laptops?",
  "reph|Can I buy a laptop cheaper if I'm a student?",
  "qual|Do students get a discount on refurbished laptops?",
  "reph|Is there a discount on laptops for people who are students?")
G("shopping", "What is your return window for shoes?",
  "syn|How long do I have to return shoes?",
  "obj|What is your return window for swimwear?",
  "qw|What is your return address for shoes?",
  "pol|Could you tell me what your return window for shoes is?",
  "qual|What is your return window for shoes bought on clearance?",
  "syn|How many days do I have to send back shoes?")
G("shopping", "Can I pay for my order in cash on delivery?",
  "neg|Can't I pay for my order in cash on delivery anymore?",
  "ent|Can I pay for my order with PayPal on delivery?",
  "reph|Is cash on delivery an accepted payment method for orders?",
  "mod|Do I have to pay for my order in cash on delivery?",
  "wo|On delivery, can I pay for my order in cash?",
  "pol|Hi, could you tell me if I can pay for my order in cash on delivery?")
G("shopping", "Will the iPhone case fit the iPhone 15 Pro?",
  "ent|Will the iPhone case fit the iPhone 15 Pro Max?",
  "typo|will the iphone case fit the iPhone 15 pro",
  "dir|Will the iPhone 15 Pro case fit the iPhone 15?",
  "syn|Is the iPhone case compatible with the iPhone 15 Pro?",
  "shv|Will the iPhone 15 Pro fit in the case pocket of this bag?",
  "reph|Is this iPhone case the right size for an iPhone 15 Pro?")
G("shopping", "Does the sale price apply to items already in my cart?",
  "reph|If something is already sitting in my cart, do I get the sale price on it?",
  "time|Will the sale price apply to items I bought yesterday?",
  "scope|Does the sale price apply to every item in the store?",
  "syn|Is the discounted price applied to items already in my cart?",
  "neg|Why doesn't the sale price apply to items already in my cart?",
  "wo|For items already in my cart, does the sale price apply?")
G("shopping", "Can I get a refund instead of store credit?",
  "dir|Can I get store credit instead of a refund?",
  "reph|Is it possible to have my money back rather than a store credit?",
  "qual|Can I get a refund instead of store credit without a receipt?",
  "syn|Can I receive a refund instead of store credit?",
  "act|Can I transfer my store credit to someone else?",
  "pol|Could you tell me whether I can get a refund instead of store credit?")
G("shopping", "How do I track a package that was split into two shipments?",
  "num|How do I track a package that was split into three shipments?",
  "act|How do I return a package that was split into two shipments?",
  "reph|My order came in two separate boxes; how do I follow each one?",
  "nums|How do I track a package that was split into 2 shipments?",
  "neg|Why can't I track a package that was split into two shipments?",
  "syn|How do I track a parcel that was split into two shipments?")
G("shopping", "Is the warranty on this washer two years or three years?",
  "reph|Does this washer come with a two-year or a three-year warranty?",
  "obj|Is the warranty on this dryer two years or three years?",
  "qw|Who handles the warranty on this washer?",
  "wo|Is the warranty on this washer three years or two years?",
  "qual|Is the extended warranty on this washer two years or three years?",
  "reph|How long is the warranty on this washer — two or three years?")
# ---------------------------------------------------------------- shopping (zh)
G("shopping", "网上买的衣服可以拿到实体店退吗？",
  "act|网上买的衣服可以拿到实体店换吗？",
  "syn|网购的衣服能去实体店退货吗？",
  "par|网上买的衣服可以拿到实体店退不？",
  "qual|网上打折买的衣服可以拿到实体店退吗？",
  "reph|衣服是在网店买的，能不能直接去线下门店退货？")
G("shopping", "双十一的价格比平时便宜多少？",
  "ent|618的价格比平时便宜多少？",
  "wo|平时的价格比双十一贵多少？",
  "op|双十一的价格比平时贵多少？",
  "pol|麻烦问一下，双十一的价格比平时便宜多少？",
  "qw|双十一的价格为什么比平时便宜？",
  "syn|双十一的价格比平常便宜多少？")
G("shopping", "满300减50的券可以和店铺券一起用吗？",
  "num|满300减30的券可以和店铺券一起用吗？",
  "nums|满三百减五十的券可以和店铺券一起用吗？",
  "syn|满300减50的优惠券能跟店铺优惠券叠加使用吗？",
  "neg|满300减50的券为什么不能和店铺券一起用？",
  "reph|我有一张满300减50的券，还能再叠加店铺优惠券吗？")
G("shopping", "这款手机有没有黑色的？",
  "ent|这款手机有没有白色的？",
  "par|这款手机有黑色的吗？",
  "obj|这款手机壳有没有黑色的？",
  "syn|这个型号的手机有黑色款吗？",
  "qw|这款手机黑色的多少钱？",
  "reph|这个手机出不出黑色款？")
G("shopping", "拼多多上的东西比淘宝便宜吗？",
  "wo|淘宝上的东西比拼多多贵吗？",
  "dir|淘宝上的东西比拼多多便宜吗？",
  "ent|京东上的东西比淘宝便宜吗？",
  "reph|同样的东西，在拼多多买是不是比在淘宝买更省钱？",
  "op|拼多多上的东西比淘宝贵吗？",
  "syn|拼多多上的商品比淘宝便宜吗？")
G("shopping", "会员可以免运费吗？",
  "neg|非会员可以免运费吗？",
  "syn|会员能包邮吗？",
  "qual|会员买生鲜可以免运费吗？",
  "pol|请问会员可以免运费吗？",
  "mod|会员必须付运费吗？",
  "reph|开通了会员以后买东西还用付运费吗？")
G("shopping", "收到的商品有破损可以只退一件吗？",
  "scope|收到的商品有破损可以整单都退吗？",
  "act|收到的商品有破损可以只换一件吗？",
  "syn|收到的东西坏了，能只退其中一件吗？",
  "par|收到的商品有破损，可以只退一件吧",
  "num|收到的商品有破损可以只退两件吗？",
  "reph|到货的东西里有一件是坏的，能不能只退那一件？")
G("shopping", "下单后还能修改收货地址吗？",
  "time|发货后还能修改收货地址吗？",
  "syn|下单之后还能改收货地址吗？",
  "obj|下单后还能修改收货人电话吗？",
  "reph|订单已经提交了，地址填错了能不能改？",
  "act|下单后还能取消订单吗？",
  "pol|麻烦问一下，下单后还能修改收货地址吗？")
G("shopping", "预售商品的定金可以退吗？",
  "obj|预售商品的尾款可以退吗？",
  "syn|预售商品付的定金能退回来吗？",
  "neg|预售商品的定金为什么不能退？",
  "reph|我付了预售的定金，现在不想要了，钱还能拿回来吗？",
  "qual|预售商品的定金超过付尾款时间还可以退吗？",
  "par|预售商品的定金可以退吗？能退吗")
G("shopping", "价保期内降价了怎么申请差价？",
  "time|价保期过了降价了怎么申请差价？",
  "syn|在价格保护期内降价，怎样申请退差价？",
  "dir|价保期内涨价了要补差价吗？",
  "pol|想请教一下，价保期内降价了怎么申请差价？",
  "act|价保期内降价了可以直接退货吗？",
  "reph|买完东西还在价保期，结果降价了，差价要怎么申请退回来？")
G("shopping", "Is this dress available in size M?",
  "num|Is this dress available in size L?",
  "syn|Do you have this dress in a medium?",
  "obj|Is this skirt available in size M?",
  "reph|Can I still get this dress in M or is it sold out?",
  "qw|When will this dress be available in size M?",
  "typo|is this dress available in size m?")

# ---------------------------------------------------------------- banking (en)
G("banking", "Is there a fee for sending a wire transfer to another country?",
  "dir|Is there a fee for receiving a wire transfer from another country?",
  "reph|Do you charge anything when I wire money internationally?",
  "qw|How long does a wire transfer to another country take?",
  "syn|Is there a charge for sending a wire transfer to another country?",
  "qual|Is there a fee for sending a wire transfer to another country on weekends?",
  "reph|Does it cost anything to send an international wire?")
G("banking", "What happens if I miss a credit card payment by one day?",
  "num|What happens if I miss a credit card payment by thirty days?",
  "nums|What happens if I miss a credit card payment by 1 day?",
  "reph|If my credit card payment is a day late, what are the consequences?",
  "obj|What happens if I miss a mortgage payment by one day?",
  "qw|How much is the fee if I miss a credit card payment by one day?",
  "pol|Could you tell me what happens if I miss a credit card payment by one day?")
G("banking", "How do I freeze my debit card if I lost it?",
  "act|How do I unfreeze my debit card if I found it?",
  "syn|How do I lock my debit card if I've lost it?",
  "reph|I misplaced my debit card — how can I block it right away?",
  "ent|How do I freeze my credit card if I lost it?",
  "act|How do I order a replacement debit card if I lost it?",
  "voc|How can my lost debit card be frozen?")
G("banking", "Does Venmo charge a fee to send money to a friend?",
  "dir|Does Venmo charge a fee to receive money from a friend?",
  "ent|Does Zelle charge a fee to send money to a friend?",
  "qual|Does Venmo charge a fee to send money to a friend with a credit card?",
  "syn|Is there a Venmo fee for sending money to a friend?",
  "pol|Could you tell me whether Venmo charges a fee to send money to a friend?",
  "reph|If I send a friend money on Venmo, will I be charged a fee?")
G("banking", "Is the interest rate on a CD higher than on a savings account?",
  "wo|Is the interest rate on a savings account lower than on a CD?",
  "op|Is the interest rate on a CD lower than on a savings account?",
  "ent|Is the interest rate on a money market account higher than on a savings account?",
  "reph|Do CDs pay better interest than regular savings accounts?",
  "qw|How much higher is the interest rate on a CD than on a savings account?",
  "syn|Does a CD have a higher interest rate than a savings account?")
G("banking", "Who pays the fee when I send money by bank transfer, me or the recipient?",
  "syn|When I send money by bank transfer, who pays the fee, me or the receiver?",
  "shv|Who pays me back the fee when the recipient returns a bank transfer?",
  "qw|How much is the fee when I send money by bank transfer?",
  "reph|For a bank transfer, is the fee charged to the sender or to the person getting the money?",
  "act|Who pays the fee when I cancel a bank transfer, me or the recipient?",
  "wo|When I send money by bank transfer, does the fee fall on me or on the recipient?")
G("banking", "Can I open a bank account online as an international student?",
  "qual|Can I open a bank account online?",
  "pers|Can I open a bank account online for my 12-year-old daughter?",
  "reph|As a student from abroad, am I able to set up a bank account over the internet?",
  "act|Can I close a bank account online as an international student?",
  "wo|As an international student, can I open a bank account online?",
  "syn|Can I open a bank account online if I'm an international student?")
G("banking", "How long does it take for a check to clear?",
  "qw|How much does it cost for a check to clear?",
  "syn|How many days does it take for a check to clear?",
  "qual|How long does it take for a check over $10,000 to clear?",
  "reph|After I deposit a check, when can I actually use the money?",
  "act|How long does it take for a check to be cancelled?",
  "reph|Once I deposit a check, how many days until it clears?")
G("banking", "Can I withdraw cash from my credit card without interest?",
  "qw|Why do I pay interest when I withdraw cash from my credit card?",
  "reph|Is a credit card cash advance interest-free?",
  "ent|Can I withdraw cash from my debit card without interest?",
  "syn|Can I take out cash on my credit card without paying interest?",
  "obj|Can I withdraw cash from my credit card without a fee?",
  "pol|Hi, quick question: can I withdraw cash from my credit card without interest?")
# ---------------------------------------------------------------- banking (zh)
G("banking", "怎么把美元换成人民币？",
  "dir|怎么把人民币换成美元？",
  "syn|如何把美元兑换成人民币？",
  "ent|怎么把欧元换成人民币？",
  "par|怎么把美元换成人民币呢",
  "qw|美元换成人民币在哪里换最划算？",
  "reph|我手上有美元，想换成人民币，应该怎么换？")
G("banking", "微信转账给别人转错了能退回来吗？",
  "dir|别人转错钱给我，我要退回去吗？",
  "ent|支付宝转账给别人转错了能退回来吗？",
  "syn|微信转账转错人了，钱还能要回来吗？",
  "par|微信转账给别人转错了，能退回来吧？",
  "qual|微信转账给陌生人转错了而且被拉黑了能退回来吗？",
  "reph|用微信转账转错了人，这笔钱还能追回来吗？")
G("banking", "大额存单的利率比定期存款高吗？",
  "wo|定期存款的利率比大额存单低吗？",
  "op|大额存单的利率比定期存款低吗？",
  "qw|大额存单的利率比定期存款高多少？",
  "syn|大额存单的利息比定期存款高吗？",
  "ent|大额存单的利率比国债高吗？",
  "reph|大额存单给的利息是不是比定期存款高？")
G("banking", "退休人员可以办信用卡吗？",
  "qual|可以办信用卡吗？",
  "pers|学生可以办信用卡吗？",
  "syn|退休的人能申请信用卡吗？",
  "pol|请问退休人员可以办信用卡吗？",
  "act|退休人员可以注销信用卡吗？",
  "reph|已经退休的人还能不能申请办信用卡？")
G("banking", "从工商银行转账到招商银行多久到账？",
  "dir|从招商银行转账到工商银行多久到账？",
  "qw|从工商银行转账到招商银行要多少手续费？",
  "syn|工行转账到招行要多长时间到账？",
  "reph|我用工行的卡给招行的卡转钱，大概要等多久钱才能过去？",
  "ent|从工商银行转账到建设银行多久到账？",
  "syn|从工行转账到招行多长时间到账？")
G("banking", "信用卡的免息期最长是多少天？",
  "op|信用卡的免息期最短是多少天？",
  "syn|信用卡最长的免息期有几天？",
  "obj|信用卡的账单日最晚是哪天？",
  "reph|用信用卡消费，最多能有多少天不用付利息？",
  "qual|信用卡取现的免息期最长是多少天？",
  "reph|信用卡最多能免息多少天？")
G("banking", "存5000元和存50000元的利率一样吗？",
  "num|存500元和存5000元的利率一样吗？",
  "nums|存五千元和存五万元的利率一样吗？",
  "syn|存5000块和存50000块，利率是一样的吗？",
  "qw|存5000元和存50000元的利率分别是多少？",
  "ent|贷5000元和贷50000元的利率一样吗？",
  "par|存5000元和存50000元的利率一样吗？是一样的吧")
G("banking", "支付宝余额可以直接提现到银行卡吗？",
  "dir|银行卡的钱可以直接充值到支付宝余额吗？",
  "syn|支付宝余额能直接提到银行卡上吗？",
  "qw|支付宝余额提现到银行卡要多少手续费？",
  "par|支付宝余额可以直接提现到银行卡吧？",
  "ent|微信零钱可以直接提现到银行卡吗？",
  "reph|支付宝里的余额，能不能直接提到我的银行卡上？")
G("banking", "Can I set up automatic payments for my credit card bill?",
  "act|Can I stop automatic payments for my credit card bill?",
  "syn|Can I set up autopay for my credit card bill?",
  "obj|Can I set up automatic payments for my phone bill?",
  "reph|Is there a way to have my credit card paid off automatically every month?",
  "scope|Can I set up automatic payments for the full balance only?",
  "reph|Can my credit card bill be paid automatically each month?")

# ---------------------------------------------------------------- health (en)
G("health", "Should I take this antibiotic before or after meals?",
  "wo|Should I take this antibiotic after or before meals?",
  "qw|How many days should I take this antibiotic?",
  "reph|Is this antibiotic meant to be taken on an empty stomach or with food?",
  "obj|Should I take this vitamin before or after meals?",
  "neg|What happens if I don't take this antibiotic with meals?",
  "syn|Should this antibiotic be taken before meals or after meals?")
G("health", "How long does a flu shot take to start working?",
  "qw|How much does a flu shot cost?",
  "syn|How long does it take for a flu shot to become effective?",
  "ent|How long does a COVID booster take to start working?",
  "reph|After getting the flu vaccine, how many days until I'm protected?",
  "qw|How long does a flu shot protect you?",
  "reph|After the flu shot, how long until it actually protects me?")
G("health", "Is a blood pressure of 140/90 too high?",
  "num|Is a blood pressure of 130/80 too high?",
  "op|Is a blood pressure of 140/90 too low?",
  "syn|Is 140/90 high blood pressure?",
  "reph|My reading was 140 over 90 — should I worry that it's elevated?",
  "qual|Is a blood pressure of 140/90 too high for a 75-year-old?",
  "pol|Could you tell me whether 140/90 is too high for blood pressure?")
G("health", "Does the pharmacy refill prescriptions on weekends?",
  "qual|Does the pharmacy refill prescriptions?",
  "wo|On weekends, does the pharmacy refill prescriptions?",
  "act|Does the pharmacy transfer prescriptions on weekends?",
  "syn|Does the pharmacy fill prescription refills on Saturdays and Sundays?",
  "time|Does the pharmacy refill prescriptions on holidays?",
  "syn|Does the pharmacy refill prescriptions on Saturdays and Sundays?")
G("health", "What's the difference between a cold and the flu?",
  "wo|What's the difference between the flu and a cold?",
  "ent|What's the difference between a cold and COVID?",
  "reph|How can I tell whether I have the flu or just a cold?",
  "shv|Can a cold turn into the flu?",
  "pol|Hi, could you explain the difference between a cold and the flu?")
G("health", "Can I split a 20 mg tablet into two 10 mg doses?",
  "num|Can I split a 40 mg tablet into two 20 mg doses?",
  "reph|Is it okay to cut my 20 mg pill in half to take 10 mg at a time?",
  "dir|Can I take two 10 mg tablets instead of one 20 mg tablet?",
  "qual|Can I split a 20 mg extended-release tablet into two 10 mg doses?",
  "nums|Can I split a twenty-milligram tablet into two ten-milligram doses?",
  "syn|Can I cut a 20 mg tablet in half to get two 10 mg doses?")
G("health", "Should I see a doctor if my fever lasts more than three days?",
  "num|Should I see a doctor if my fever lasts more than one day?",
  "pers|Should I take my baby to a doctor if her fever lasts more than three days?",
  "reph|If a fever hasn't gone away after three days, is it time to get checked?",
  "nums|Should I see a doctor if my fever lasts more than 3 days?",
  "qw|What should I take if my fever lasts more than three days?",
  "wo|If my fever lasts more than three days, should I see a doctor?")
G("health", "Is generic atorvastatin as effective as Lipitor?",
  "wo|Is Lipitor as effective as generic atorvastatin?",
  "reph|Does the generic version of Lipitor work just as well as the brand name?",
  "ent|Is generic rosuvastatin as effective as Crestor?",
  "qw|Is generic atorvastatin cheaper than Lipitor?",
  "op|Is generic atorvastatin less effective than Lipitor?",
  "syn|Does generic atorvastatin work as well as Lipitor?")
# ---------------------------------------------------------------- health (zh)
G("health", "感冒药和退烧药可以一起吃吗？",
  "syn|感冒药跟退烧药能同时吃吗？",
  "pers|孩子的感冒药和退烧药可以一起吃吗？",
  "obj|感冒药和消炎药可以一起吃吗？",
  "par|感冒药和退烧药可以一起吃吧？",
  "qual|空腹时感冒药和退烧药可以一起吃吗？",
  "reph|感冒了，吃了感冒药还能再吃退烧药吗？")
G("health", "发烧38度要去医院吗？",
  "num|发烧39度要去医院吗？",
  "nums|发烧三十八度要去医院吗？",
  "pers|宝宝发烧38度要去医院吗？",
  "reph|体温到了38度，需不需要去医院看看？",
  "mod|发烧38度可以去上班吗？",
  "pol|请问发烧38度要去医院吗？")
G("health", "高血压的人能喝咖啡吗？",
  "neg|高血压的人为什么不能喝咖啡？",
  "ent|糖尿病的人能喝咖啡吗？",
  "syn|血压高的人可以喝咖啡吗？",
  "par|高血压的人能不能喝咖啡？",
  "obj|高血压的人能喝浓茶吗？",
  "par|高血压的人能喝咖啡吗？能喝吧")
G("health", "医保卡可以在药店买药吗？",
  "syn|医保卡能在药房买药吗？",
  "qual|异地医保卡可以在药店买药吗？",
  "pers|医保卡可以给家人在药店买药吗？",
  "pol|请问医保卡可以在药店买药吗？",
  "obj|医保卡可以在药店买保健品吗？",
  "reph|拿医保卡去药店买药可以刷吗？")
G("health", "疫苗打完多久可以洗澡？",
  "syn|打完疫苗多长时间可以洗澡？",
  "obj|疫苗打完多久可以喝酒？",
  "time|疫苗打之前多久不能洗澡？",
  "reph|刚打完疫苗，要隔多久才能洗澡？",
  "qw|疫苗打完为什么不能洗澡？",
  "par|疫苗打完多久可以洗澡呀")
G("health", "一天吃两片维生素C会过量吗？",
  "num|一天吃五片维生素C会过量吗？",
  "nums|一天吃2片维生素C会过量吗？",
  "ent|一天吃两片维生素D会过量吗？",
  "syn|每天吃两片维C会过量吗？",
  "qw|一天吃两片维生素C有什么好处？",
  "reph|每天吃两片维C，会不会吃多了？")
G("health", "孩子咳嗽一周了没好要做什么检查？",
  "num|孩子咳嗽一个月了没好要做什么检查？",
  "syn|孩子咳嗽七天了还没好，需要做哪些检查？",
  "pers|老人咳嗽一周了没好要做什么检查？",
  "reph|小孩咳了一个星期都不见好，去医院一般查什么？",
  "qw|孩子咳嗽一周了没好要吃什么药？",
  "par|孩子咳嗽一周了没好，要做什么检查呢")
G("health", "Does Medicare cover hearing aids?",
  "obj|Does Medicare cover eyeglasses?",
  "ent|Does Medicaid cover hearing aids?",
  "syn|Are hearing aids covered by Medicare?",
  "reph|Will Medicare pay for my hearing aids?",
  "obj|Does Medicare cover hearing tests?",
  "voc|Are hearing aids paid for by Medicare?")

# ---------------------------------------------------------------- programming (en)
G("programming", "How do I undo the last git commit but keep the changes?",
  "neg|How do I undo the last git commit and discard the changes?",
  "num|How do I undo the last three git commits but keep the changes?",
  "syn|How do I revert my most recent git commit but retain the changes?",
  "reph|I committed too early — how do I take back the commit without losing my edits?",
  "qual|How do I undo the last git commit after I already pushed it but keep the changes?",
  "pol|Could you tell me how to undo the last git commit but keep the changes?")
G("programming", "How do I convert a list to a string in Python?",
  "dir|How do I convert a string to a list in Python?",
  "ent|How do I convert a list to a string in JavaScript?",
  "reph|What's the Pythonic way to join the items of a list into one string?",
  "typo|how to convert a list to a String in python?",
  "syn|How do I turn a list into a string in Python?")
G("programming", "What is the difference between == and is in Python?",
  "wo|What is the difference between is and == in Python?",
  "ent|What is the difference between == and === in JavaScript?",
  "op|What is the difference between != and is not in Python?",
  "pol|Could you explain the difference between == and is in Python?",
  "syn|In Python, how does == differ from is?")
G("programming", "How do I select rows where the price is greater than 100 in SQL?",
  "op|How do I select rows where the price is less than 100 in SQL?",
  "op|How do I select rows where the price is greater than or equal to 100 in SQL?",
  "syn|How do I query rows whose price is above 100 in SQL?",
  "act|How do I delete rows where the price is greater than 100 in SQL?",
  "reph|What WHERE clause gets me only the records priced over 100?")
G("programming", "How do I find all files larger than 1 GB in Linux?",
  "op|How do I find all files smaller than 1 GB in Linux?",
  "num|How do I find all files larger than 100 MB in Linux?",
  "act|How do I delete all files larger than 1 GB in Linux?",
  "syn|How do I locate every file bigger than 1 GB on Linux?",
  "reph|Which find command lists files over a gigabyte on a Linux box?",
  "wo|In Linux, how do I find all files larger than 1 GB?")
G("programming", "How do I remove duplicates from an array in JavaScript?",
  "ent|How do I remove duplicates from a list in Python?",
  "syn|How do I dedupe an array in JavaScript?",
  "act|How do I count duplicates in an array in JavaScript?",
  "reph|What's the cleanest way to get only the unique values of a JS array?",
  "obj|How do I remove duplicates from an object's keys in JavaScript?",
  "wo|In JavaScript, how do I remove duplicates from an array?")
G("programming", "What does git stash do?",
  "act|What does git stash pop do?",
  "reph|What happens to my changes when I run git stash?",
  "ent|What does git reset do?",
  "pol|Hi, quick question: what does git stash do?",
  "qw|When should I use git stash instead of a commit?",
  "syn|What is git stash used for?")
G("programming", "How do I check which process is using port 8080 on Linux?",
  "num|How do I check which process is using port 3000 on Linux?",
  "ent|How do I check which process is using port 8080 on Windows?",
  "syn|How can I see which process is listening on port 8080 in Linux?",
  "wo|On Linux, how do I check which process is using port 8080?",
  "reph|Something is already bound to port 8080 on my Linux server — how do I see what it is?")
G("programming", "Does a LEFT JOIN return rows with no match in the right table?",
  "dir|Does a LEFT JOIN return rows with no match in the left table?",
  "ent|Does an INNER JOIN return rows with no match in the right table?",
  "reph|If a row in the left table has no partner on the right, does LEFT JOIN still include it?",
  "syn|Does a LEFT OUTER JOIN return rows with no match in the right table?",
  "shv|Does a LEFT JOIN return duplicate rows when the right table has several matches?",
  "voc|Are rows with no match in the right table returned by a LEFT JOIN?")
G("programming", "How do I make a Python script run every day at 9 am with cron?",
  "num|How do I make a Python script run every day at 9 pm with cron?",
  "qual|How do I make a Python script run every weekday at 9 am with cron?",
  "reph|What crontab line would launch my Python script daily at nine in the morning?",
  "nums|How do I make a Python script run every day at 09:00 with cron?",
  "obj|How do I make a bash script run every day at 9 am with cron?",
  "syn|How do I schedule a Python script to run daily at 9 am with cron?")
G("programming", "In JavaScript, what is the difference between let and const?",
  "ent|In JavaScript, what is the difference between let and var?",
  "reph|When should I declare a JS variable with const rather than let?",
  "syn|In JS, how do let and const differ?",
  "shv|Can I use let and const in the same JavaScript file?",
  "pol|Could you explain the difference between let and const in JavaScript?")
G("programming", "How do I rename a column in a PostgreSQL table?",
  "act|How do I drop a column in a PostgreSQL table?",
  "ent|How do I rename a column in a MySQL table?",
  "obj|How do I rename a PostgreSQL table?",
  "syn|How do I change a column's name in a PostgreSQL table?",
  "typo|how do I rename a colum in a postgresql table",
  "reph|What's the ALTER TABLE syntax for renaming a column in Postgres?")
G("programming", "Why is x**2 different from x^2 in Python?",
  "op|Why is x**3 different from x^3 in Python?",
  "reph|In Python, why doesn't x^2 square x the way x**2 does?",
  "ent|Why is x**2 different from x^2 in JavaScript?",
  "syn|Why does x**2 give a different result than x^2 in Python?",
  "shv|Why is x**2 faster than x*x in Python?",
  "wo|In Python, why is x**2 different from x^2?")
G("programming", "How do I list hidden files in a directory on Linux?",
  "act|How do I delete hidden files in a directory on Linux?",
  "neg|How do I list files in a directory on Linux without the hidden ones?",
  "syn|How do I show hidden files in a folder on Linux?",
  "reph|Which ls option lets me see the dotfiles in a Linux directory?",
  "ent|How do I list hidden files in a directory on macOS Finder?",
  "syn|How do I view hidden files in a directory on Linux?")
# ---------------------------------------------------------------- programming (zh)
G("programming", "git怎么把远程分支拉到本地？",
  "dir|git怎么把本地分支推到远程？",
  "act|git怎么删除远程分支？",
  "syn|git如何把远程分支拉取到本地？",
  "reph|别人在远程新建了一个分支，我本地怎么才能切换过去？",
  "typo|Git 怎么把远程分支拉到本地")
G("programming", "Linux怎么查看某个文件夹占用了多少空间？",
  "obj|Linux怎么查看整个磁盘还剩多少空间？",
  "syn|Linux下如何查看一个目录占了多大空间？",
  "act|Linux怎么清理某个文件夹占用的空间？",
  "reph|在Linux上想知道一个目录有多大，用什么命令？",
  "ent|Windows怎么查看某个文件夹占用了多少空间？",
  "par|Linux怎么查看某个文件夹占用了多少空间呢")
G("programming", "git merge和git rebase有什么区别？",
  "wo|git rebase和git merge有什么区别？",
  "reph|合并分支的时候，用merge和用rebase结果有什么不一样？",
  "mod|git merge之后必须再rebase吗？",
  "par|git merge和git rebase有啥区别啊",
  "syn|git merge跟git rebase有什么不同？")
G("programming", "JS里怎么判断一个数组是不是空的？",
  "obj|JS里怎么判断一个对象是不是空的？",
  "neg|JS里怎么判断一个数组不是空的？",
  "ent|Python里怎么判断一个列表是不是空的？",
  "reph|在JavaScript里，怎样检查一个数组里有没有元素？",
  "par|JS里怎么判断一个数组是不是空的呢",
  "wo|怎么在JS里判断一个数组是不是空的？")
G("programming", "怎么用SQL查出工资最高的前10个员工？",
  "op|怎么用SQL查出工资最低的前10个员工？",
  "num|怎么用SQL查出工资最高的前5个员工？",
  "nums|怎么用SQL查出工资最高的前十个员工？",
  "syn|用SQL怎么查询薪水排名前10的员工？",
  "scope|怎么用SQL查出每个部门工资最高的前10个员工？",
  "reph|SQL里按工资排序，只取最高的10个人，语句怎么写？")
G("programming", "Linux下怎么给脚本加执行权限？",
  "act|Linux下怎么去掉脚本的执行权限？",
  "syn|Linux中如何给脚本添加可执行权限？",
  "obj|Linux下怎么给目录加写权限？",
  "par|Linux下怎么给脚本加执行权限啊",
  "reph|Linux上运行脚本提示Permission denied，要怎么让它能执行？")
G("programming", "Python里a == b和a != b返回的都是布尔值吗？",
  "op|Python里a is b和a is not b返回的都是布尔值吗？",
  "syn|Python中a == b和a != b的结果都是bool类型吗？",
  "ent|JavaScript里a == b和a != b返回的都是布尔值吗？",
  "par|Python里a == b和a != b返回的都是布尔值吧？",
  "shv|Python里a == b和a != b哪个更快？",
  "reph|在Python里，==和!=比较的结果是不是都是True或False？")
G("programming", "git提交了错误的文件怎么撤回？",
  "qual|git提交并推送了错误的文件怎么撤回？",
  "syn|git commit了不该提交的文件，怎么撤销？",
  "act|git提交了错误的文件怎么查看？",
  "reph|我不小心把一个配置文件commit进去了，怎么把它从这次提交里拿掉？",
  "obj|git提交了错误的提交信息怎么撤回？",
  "par|git提交了错误的文件，怎么撤回呀")

# ---------------------------------------------------------------- school (en)
G("school", "Can I transfer credits from a community college to a state university?",
  "dir|Can I transfer credits from a state university to a community college?",
  "syn|Can I move my credits from a community college to a state university?",
  "reph|Will a state university accept the credits I earned at community college?",
  "qual|Can I transfer credits from an online community college to a state university?",
  "act|Can I lose credits when I transfer from a community college to a state university?",
  "pol|Could you tell me if I can transfer credits from a community college to a state university?")
G("school", "When is the last day to drop a class without a W?",
  "neg|When is the last day to drop a class with a W?",
  "act|When is the last day to add a class without a W?",
  "qw|Where do I go to drop a class without a W?",
  "syn|What is the deadline to drop a course without getting a W?",
  "wo|Without a W, when is the last day to drop a class?",
  "reph|What's the final date I can withdraw from a course and not get a W on my transcript?")
G("school", "Is the final exam worth more than the midterm?",
  "wo|Is the midterm worth less than the final exam?",
  "dir|Is the midterm worth more than the final exam?",
  "qw|How much is the final exam worth?",
  "reph|Does the final count for a bigger share of the grade than the midterm?",
  "obj|Is the final project worth more than the midterm?",
  "syn|Does the final exam count for more than the midterm?")
G("school", "Can I retake a course to replace a failing grade?",
  "qual|Can I retake a course to replace a passing grade?",
  "syn|Can I repeat a course to replace an F?",
  "reph|If I failed a class, does taking it again wipe out the old grade?",
  "num|Can I retake a course three times to replace a failing grade?",
  "pers|Can my daughter retake a course to replace a failing grade in high school?",
  "syn|Can I take a course again to replace a failing grade?")
G("school", "Do international students need health insurance to enroll?",
  "qual|Do students need health insurance to enroll?",
  "syn|Are international students required to have health insurance to enroll?",
  "mod|Can international students buy health insurance after they enroll?",
  "pol|Could you tell me whether international students need health insurance to enroll?",
  "obj|Do international students need a bank account to enroll?",
  "reph|Is health insurance a requirement for international students before they can enroll?")
G("school", "How many hours a week can student workers work during the semester?",
  "time|How many hours a week can student workers work during summer break?",
  "syn|How many hours per week are student employees allowed to work during the semester?",
  "qw|How much do student workers earn during the semester?",
  "reph|During term time, what's the weekly hour cap for on-campus student jobs?",
  "qual|How many hours a week can international student workers work during the semester?",
  "typo|how many hours a week can student workers work during the semester")
G("school", "Can I take the SAT again after I've applied?",
  "time|Can I take the SAT again before I apply?",
  "ent|Can I take the ACT again after I've applied?",
  "reph|Is it possible to resit the SAT once my applications are already submitted?",
  "act|Can I send new SAT scores after I've applied?",
  "typo|can I take the sat again after ive applied?",
  "syn|Can I retake the SAT after I've applied?")
G("school", "Does the library lend laptops to students?",
  "pers|Does the library lend laptops to staff?",
  "obj|Does the library lend calculators to students?",
  "syn|Can students borrow laptops from the library?",
  "qw|How long does the library lend laptops to students?",
  "voc|Are laptops lent to students by the library?",
  "reph|Can I check out a laptop from the library as a student?")
G("school", "Is calculus required for a biology major?",
  "ent|Is calculus required for a psychology major?",
  "dir|Is biology required for a calculus major?",
  "syn|Do biology majors have to take calculus?",
  "reph|As a bio major, will I need to pass a calculus course?",
  "qual|Is calculus II required for a biology major?",
  "voc|Is calculus required of biology majors?")
# ---------------------------------------------------------------- school (zh)
G("school", "大一新生可以转专业吗？",
  "pers|大三学生可以转专业吗？",
  "syn|大一新生能换专业吗？",
  "qw|大一新生转专业需要什么条件？",
  "par|大一新生可以转专业吧？",
  "act|大一新生可以辅修专业吗？",
  "reph|刚上大一，能不能申请换个专业？")
G("school", "期末考试挂科了可以补考几次？",
  "syn|期末考试不及格，能补考几次？",
  "qw|期末考试挂科了什么时候补考？",
  "num|期末考试挂了两科可以补考几次？",
  "reph|这学期期末挂了，学校一般给几次补考机会？",
  "obj|体育课挂科了可以补考几次？",
  "par|期末考试挂科了可以补考几次呢")
G("school", "奖学金和助学金可以同时申请吗？",
  "wo|助学金和奖学金可以同时申请吗？",
  "syn|奖学金跟助学金能一起申请吗？",
  "obj|奖学金和助学贷款可以同时申请吗？",
  "qw|奖学金和助学金哪个钱多？",
  "mod|奖学金和助学金必须同时申请吗？",
  "reph|同一学年，奖学金和助学金能不能都申请？")
G("school", "研究生可以延期毕业吗？",
  "act|研究生可以提前毕业吗？",
  "pers|本科生可以延期毕业吗？",
  "syn|研究生能推迟毕业吗？",
  "par|研究生可不可以延期毕业？",
  "qw|研究生延期毕业最多能延几年？",
  "pol|请问研究生可以延期毕业吗？")
G("school", "这学期的课表什么时候出来？",
  "time|下学期的课表什么时候出来？",
  "qw|这学期的课表在哪里查？",
  "syn|本学期的课程表什么时候公布？",
  "pol|麻烦问一下，这学期的课表什么时候出来？",
  "obj|这学期的成绩什么时候出来？",
  "par|这学期的课表什么时候出来呀")
G("school", "四级没过能拿学位证吗？",
  "neg|四级过了一定能拿学位证吗？",
  "ent|六级没过能拿学位证吗？",
  "obj|四级没过能拿毕业证吗？",
  "syn|英语四级没通过能拿到学位证吗？",
  "reph|没考过CET-4，学校会不会不给发学位证？",
  "par|四级没过能拿学位证吗？能不能拿")
G("school", "数学系的毕业学分比物理系多吗？",
  "wo|物理系的毕业学分比数学系少吗？",
  "dir|物理系的毕业学分比数学系多吗？",
  "qw|数学系的毕业学分是多少？",
  "syn|数学系毕业要求的学分比物理系多吗？",
  "ent|数学系的毕业学分比化学系多吗？",
  "reph|数学系毕业要修的学分是不是比物理系多？")
G("school", "论文查重率要低于多少才能通过？",
  "op|论文查重率高于多少就不能通过？",
  "syn|论文的重复率要低于多少才能过？",
  "qual|硕士论文查重率要低于多少才能通过？",
  "reph|毕业论文的重复比例最多能有多少才算合格？",
  "qw|论文查重在哪里查比较便宜？",
  "par|论文查重率要低于多少才能通过呢")
G("school", "我儿子的高考成绩什么时候能查？",
  "obj|我儿子的中考成绩什么时候能查？",
  "syn|我儿子的高考分数什么时候可以查询？",
  "qw|我儿子的高考成绩在哪儿能查？",
  "reph|孩子今年高考，分数哪天出来？",
  "act|我儿子的高考成绩可以复查吗？",
  "par|我儿子的高考成绩什么时候能查呀")
G("school", "How do I get a transcript sent to another university?",
  "dir|How do I get a transcript sent from another university?",
  "qw|How much does it cost to get a transcript sent to another university?",
  "syn|How do I have my transcript sent to another university?",
  "qual|How do I get an unofficial transcript sent to another university?",
  "pol|Could you tell me how to get a transcript sent to another university?",
  "wo|To another university, how do I get a transcript sent?")

# ---------------------------------------------------------------- travel (en)
G("travel", "Can I change my flight from Chicago to Denver to an earlier time?",
  "dir|Can I change my flight from Denver to Chicago to an earlier time?",
  "op|Can I change my flight from Chicago to Denver to a later time?",
  "syn|Can I switch my Chicago to Denver flight to an earlier departure?",
  "act|Can I cancel my flight from Chicago to Denver?",
  "reph|Is it possible to move my Chicago–Denver flight up to an earlier slot?",
  "pol|Hi, can I change my flight from Chicago to Denver to an earlier time?")
G("travel", "How many bags can I check on an international economy ticket?",
  "qual|How many bags can I check on an economy ticket?",
  "ent|How many bags can I check on an international business ticket?",
  "syn|How many checked bags are allowed on an international economy ticket?",
  "qw|How much does an extra checked bag cost on an international economy ticket?",
  "wo|On an international economy ticket, how many bags can I check?",
  "reph|Flying internationally in economy, what's my checked-bag allowance in number of bags?")
G("travel", "Do I need a visa to transit through Frankfurt?",
  "ent|Do I need a visa to transit through Dubai?",
  "qual|Do I need a visa to transit through Frankfurt if I leave the airport?",
  "reph|If I'm just changing planes in Frankfurt, is a transit visa required?",
  "syn|Is a visa required to transit through Frankfurt?",
  "act|Do I need a visa to stay in Frankfurt?",
  "wo|In Frankfurt, do I need a visa to transit?")
G("travel", "Is the hotel's breakfast included for 2 nights or 3 nights?",
  "nums|Is the hotel's breakfast included for two nights or three nights?",
  "obj|Is the hotel's parking included for 2 nights or 3 nights?",
  "wo|Is the hotel's breakfast included for 3 nights or 2 nights?",
  "qw|What time is the hotel's breakfast served?",
  "reph|Does my booking give me breakfast on two nights or on all three?")
G("travel", "What happens if I miss my connecting flight because the first flight was late?",
  "qual|What happens if I miss my connecting flight because I was late?",
  "syn|What happens if I miss my connection because my first flight was delayed?",
  "reph|My first leg is running late and I'll likely miss the connection — what now?",
  "typo|what happens if i miss my conecting flight because the first flight was late")
G("travel", "Is the train from Paris to London faster than flying?",
  "wo|Is flying from Paris to London slower than the train?",
  "op|Is the train from Paris to London slower than flying?",
  "ent|Is the train from Paris to Amsterdam faster than flying?",
  "qw|Is the train from Paris to London cheaper than flying?",
  "reph|Between Paris and London, does the Eurostar beat a plane door to door?",
  "syn|Is taking the train from Paris to London quicker than flying?")
G("travel", "Does my passport need to be valid for six months to enter Thailand?",
  "ent|Does my passport need to be valid for six months to enter Japan?",
  "num|Does my passport need to be valid for three months to enter Thailand?",
  "nums|Does my passport need to be valid for 6 months to enter Thailand?",
  "reph|Will Thailand turn me away if my passport expires in less than half a year?",
  "act|Does my passport need to be renewed to leave Thailand?",
  "reph|Do I need six months left on my passport to get into Thailand?")
G("travel", "Can I upgrade to business class with miles after check-in?",
  "time|Can I upgrade to business class with miles before check-in?",
  "syn|Can I use miles to upgrade to business class after checking in?",
  "ent|Can I upgrade to premium economy with miles after check-in?",
  "obj|Can I upgrade to business class with cash after check-in?",
  "wo|After check-in, can I upgrade to business class with miles?",
  "pol|Could you tell me if I can upgrade to business class with miles after check-in?")
# ---------------------------------------------------------------- travel (zh)
G("travel", "酒店可以延迟退房到下午两点吗？",
  "num|酒店可以延迟退房到下午四点吗？",
  "nums|酒店可以延迟退房到14点吗？",
  "act|酒店可以提前入住到上午十点吗？",
  "syn|酒店能延时退房到下午两点吗？",
  "reph|明天想在酒店多待一会儿，两点再退房行不行？")
G("travel", "航班延误超过四小时有赔偿吗？",
  "num|航班延误超过两小时有赔偿吗？",
  "act|航班取消有赔偿吗？",
  "syn|飞机晚点超过四个小时会赔钱吗？",
  "qual|因为天气原因航班延误超过四小时有赔偿吗？",
  "reph|飞机晚了四个多小时，航空公司要给补偿吗？",
  "par|航班延误超过四小时有赔偿吗？有没有")
G("travel", "护照过期了还能用来坐国内航班吗？",
  "neg|护照没过期能用来坐国内航班吗？",
  "obj|身份证过期了还能用来坐国内航班吗？",
  "qual|护照过期了还能用来坐国际航班吗？",
  "syn|过期的护照还可以坐国内飞机吗？",
  "par|护照过期了还能用来坐国内航班吧？",
  "reph|我的护照已经过期了，还能拿它坐国内的飞机吗？")
G("travel", "儿童坐高铁需要买票吗？",
  "qual|一米二以下的儿童坐高铁需要买票吗？",
  "pers|老人坐高铁需要买票吗？",
  "syn|小孩坐高铁要买票吗？",
  "obj|儿童坐地铁需要买票吗？",
  "par|儿童坐高铁需不需要买票？",
  "reph|带小孩坐高铁，孩子要不要单独买票？")
G("travel", "火车票在开车前多久不能退？",
  "neg|火车票在开车前多久能免费退？",
  "syn|火车票发车前多长时间就退不了了？",
  "act|火车票在开车前多久不能改签？",
  "reph|火车快开了还能退票吗，截止到开车前多久？",
  "obj|机票在起飞前多久不能退？",
  "par|火车票在开车前多久不能退呢")
G("travel", "国航和东航哪个的行李额度更多？",
  "wo|东航和国航哪个的行李额度更多？",
  "op|国航和东航哪个的行李额度更少？",
  "ent|国航和南航哪个的行李额度更多？",
  "syn|国航跟东航比，哪家免费托运行李更多？",
  "qw|国航和东航哪个的准点率更高？",
  "par|国航和东航哪个的行李额度更多呢")
G("travel", "Can I pay for a hotel room in cash only, without a credit card?",
  "neg|Can I pay for a hotel room with a credit card?",
  "reph|Will a hotel let me check in if I only have cash and no credit card?",
  "syn|Can I pay for a hotel room using only cash, with no credit card?",
  "act|Can I reserve a hotel room in cash only, without a credit card?",
  "qual|Can I pay for a hotel room in cash only, without a credit card, in Japan?",
  "wo|Without a credit card, can I pay for a hotel room in cash only?")

# ---------------------------------------------------------------- customer service (en)
G("customer-service", "How do I talk to a real person instead of the chatbot?",
  "dir|How do I get the chatbot instead of a real person?",
  "syn|How do I reach a human agent instead of the chatbot?",
  "reph|Your bot keeps looping — is there any way to get a live agent?",
  "qw|When are real people available instead of the chatbot?",
  "ent|How do I talk to a real person instead of the phone menu?",
  "pol|Hi, how do I talk to a real person instead of the chatbot?")
G("customer-service", "Can I change the email address on my account?",
  "obj|Can I change the phone number on my account?",
  "act|Can I delete the email address on my account?",
  "syn|Can I update the email address on my account?",
  "pers|Can I change the email address on my late father's account?",
  "typo|can I change the e-mail address on my acount?",
  "reph|Is it possible to switch my account to a different email address?")
G("customer-service", "What are your customer service hours on Sundays?",
  "time|What are your customer service hours on Saturdays?",
  "wo|On Sundays, what are your customer service hours?",
  "obj|What are your store hours on Sundays?",
  "reph|When can I reach your support team on a Sunday?",
  "qual|What are your customer service hours on Sundays for business accounts?",
  "syn|What are your customer support hours on Sundays?")
G("customer-service", "Can I cancel my subscription and still use it until the end of the month?",
  "obj|Can I cancel my subscription and get refunded for the rest of the month?",
  "act|Can I pause my subscription and still use it until the end of the month?",
  "reph|If I cancel now, will my subscription keep working until the billing period ends?",
  "time|Can I cancel my subscription and still use it until the end of the year?",
  "syn|Can I cancel my subscription and keep using it until the end of the month?",
  "wo|If I cancel my subscription, can I still use it until the end of the month?")
G("customer-service", "Do you call customers to ask for their password?",
  "dir|Should I call you to give you my password?",
  "reph|Would your staff ever phone me and ask for my password?",
  "obj|Do you call customers to ask for their address?",
  "syn|Do you ever phone customers and request their password?",
  "act|Do you email customers to reset their password?",
  "voc|Are customers ever called by you and asked for their password?")
G("customer-service", "How long do you keep my data after I close my account?",
  "syn|How long do you retain my data after I close my account?",
  "qw|What data do you keep after I close my account?",
  "time|How long do you keep my data before I can close my account?",
  "reph|Once my account is closed, for how long is my information stored?",
  "act|How do I download my data before I close my account?",
  "pol|Could you tell me how long you keep my data after I close my account?")
G("customer-service", "Can I get a callback instead of waiting on hold?",
  "dir|Can I wait on hold instead of getting a callback?",
  "syn|Can you call me back instead of me waiting on hold?",
  "qw|How long is the wait on hold right now?",
  "pol|Hi, quick question: can I get a callback instead of waiting on hold?",
  "qual|Can I get a callback in Spanish instead of waiting on hold?",
  "reph|Rather than sitting on hold, can I ask you to call me back?")
G("customer-service", "Is my complaint ticket still open?",
  "neg|Why was my complaint ticket closed?",
  "syn|Is my complaint ticket still active?",
  "act|Can I reopen my complaint ticket?",
  "reph|Has my complaint been resolved yet or is it still being worked on?",
  "pers|Is my wife's complaint ticket still open?",
  "typo|is my complaint ticket still open??")
G("customer-service", "Who do I contact if the installer damaged my floor?",
  "time|Who do I contact if the installer damaged my floor a year ago?",
  "syn|Whom should I contact if the installer damaged my floor?",
  "obj|Who do I contact if the installer damaged my wall?",
  "reph|The technician scratched my floor during installation; who handles that?",
  "qw|How much will you pay if the installer damaged my floor?",
  "voc|Who do I contact if my floor was damaged by the installer?")
# ---------------------------------------------------------------- customer service (zh)
G("customer-service", "投诉之后多久会有人联系我？",
  "syn|投诉以后多长时间会有人跟我联系？",
  "qw|投诉之后谁会联系我？",
  "act|投诉之后怎么撤销？",
  "reph|我已经提交投诉了，大概要等多久才有回复？",
  "time|投诉之前要先联系谁？",
  "par|投诉之后多久会有人联系我呢")
G("customer-service", "客服电话周末有人接吗？",
  "qual|客服电话有人接吗？",
  "syn|客服热线周六周日有人接吗？",
  "time|客服电话晚上有人接吗？",
  "par|客服电话周末有没有人接？",
  "obj|在线客服周末有人回复吗？",
  "pol|请问客服电话周末有人接吗？")
G("customer-service", "账号被盗了怎么找回？",
  "syn|账号被别人盗了，怎么找回来？",
  "act|账号被盗了怎么注销？",
  "voc|别人盗了我的账号，怎么找回？",
  "pers|我儿子的账号被盗了怎么找回？",
  "qw|账号被盗了找回要多久？",
  "pol|麻烦问一下，账号被盗了怎么找回？")
G("customer-service", "我的工单处理到哪一步了？",
  "syn|我的工单现在进展到哪一步了？",
  "act|我的工单可以撤回吗？",
  "pers|我同事的工单处理到哪一步了？",
  "par|我的工单处理到哪一步了呢",
  "qw|我的工单为什么还没处理？",
  "reph|我提交的工单现在是什么状态了？")
G("customer-service", "商家不发货可以找平台介入吗？",
  "dir|买家不付款，商家可以找平台介入吗？",
  "syn|卖家一直不发货，能申请平台介入吗？",
  "act|商家不退款可以找平台介入吗？",
  "reph|店家拖着不发货，平台会不会帮我处理？",
  "neg|商家已经发货了还可以找平台介入吗？",
  "pol|请问商家不发货可以找平台介入吗？")
G("customer-service", "客服说的赔偿什么时候到账？",
  "qw|客服说的赔偿是多少钱？",
  "syn|客服答应的补偿什么时候能到账？",
  "qw|客服说的赔偿会打到哪个账户？",
  "par|客服说的赔偿什么时候到账呀",
  "pol|请问客服说的赔偿什么时候到账？")
G("customer-service", "差评可以修改成好评吗？",
  "dir|好评可以修改成差评吗？",
  "syn|差评能改成好评吗？",
  "act|差评可以删除吗？",
  "par|差评可不可以改成好评？",
  "time|差评发了一个月还可以修改成好评吗？",
  "reph|之前给了差评，现在想改成好评，可以吗？")
G("customer-service", "Can I speak to a manager about a refund that was denied?",
  "neg|Can I speak to a manager about a refund that was approved?",
  "syn|Can I talk to a manager about a refund that was rejected?",
  "act|Can I speak to a manager about an exchange that was denied?",
  "reph|My refund request got turned down — is there a supervisor I can escalate to?",
  "pers|Can my lawyer speak to a manager about a refund that was denied?",
  "pol|Hi, can I speak to a manager about a refund that was denied?")

# ---------------------------------------------------------------- math (en)
G("math", "How do I solve x^2 - 5x + 6 = 0?",
  "op|How do I solve x^2 + 5x + 6 = 0?",
  "num|How do I solve x^2 - 5x + 4 = 0?",
  "syn|How do I find the roots of x^2 - 5x + 6 = 0?",
  "reph|What values of x make x² − 5x + 6 equal to zero?",
  "act|How do I graph x^2 - 5x + 6 = 0?",
  "syn|How do I solve the equation x^2 - 5x + 6 = 0?")
G("math", "How many minutes is an hour and a half?",
  "nums|How many minutes is 1.5 hours?",
  "dir|How many hours is 90 minutes?",
  "syn|How many minutes are in an hour and a half?",
  "obj|How many seconds is an hour and a half?",
  "reph|An hour and a half equals how many minutes?",
  "typo|how many minutes is an hour and a half")
G("math", "How do you calculate compound interest monthly?",
  "qual|How do you calculate compound interest annually?",
  "obj|How do you calculate simple interest monthly?",
  "syn|How do you compute monthly compound interest?",
  "reph|What's the formula for interest that compounds every month?",
  "pol|Could you show me how to calculate compound interest monthly?")
G("math", "Does x ≤ 3 include 3?",
  "op|Does x < 3 include 3?",
  "op|Does x ≥ 3 include 3?",
  "syn|Is 3 included in x ≤ 3?",
  "reph|If x is less than or equal to 3, can x actually be 3?",
  "num|Does x ≤ 3 include 2.9?",
  "reph|Is 3 a solution of x ≤ 3?")
# ---------------------------------------------------------------- math (zh)
G("math", "一个半小时等于多少分钟？",
  "nums|1.5小时等于多少分钟？",
  "num|两个半小时等于多少分钟？",
  "dir|九十分钟等于多少小时？",
  "syn|一个半小时是多少分钟？",
  "obj|一个半小时等于多少秒？",
  "par|一个半小时等于多少分钟呢")
G("math", "3比5大吗？",
  "dir|5比3大吗？",
  "wo|5比3小吗？",
  "op|3比5小吗？",
  "par|3比5大吧？",
  "num|3比4大吗？",
  "syn|3大于5吗？")
G("math", "概率里“至少一个”怎么算？",
  "scope|概率里“恰好一个”怎么算？",
  "op|概率里“至多一个”怎么算？",
  "syn|概率题中“至少有一个”的概率怎么计算？",
  "par|概率里“至少一个”要怎么算啊",
  "reph|碰到求至少发生一次的概率题，一般用什么方法算？")
G("math", "正方形都是长方形吗？",
  "dir|长方形都是正方形吗？",
  "syn|正方形一定是长方形吗？",
  "par|正方形是不是都是长方形？",
  "ent|正方形都是菱形吗？",
  "shv|怎么证明正方形都是长方形？",
  "reph|正方形算不算一种特殊的长方形？")
G("math", "一件商品打八折再打九折，相当于打几折？",
  "num|一件商品打八折再打八折，相当于打几折？",
  "wo|一件商品先打九折再打八折，相当于打几折？",
  "shv|一件商品打八折和打九折差多少钱？",
  "syn|一件东西先八折再九折，最后是几折？",
  "op|一件商品打八折再加价百分之十，相当于打几折？",
  "par|一件商品打八折再打九折，相当于打几折呢")
G("math", "x大于等于2的解集怎么写？",
  "op|x大于2的解集怎么写？",
  "op|x小于等于2的解集怎么写？",
  "syn|x≥2的解集怎么表示？",
  "reph|不等式x≥2用区间写出来是什么？",
  "num|x大于等于3的解集怎么写？",
  "par|x大于等于2的解集怎么写呢")
G("math", "100的15%是多少？",
  "num|100的10%是多少？",
  "op|100加上15%是多少？",
  "nums|100的百分之十五是多少？",
  "syn|100乘以15%等于多少？",
  "shv|15是100的百分之多少？",
  "reph|15%乘以100是多少？")
# ---------------------------------------------------------------- mixed block (subtle classes)
G("banking", "我爸是退休人员，能办房贷吗？",
  "pers|我是退休人员，能给我儿子办房贷吗？",
  "qual|我爸能办房贷吗？",
  "syn|我父亲已经退休了，还能申请房贷吗？",
  "act|我爸是退休人员，能提前还房贷吗？",
  "par|我爸是退休人员，能不能办房贷？",
  "pol|请问我爸是退休人员，能办房贷吗？")
G("banking", "信用卡额度能从一万提到三万吗？",
  "num|信用卡额度能从一万提到五万吗？",
  "dir|信用卡额度能从三万降到一万吗？",
  "nums|信用卡额度能从10000提到30000吗？",
  "syn|信用卡额度可以从一万提高到三万吗？",
  "qw|信用卡额度从一万提到三万要多久？",
  "reph|我的信用卡额度现在是一万，能不能提到三万？")
G("banking", "现金存款超过5万要登记吗？",
  "num|现金存款超过50万要登记吗？",
  "act|现金取款超过5万要登记吗？",
  "nums|现金存款超过五万要登记吗？",
  "syn|存现金超过5万需要登记吗？",
  "qual|外币现金存款超过5万要登记吗？",
  "reph|一次存五万以上的现金，银行会要求登记吗？")
G("health", "孕妇能吃布洛芬吗？",
  "pers|哺乳期能吃布洛芬吗？",
  "neg|孕妇为什么不能吃布洛芬？",
  "syn|怀孕的人可以吃布洛芬吗？",
  "par|孕妇能不能吃布洛芬？",
  "ent|孕妇能吃对乙酰氨基酚吗？",
  "reph|怀孕期间可以吃布洛芬吗？")
G("health", "这个药必须饭后吃吗？",
  "mod|这个药可以饭后吃吗？",
  "syn|这个药一定要饭后吃吗？",
  "time|这个药必须睡前吃吗？",
  "par|这个药是不是必须饭后吃？",
  "obj|这个药必须用温水送服吗？",
  "pol|请问这个药必须饭后吃吗？")
G("health", "这周能约到皮肤科的号吗？",
  "time|下周能约到皮肤科的号吗？",
  "ent|这周能约到眼科的号吗？",
  "syn|这个星期还能挂到皮肤科的号吗？",
  "qual|这周能约到皮肤科专家的号吗？",
  "pol|麻烦问一下，这周能约到皮肤科的号吗？",
  "par|这周能约到皮肤科的号吗？能约到吧")
G("shopping", "今天下单明天能到吗？",
  "time|今天下单后天能到吗？",
  "syn|今天买明天能送到吗？",
  "qual|今天晚上十点以后下单明天能到吗？",
  "par|今天下单明天能到吧？",
  "dir|明天下单今天能到吗？",
  "reph|如果今天下单，明天能收到吗？")
G("shopping", "全部商品都支持七天无理由退货吗？",
  "act|全部商品都支持七天无理由换货吗？",
  "syn|所有商品都可以七天无理由退货吗？",
  "qual|全部商品都支持拆封后七天无理由退货吗？",
  "num|全部商品都支持十五天无理由退货吗？",
  "par|全部商品都支持七天无理由退货吧？",
  "pol|请问全部商品都支持七天无理由退货吗？")
G("shopping", "Do all items in the clearance section ship for free?",
  "obj|Do all items in the clearance section come with a warranty?",
  "syn|Does everything in the clearance section ship free?",
  "qual|Do all items in the clearance section ship for free internationally?",
  "act|Can all items in the clearance section be returned?",
  "reph|Is shipping free on every clearance item?",
  "wo|In the clearance section, do all items ship for free?")
G("school", "必须参加军训才能毕业吗？",
  "mod|可以不参加军训吗？",
  "syn|不参加军训就不能毕业吗？",
  "pers|留学生必须参加军训才能毕业吗？",
  "obj|必须参加体测才能毕业吗？",
  "par|是不是必须参加军训才能毕业？",
  "reph|学校规定没参加军训就毕不了业吗？")
G("school", "Must I attend orientation to register for classes?",
  "mod|May I attend orientation after registering for classes?",
  "syn|Do I have to attend orientation to register for classes?",
  "pers|Must transfer students attend orientation to register for classes?",
  "reph|Is going to orientation a requirement before I can sign up for courses?",
  "obj|Must I attend orientation to get my student ID?",
  "pol|Could you tell me whether I must attend orientation to register for classes?")
G("travel", "这周末去杭州的高铁票还有吗？",
  "time|下周末去杭州的高铁票还有吗？",
  "dir|这周末从杭州回来的高铁票还有吗？",
  "syn|这个周末去杭州的动车票还有吗？",
  "par|这周末去杭州的高铁票还有没有？",
  "qw|这周末去杭州的高铁票多少钱？",
  "pol|请问这周末去杭州的高铁票还有吗？")
G("travel", "Is the airport lounge free for all passengers or only for business class?",
  "qual|Is the airport lounge free for all passengers or only for business class on domestic flights?",
  "reph|Can anyone use the airport lounge for free, or is it just business class?",
  "syn|Is the airport lounge complimentary for all passengers or only for business class?",
  "ent|Is the airport lounge free for all passengers or only for first class?",
  "wo|Is the airport lounge free only for business class or for all passengers?")
G("travel", "Do I have to pay a tourist tax in Amsterdam?",
  "mod|Can I pay a tourist tax in Amsterdam in advance?",
  "ent|Do I have to pay a tourist tax in Barcelona?",
  "syn|Am I required to pay a tourist tax in Amsterdam?",
  "qw|How much is the tourist tax in Amsterdam?",
  "reph|Will my Amsterdam hotel charge me a city tourist tax?",
  "pol|Hi, do I have to pay a tourist tax in Amsterdam?")
G("programming", "git里怎么把某个提交从main移到feature分支？",
  "dir|git里怎么把某个提交从feature移到main分支？",
  "syn|git中如何把一个commit从main挪到feature分支上？",
  "act|git里怎么把某个提交从main删掉？",
  "scope|git里怎么把所有提交从main移到feature分支？",
  "reph|我把提交错提到main上了，应该在feature上，怎么挪过去？",
  "par|git里怎么把某个提交从main移到feature分支呢")
G("programming", "Python里if x == None和if x is None有区别吗？",
  "op|Python里if x != None和if x is not None有区别吗？",
  "syn|Python中x == None和x is None有什么不同？",
  "ent|JavaScript里x == null和x === null有区别吗？",
  "par|Python里if x == None和if x is None有区别吧？",
  "reph|Python判断变量是不是None，为什么推荐用is而不是==？")
G("programming", "How do I give read-only access to one table in PostgreSQL?",
  "scope|How do I give read-only access to all tables in PostgreSQL?",
  "act|How do I revoke read-only access to one table in PostgreSQL?",
  "op|How do I give write access to one table in PostgreSQL?",
  "syn|How do I grant read-only access on a single table in PostgreSQL?",
  "reph|What GRANT statement lets a user only SELECT from one specific Postgres table?",
  "wo|In PostgreSQL, how do I give read-only access to one table?")
G("customer-service", "你们会主动打电话让我转账吗？",
  "dir|我需要打电话给你们转账吗？",
  "syn|你们会打电话叫我转钱吗？",
  "act|你们会主动打电话让我退款吗？",
  "obj|你们会主动打电话让我提供验证码吗？",
  "reph|接到自称你们客服的电话要我汇款，是你们打的吗？",
  "pol|请问你们会主动打电话让我转账吗？")
G("customer-service", "退货的运费是你们出还是我出？",
  "wo|退货的运费是我出还是你们出？",
  "act|换货的运费是你们出还是我出？",
  "syn|退货运费是由你们承担还是由我承担？",
  "qw|退货的运费大概多少钱？",
  "qual|超过七天退货的运费是你们出还是我出？",
  "par|退货的运费是你们出还是我出呢")
G("math", "Is x^2 always greater than x?",
  "op|Is x^2 always greater than or equal to x?",
  "op|Is x^3 always greater than x?",
  "syn|Is x squared always bigger than x?",
  "qual|Is x^2 always greater than x for x > 1?",
  "reph|Can x² ever be smaller than or equal to x?",
  "reph|Is it true that x² is always larger than x?")
G("math", "1 + 2 × 3 等于多少？",
  "op|1 − 2 × 3 等于多少？",
  "op|(1 + 2) × 3 等于多少？",
  "syn|1加2乘3等于几？",
  "par|1 + 2 × 3 等于多少呢",
  "typo|1+2×3等于多少?")
G("math", "a比b大3，b比a小几？",
  "syn|a比b大3，那b比a小多少？",
  "num|a比b大5，b比a小几？",
  "op|a比b小3，b比a大几？",
  "par|a比b大3，b比a小几呢",
  "shv|a比b大3倍，b是a的几分之几？",
  "syn|a比b多3，那么b比a少几？")
G("health", "Can my daughter take the adult dose of Tylenol?",
  "num|Can my daughter take twice the adult dose of Tylenol?",
  "qual|Can my 16-year-old daughter take the adult dose of Tylenol?",
  "ent|Can my daughter take the adult dose of Benadryl?",
  "syn|Is it okay for my daughter to take the adult dose of Tylenol?",
  "reph|Is a grown-up dose of Tylenol safe for my girl?",
  "pol|Could you tell me if my daughter can take the adult dose of Tylenol?")

# ---------------------------------------------------------------- mixed block 2
G("banking", "工资卡里的钱可以转到余额宝吗？",
  "dir|余额宝里的钱可以转到工资卡吗？",
  "syn|工资卡的钱能转进余额宝吗？",
  "qw|工资卡里的钱转到余额宝多久到账？",
  "par|工资卡里的钱可以转到余额宝吧？",
  "ent|工资卡里的钱可以转到零钱通吗？",
  "reph|能把工资卡上的钱转进余额宝吗？")
G("banking", "是我付给中介手续费，还是房东付？",
  "wo|手续费是房东付给中介，还是我付？",
  "dir|是中介付给我手续费，还是付给房东？",
  "syn|中介的手续费应该由我出还是由房东出？",
  "qw|中介手续费一般是多少？",
  "par|是我付给中介手续费，还是房东付呢")
G("banking", "Can I pay my rent with a credit card without a fee?",
  "qw|Why can't I pay my rent with a credit card?",
  "syn|Can I pay rent by credit card with no fee?",
  "obj|Can I pay my utilities with a credit card without a fee?",
  "reph|Is there a fee-free way to put my rent on a credit card?",
  "ent|Can I pay my rent with a debit card without a fee?",
  "pol|Could you tell me whether I can pay my rent with a credit card without a fee?")
G("health", "吃了头孢多久能喝酒？",
  "dir|喝了酒多久能吃头孢？",
  "syn|吃完头孢多长时间可以喝酒？",
  "ent|吃了阿莫西林多久能喝酒？",
  "reph|头孢停药以后，要过几天才能喝酒？",
  "par|吃了头孢多久能喝酒啊")
G("health", "药店的药可以退吗？",
  "qw|药店的药为什么不能退？",
  "syn|在药房买的药能退吗？",
  "act|药店的药可以换吗？",
  "qual|药店的药没拆封可以退吗？",
  "pol|请问药店的药可以退吗？",
  "par|药店的药可以退吗？能退不")
G("shopping", "这个电饭煲比那个贵多少？",
  "dir|那个电饭煲比这个贵多少？",
  "wo|那个电饭煲比这个便宜多少？",
  "op|这个电饭煲比那个便宜多少？",
  "syn|这个电饭锅比那个贵多少钱？",
  "qw|这个电饭煲为什么比那个贵？",
  "reph|这个电饭煲比那个多多少钱？")
G("shopping", "Can I exchange a gift without the gift receipt?",
  "neg|Can I exchange a gift with the gift receipt?",
  "act|Can I return a gift without the gift receipt for cash?",
  "syn|Can I swap a gift without the gift receipt?",
  "reph|Someone gave me a present but no receipt — can I still exchange it?",
  "pers|Can the person who gave me a gift exchange it without the gift receipt?",
  "pol|Hi, can I exchange a gift without the gift receipt?")
G("school", "转学后之前的学分还算吗？",
  "syn|转学以后以前修的学分还有效吗？",
  "dir|转学前可以先修新学校的学分吗？",
  "obj|转学后之前的奖学金还算吗？",
  "par|转学后之前的学分还算不算？",
  "qual|出国转学后之前的学分还算吗？",
  "pol|请问转学后之前的学分还算吗？")
G("school", "Do I need a B or higher to pass the prerequisite?",
  "op|Do I need a B or lower to pass the prerequisite?",
  "syn|Do I need at least a B to pass the prerequisite?",
  "num|Do I need a C or higher to pass the prerequisite?",
  "reph|Is a B the minimum grade to clear the prerequisite?",
  "obj|Do I need a B or higher to pass the major?",
  "syn|Is a B or better required to pass the prerequisite?")
G("travel", "国际航班的托运行李是23公斤还是32公斤？",
  "wo|国际航班的托运行李是32公斤还是23公斤？",
  "qual|国内航班的托运行李是23公斤还是32公斤？",
  "syn|国际航班托运行李的限额是23kg还是32kg？",
  "obj|国际航班的手提行李是5公斤还是7公斤？",
  "par|国际航班的托运行李是23公斤还是32公斤呢")
G("travel", "从上海飞东京比飞首尔远吗？",
  "wo|从上海飞首尔比飞东京近吗？",
  "op|从上海飞东京比飞首尔近吗？",
  "dir|从东京飞上海比飞首尔远吗？",
  "syn|上海到东京的航程比上海到首尔远吗？",
  "qw|从上海飞东京比飞首尔贵吗？",
  "reph|从上海出发，飞东京的距离是不是比飞首尔长？")
G("travel", "Was my bag delayed by the airline or by the airport?",
  "wo|Was my bag delayed by the airport or by the airline?",
  "act|Was my bag damaged by the airline or by the airport?",
  "voc|Did the airline or the airport delay my bag?",
  "qw|When will my delayed bag be delivered?",
  "pers|Was my wife's bag delayed by the airline or by the airport?",
  "voc|Did the airline or the airport cause my bag to be delayed?")
G("programming", "怎么把MySQL的数据导出到CSV？",
  "dir|怎么把CSV的数据导入到MySQL？",
  "ent|怎么把PostgreSQL的数据导出到CSV？",
  "syn|如何将MySQL里的数据导出成CSV文件？",
  "obj|怎么把MySQL的数据导出到Excel？",
  "reph|想把MySQL一张表的数据存成csv，用什么命令？",
  "par|怎么把MySQL的数据导出到CSV呢")
G("programming", "Linux下怎么把文件从服务器复制到本地？",
  "dir|Linux下怎么把文件从本地复制到服务器？",
  "act|Linux下怎么把文件从服务器移动到本地？",
  "syn|Linux中如何把服务器上的文件拷贝到本地？",
  "reph|用scp怎么把远程机器上的文件下载到自己电脑上？",
  "obj|Linux下怎么把整个目录从服务器复制到本地？",
  "par|Linux下怎么把文件从服务器复制到本地呀")
G("programming", "How do I push a local branch to a remote with a different name?",
  "neg|How do I push a local branch to a remote with the same name?",
  "dir|How do I pull a remote branch into a local branch with a different name?",
  "syn|How do I push my local branch to the remote under a different name?",
  "reph|What's the git push syntax for publishing branch foo as bar on origin?",
  "act|How do I delete a remote branch with a different name than my local one?",
  "wo|With a different name, how do I push a local branch to a remote?")
G("customer-service", "包裹被快递员弄丢了谁赔？",
  "voc|快递员把包裹弄丢了谁赔？",
  "syn|包裹被快递员丢了由谁赔偿？",
  "qw|包裹被快递员弄丢了赔多少？",
  "dir|快递员的东西被我弄丢了谁赔？",
  "act|包裹被快递员弄坏了谁赔？",
  "reph|快递员把我的包裹搞丢了，应该由谁来赔偿？")
G("customer-service", "Was my refund approved by your team or by the bank?",
  "voc|Did your team or the bank approve my refund?",
  "act|Was my refund rejected by your team or by the bank?",
  "syn|Was my refund authorized by your team or by the bank?",
  "qw|When will my approved refund show up in my bank account?",
  "obj|Was my chargeback approved by your team or by the bank?",
  "wo|Was my refund approved by the bank or by your team?")
G("math", "Is 2/3 bigger than 3/5?",
  "wo|Is 3/5 smaller than 2/3?",
  "dir|Is 3/5 bigger than 2/3?",
  "op|Is 2/3 smaller than 3/5?",
  "qw|How much bigger is 2/3 than 3/5?",
  "syn|Is two-thirds larger than three-fifths?")
G("math", "log以2为底8等于多少？",
  "dir|log以8为底2等于多少？",
  "num|log以2为底16等于多少？",
  "syn|以2为底8的对数是多少？",
  "par|log以2为底8等于多少呢",
  "ent|ln8等于多少？",
  "reph|2的几次方等于8？")
G("math", "x的平方等于9，x等于多少？",
  "op|x的立方等于9，x等于多少？",
  "num|x的平方等于16，x等于多少？",
  "syn|x²=9，求x。",
  "qual|x的平方等于9且x大于0，x等于多少？",
  "par|x的平方等于9，x等于多少呢",
  "pol|请问x的平方等于9，x等于多少？")
G("shopping", "京东的退货比淘宝快吗？",
  "wo|淘宝的退货比京东慢吗？",
  "dir|淘宝的退货比京东快吗？",
  "act|京东的发货比淘宝快吗？",
  "syn|京东退货的速度比淘宝快吗？",
  "op|京东的退货比淘宝慢吗？",
  "reph|在京东退货是不是比在淘宝退货快？")
G("school", "Is this scholarship only for first-year students?",
  "qual|Is this scholarship only for first-year international students?",
  "syn|Is this scholarship limited to freshmen?",
  "pers|Is this scholarship only for graduate students?",
  "reph|Can only freshmen apply for this scholarship?",
  "act|Is this scholarship renewable for first-year students?",
  "pol|Hi, is this scholarship only for first-year students?")
G("customer-service", "你们的客服热线周日几点开始？",
  "wo|周日你们的客服热线几点开始？",
  "op|你们的客服热线周日几点结束？",
  "time|你们的客服热线周六几点开始？",
  "syn|你们客服电话星期天几点上班？",
  "pol|麻烦问一下，你们的客服热线周日几点开始？")
G("health", "这种药儿童和成人的剂量一样吗？",
  "wo|这种药成人和儿童的剂量一样吗？",
  "pers|这种药老人和成人的剂量一样吗？",
  "syn|这个药小孩和大人的用量一样吗？",
  "qw|这种药儿童的剂量是多少？",
  "obj|这种药儿童和成人的副作用一样吗？",
  "par|这种药儿童和成人的剂量一样吗？一样不")
G("travel", "高铁上可以带宠物吗？",
  "ent|飞机上可以带宠物吗？",
  "syn|坐高铁能带宠物吗？",
  "qw|高铁上为什么不能带宠物？",
  "par|高铁上能不能带宠物？",
  "obj|高铁上可以带自行车吗？",
  "syn|高铁上能带宠物吗？")
G("banking", "手机银行转账限额是每天5万还是50万？",
  "wo|手机银行转账限额是每天50万还是5万？",
  "ent|网上银行转账限额是每天5万还是50万？",
  "nums|手机银行转账限额是每天五万还是五十万？",
  "act|手机银行取现限额是每天5万还是50万？",
  "qw|手机银行转账限额怎么调高？",
  "reph|用手机银行转账，每天最多能转5万还是50万？")

# ---------------------------------------------------------------- mixed block 3
G("shopping", "Can I swap the blue hoodie I got last week for the grey one in the same size?",
  "dir|Can I swap the grey hoodie I got last week for the blue one in the same size?",
  "num|Can I swap the blue hoodie I got last week for the grey one a size up?",
  "act|Can I return the blue hoodie I got last week and get the grey one refunded?",
  "reph|Last week I bought the hoodie in blue; could I trade it for grey, same size?",
  "syn|Can I exchange the blue hoodie I bought last week for the grey one in the same size?",
  "pol|Hi, can I swap the blue hoodie I got last week for the grey one in the same size?")
G("shopping", "If I buy the camera bundle, is the tripod still under its own warranty?",
  "obj|If I buy the camera bundle, is the memory card still under its own warranty?",
  "neg|If I buy the camera without the bundle, is the tripod still under warranty?",
  "reph|Does the tripod in the camera bundle keep a separate warranty of its own?",
  "wo|Is the tripod still under its own warranty if I buy the camera bundle?",
  "qw|If I buy the camera bundle, how long is the tripod's warranty?",
  "syn|If I purchase the camera bundle, is the tripod still covered by its own warranty?")
G("shopping", "直播间买的东西和旗舰店是同一个发货仓吗？",
  "ent|直播间买的东西和超市店是同一个发货仓吗？",
  "syn|直播间下单的商品跟旗舰店是从同一个仓库发货吗？",
  "qw|直播间买的东西从哪个城市发货？",
  "par|直播间买的东西和旗舰店是同一个发货仓吧？",
  "act|直播间买的东西可以去旗舰店退吗？",
  "reph|在直播间下单跟在旗舰店下单，发货的仓库是同一个吗？")
G("shopping", "凑单买的小东西退掉以后满减优惠会被扣回去吗？",
  "syn|凑单的小商品退了，满减的优惠会不会被扣回？",
  "scope|整单退掉以后满减优惠会被扣回去吗？",
  "act|凑单买的小东西换货以后满减优惠会被扣回去吗？",
  "reph|为了满减多买了个小件，现在把它退了，之前减的钱要补吗？",
  "qw|凑单买的小东西退掉以后满减优惠会扣回多少？",
  "par|凑单买的小东西退掉以后满减优惠会被扣回去吗？会不会")
G("shopping", "二手平台买的手机没有发票能去官方售后保修吗？",
  "neg|二手平台买的手机有发票能去官方售后保修吗？",
  "syn|在二手平台买的手机，没发票能找官方保修吗？",
  "ent|二手平台买的电脑没有发票能去官方售后保修吗？",
  "par|二手平台买的手机没有发票能去官方售后保修不？",
  "act|二手平台买的手机没有发票能去官方售后换新吗？",
  "reph|手机是在闲鱼上买的二手，没有发票，官方售后还给保修吗？")
G("banking", "境外刷卡的货币转换费比在国内刷多吗？",
  "dir|国内刷卡的货币转换费比在境外刷多吗？",
  "wo|国内刷卡的货币转换费比在境外刷少吗？",
  "obj|境外刷卡的年费比在国内刷多吗？",
  "qw|境外刷卡的货币转换费是多少？",
  "syn|在国外刷卡的货币转换费比在国内刷要多吗？",
  "par|境外刷卡的货币转换费比在国内刷多吗？多不多")
G("banking", "我给我妈的卡转账，她那边要交税吗？",
  "obj|我给我妈的卡转账，要交手续费吗？",
  "syn|我往我妈卡上转钱，她需要交税吗？",
  "num|我给我妈的卡转账一百万，她那边要交税吗？",
  "par|我给我妈的卡转账，她那边要不要交税？",
  "qw|我给我妈的卡转账，一天最多能转多少？",
  "pol|请问我给我妈的卡转账，她那边要交税吗？")
G("banking", "If my paycheck lands on a Saturday, does the bank post it Friday or Monday?",
  "wo|If my paycheck lands on a Saturday, does the bank post it Monday or Friday?",
  "time|If my paycheck lands on a Sunday, does the bank post it Friday or Monday?",
  "reph|When payday falls on a Saturday, will my deposit show up the day before or the Monday after?",
  "obj|If my rent payment is due on a Saturday, does the bank send it Friday or Monday?",
  "qual|If my paycheck lands on a Saturday that is a holiday weekend, does the bank post it Friday or Tuesday?",
  "syn|If my paycheck arrives on a Saturday, does the bank post it Friday or Monday?")
G("banking", "Does a joint account need both signatures to withdraw more than $2,000?",
  "num|Does a joint account need both signatures to withdraw more than $20,000?",
  "scope|Does a joint account need all three signatures to withdraw more than $2,000?",
  "syn|Does a joint account require both signatures to take out more than $2,000?",
  "act|Does a joint account need both signatures to close it?",
  "nums|Does a joint account need both signatures to withdraw more than 2,000 dollars?",
  "reph|To take out over $2,000 from a joint account, do both holders have to sign?")
G("health", "Can I take my allergy pill and my blood pressure pill within an hour of each other?",
  "num|Can I take my allergy pill and my blood pressure pill within ten minutes of each other?",
  "reph|Is it fine to swallow my allergy tablet and my BP tablet less than an hour apart?",
  "obj|Can I take my allergy pill and my sleeping pill within an hour of each other?",
  "nums|Can I take my allergy pill and my blood pressure pill within 60 minutes of each other?",
  "pers|Can my husband take my allergy pill and his blood pressure pill within an hour of each other?",
  "syn|Can I take my allergy pill and my blood pressure pill less than an hour apart?")
G("health", "换了新医保卡，以前的慢性病备案还有效吗？",
  "syn|换新医保卡以后，之前做的慢病备案还管用吗？",
  "obj|换了新医保卡，以前的个人账户余额还在吗？",
  "time|还没换新医保卡，以前的慢性病备案还有效吗？",
  "reph|医保卡补换了一张新的，原来登记的慢病要不要重新办？",
  "act|换了新医保卡，以前的慢性病备案能取消吗？",
  "par|换了新医保卡，以前的慢性病备案还有效吗？还有效吧")
G("health", "降压药漏吃了一顿，第二天要吃两次吗？",
  "num|降压药漏吃了两顿，第二天要吃三次吗？",
  "syn|降压药忘吃了一次，第二天需要补吃两次吗？",
  "ent|降糖药漏吃了一顿，第二天要吃两次吗？",
  "par|降压药漏吃了一顿，第二天要不要吃两次？",
  "mod|降压药漏吃了一顿，第二天可以吃两次吗？",
  "reph|昨天忘了吃降压药，今天要不要补吃成两次？")
G("health", "Should the blood sugar test be done before breakfast or two hours after?",
  "wo|Should the blood sugar test be done two hours after breakfast or before it?",
  "num|Should the blood sugar test be done before breakfast or one hour after?",
  "obj|Should the cholesterol test be done before breakfast or two hours after?",
  "reph|Do I check my glucose fasting in the morning, or two hours after I eat breakfast?",
  "qw|How often should the blood sugar test be done?",
  "syn|Should the blood glucose test be done before breakfast or two hours after?")
G("programming", "怎么让git忽略已经被提交过的文件？",
  "time|怎么让git忽略还没提交过的文件？",
  "syn|已经commit过的文件，怎么让git以后不再跟踪？",
  "act|怎么让git恢复已经被提交过的文件？",
  "reph|一个文件早就提交进仓库了，现在加到.gitignore里不起作用，怎么办？",
  "scope|怎么让git忽略整个已经被提交过的文件夹？",
  "syn|怎么让git不再跟踪已经提交过的文件？")
G("programming", "Python里字典按值从大到小排序怎么写？",
  "op|Python里字典按值从小到大排序怎么写？",
  "obj|Python里字典按键从大到小排序怎么写？",
  "syn|Python中如何把dict按value降序排序？",
  "par|Python里字典按值从大到小排序要怎么写呢",
  "reph|有个Python字典，想按值倒序排出来，代码怎么写？")
G("programming", "In SQL, does COUNT(column) skip NULL values while COUNT(*) doesn't?",
  "wo|In SQL, does COUNT(*) include NULL rows while COUNT(column) skips them?",
  "op|In SQL, does SUM(column) skip NULL values while COUNT(*) doesn't?",
  "reph|Why do COUNT(*) and COUNT(col) return different numbers when the column has NULLs?",
  "dir|In SQL, does COUNT(*) skip NULL values while COUNT(column) doesn't?",
  "typo|in sql does count(column) skip null values while count(*) doesnt")
G("programming", "How do I make a bash loop stop when a command fails?",
  "neg|How do I make a bash loop keep going when a command fails?",
  "syn|How do I make a bash loop exit when a command fails?",
  "obj|How do I make a bash script stop when a command fails?",
  "reph|In a bash for loop, how do I break out as soon as one command returns non-zero?",
  "ent|How do I make a PowerShell loop stop when a command fails?",
  "reph|How can I make a bash loop abort the moment any command in it errors out?")
G("programming", "In JavaScript, does Array.sort sort numbers correctly by default?",
  "ent|In JavaScript, does Array.sort sort strings correctly by default?",
  "syn|In JS, does Array.prototype.sort order numbers properly by default?",
  "reph|Why does [10, 9, 1].sort() in JavaScript give a weird order?",
  "act|In JavaScript, does Array.reverse sort numbers correctly by default?",
  "qual|In JavaScript, does Array.sort sort numbers correctly with a compare function?",
  "pol|Hi, quick question: in JavaScript, does Array.sort sort numbers correctly by default?")
G("school", "选修课的成绩算进保研的绩点里吗？",
  "obj|体育课的成绩算进保研的绩点里吗？",
  "syn|选修课的分数会计入保研绩点吗？",
  "ent|选修课的成绩算进奖学金的绩点里吗？",
  "par|选修课的成绩算不算进保研的绩点里？",
  "reph|保研排名算绩点的时候，选修课的分要不要算进去？")
G("school", "导师可以拒绝给我签实习申请吗？",
  "dir|我可以拒绝给导师签实习申请吗？",
  "syn|导师能不给我签实习申请吗？",
  "mod|我必须让导师签实习申请吗？",
  "obj|导师可以拒绝给我签请假申请吗？",
  "pol|想请教一下，导师可以拒绝给我签实习申请吗？",
  "par|导师可以拒绝给我签实习申请吗？可不可以")
G("school", "Does a pass/fail class count toward my GPA?",
  "neg|Does a graded class count toward my GPA?",
  "obj|Does a pass/fail class count toward my graduation credits?",
  "syn|Is a pass/fail course included in my GPA?",
  "reph|If I take a class pass/fail, will it affect my grade point average?",
  "pol|Hi, quick question: does a pass/fail class count toward my GPA?")
G("school", "Can a teaching assistant change my grade, or only the professor?",
  "wo|Can only the professor change my grade, or a teaching assistant too?",
  "dir|Can I change a teaching assistant's grade, or only the professor?",
  "act|Can a teaching assistant see my grade, or only the professor?",
  "syn|Is a TA able to change my grade, or only the professor?",
  "qw|How long does a teaching assistant have to change my grade?",
  "reph|Is changing my grade something a TA can do, or is it only up to the professor?")
G("travel", "托运的行李在转机时需要我自己提出来重新托运吗？",
  "qual|国际转国内时托运的行李需要我自己提出来重新托运吗？",
  "syn|转机的时候，托运行李要自己取出来再托运一次吗？",
  "obj|手提的行李在转机时需要重新过安检吗？",
  "par|托运的行李在转机时要不要我自己提出来重新托运？",
  "reph|中转的时候行李会直挂到目的地，还是得我自己去拿？")
G("travel", "Can I use my own name on a ticket my company booked and paid for?",
  "dir|Can my company use its name on a ticket I booked and paid for?",
  "reph|My employer booked and paid for my flight — can the ticket be in my own name?",
  "syn|Can I put my own name on a ticket my company booked and paid for?",
  "act|Can I cancel a ticket my company booked and paid for?",
  "pers|Can my colleague use my name on a ticket my company booked and paid for?",
  "voc|Can a ticket booked and paid for by my company be in my own name?")
G("travel", "高铁站和机场之间的接驳大巴几点停运？",
  "op|高铁站和机场之间的接驳大巴几点开始运营？",
  "qw|高铁站和机场之间的接驳大巴多少钱一位？",
  "syn|高铁站到机场的摆渡大巴最晚几点结束？",
  "par|高铁站和机场之间的接驳大巴几点停运呀",
  "ent|火车站和机场之间的接驳大巴几点停运？",
  "reph|高铁站到机场的接驳车，最后一班几点？")
G("travel", "Is the night bus from Milan to Munich cheaper than the morning train?",
  "wo|Is the morning train from Milan to Munich more expensive than the night bus?",
  "dir|Is the night bus from Munich to Milan cheaper than the morning train?",
  "op|Is the night bus from Milan to Munich more expensive than the morning train?",
  "qw|Is the night bus from Milan to Munich faster than the morning train?",
  "syn|Does the overnight bus from Milan to Munich cost less than the morning train?",
  "wo|Is the morning train from Milan to Munich pricier than the night bus?")
G("customer-service", "工单被系统自动关闭了还能重新打开吗？",
  "voc|系统自动关了我的工单，还能重新打开吗？",
  "act|工单被系统自动关闭了还能删掉吗？",
  "syn|工单被系统自动关掉了，能不能重新开启？",
  "dir|我手动关闭的工单系统还能重新打开吗？",
  "qw|工单为什么会被系统自动关闭？",
  "pol|请问工单被系统自动关闭了还能重新打开吗？")
G("customer-service", "在线客服的聊天记录能保存多久？",
  "syn|在线客服的对话记录会保留多长时间？",
  "qw|在线客服的聊天记录在哪里导出？",
  "obj|客服电话的通话录音能保存多久？",
  "pol|请问在线客服的聊天记录能保存多久？",
  "act|在线客服的聊天记录能删除吗？",
  "par|在线客服的聊天记录能保存多久呢")
G("customer-service", "If the technician doesn't show up, do you refund the visit fee or reschedule?",
  "wo|If the technician doesn't show up, do you reschedule or refund the visit fee?",
  "neg|If the technician shows up late, do you refund the visit fee or reschedule?",
  "dir|If I don't show up, do you refund the visit fee or reschedule?",
  "reph|What happens to my visit fee when your technician is a no-show?",
  "syn|If the technician fails to show up, do you refund the visit fee or reschedule?")
G("math", "如果a大于b，那么-a一定小于-b吗？",
  "op|如果a大于b，那么-a一定大于-b吗？",
  "op|如果a大于b，那么a²一定大于b²吗？",
  "syn|若a>b，则-a<-b一定成立吗？",
  "par|如果a大于b，那么-a一定小于-b吧？",
  "reph|不等式两边同时乘以-1，a>b会变成-a<-b吗？")
G("math", "半径扩大为原来的2倍，圆的面积扩大几倍？",
  "num|半径扩大为原来的3倍，圆的面积扩大几倍？",
  "obj|半径扩大为原来的2倍，圆的周长扩大几倍？",
  "dir|面积扩大为原来的2倍，圆的半径扩大几倍？",
  "syn|圆的半径变成原来的两倍，面积变成原来的几倍？",
  "par|半径扩大为原来的2倍，圆的面积扩大几倍呢",
  "pol|请问半径扩大为原来的2倍，圆的面积扩大几倍？")
G("math", "Is the median of 3, 7, 8, 12 equal to 7.5?",
  "obj|Is the range of 3, 7, 8, 12 equal to 7.5?",
  "num|Is the median of 3, 7, 9, 12 equal to 7.5?",
  "syn|Is 7.5 the median of 3, 7, 8 and 12?",
  "reph|For the numbers 3, 7, 8, 12, do you get 7.5 as the middle value?",
  "scope|Is the median of 3, 7, 8 equal to 7.5?",
  "pol|Could you tell me if the median of 3, 7, 8, 12 is 7.5?")
G("math", "If a train goes 120 km in 1.5 hours, what is its average speed?",
  "num|If a train goes 120 km in 2.5 hours, what is its average speed?",
  "qw|If a train goes 120 km at 80 km/h, how long does it take?",
  "nums|If a train goes 120 km in an hour and a half, what is its average speed?",
  "reph|A train covers 120 kilometers in 90 minutes; how fast is it going on average?",
  "obj|If a car goes 120 km in 1.5 hours, how much fuel does it use?",
  "syn|If a train travels 120 km in 1.5 hours, what is its average speed?")
G("math", "用计算器算 7^3 和 3^7 哪个大？",
  "syn|7的3次方和3的7次方哪个更大？",
  "op|用计算器算 7^2 和 2^7 哪个大？",
  "qw|用计算器算 7^3 和 3^7 差多少？",
  "par|用计算器算 7^3 和 3^7 哪个大呢",
  "act|不用计算器怎么比较 7^3 和 3^7 哪个大？",
  "reph|7³和3⁷，谁更大？")
G("banking", "信用卡分期的手续费率是按月算还是按年算？",
  "wo|信用卡分期的手续费率是按年算还是按月算？",
  "obj|信用卡取现的手续费率是按月算还是按年算？",
  "syn|信用卡分期手续费的费率是月费率还是年费率？",
  "qw|信用卡分期的手续费率是多少？",
  "act|信用卡分期可以提前结清手续费吗？",
  "par|信用卡分期的手续费率是按月算还是按年算呢")
G("health", "Does the pharmacy deliver prescriptions to retirees for free?",
  "qual|Does the pharmacy deliver prescriptions for free?",
  "syn|Does the pharmacy deliver prescriptions free of charge to retired people?",
  "obj|Does the pharmacy deliver vitamins to retirees for free?",
  "reph|If I'm retired, is prescription delivery from your pharmacy free?",
  "act|Does the pharmacy refill prescriptions for retirees for free?",
  "wo|For retirees, does the pharmacy deliver prescriptions for free?")
G("shopping", "这家店周末下单也能当天发货吗？",
  "qual|这家店下单能当天发货吗？",
  "syn|这家店星期六星期天下单，当天能发货吗？",
  "time|这家店节假日下单也能当天发货吗？",
  "par|这家店周末下单也能当天发货吧？",
  "act|这家店周末下单也能当天退款吗？",
  "reph|周六周日在这家店买东西，能当天发出来吗？")
G("customer-service", "Can I get my loyalty points back if I cancel an order paid partly with points?",
  "scope|Can I get my loyalty points back if I cancel an order paid fully with points?",
  "act|Can I get my loyalty points back if I return an order paid partly with points?",
  "syn|Will my loyalty points be restored if I cancel an order paid partly with points?",
  "reph|I used some points and some cash on an order I'm cancelling — do the points come back?",
  "qw|How long until I get my loyalty points back if I cancel an order paid partly with points?",
  "wo|If I cancel an order paid partly with points, can I get my loyalty points back?")
G("school", "研究生的助研津贴是每月发还是每学期发？",
  "wo|研究生的助研津贴是每学期发还是每月发？",
  "obj|研究生的助教津贴是每月发还是每学期发？",
  "syn|研究生助研补助是按月发放还是按学期发放？",
  "qw|研究生的助研津贴一个月有多少？",
  "pers|本科生的助研津贴是每月发还是每学期发？",
  "par|研究生的助研津贴是每月发还是每学期发呢")

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
        group = f"x21-{index:03d}"
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
            if code == "par":
                assert lang == "zh", (group, b)
            if norm(a) == norm(b):
                # only punctuation, case or word order -- or a changed sign, operator symbol or bracket (+/−, </≤, ( ),
                # == / !=), which the normalisation drops -- may leave the normalised text unchanged
                assert code in ("typo", "wo", "op"), (group, b)
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
    path = os.path.join(here, "..", "extra-21.jsonl")
    if len(sys.argv) > 1:
        path = sys.argv[1]
    data = rows()
    with open(path, "w", encoding="utf-8") as out:
        for row in data:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{path}: {len(data)} pairs in {len(GROUPS)} groups")


if __name__ == "__main__":
    main()
