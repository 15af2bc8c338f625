#!/usr/bin/env python3
"""Writes Benchmarks/data/cache-pairs/extra-17.jsonl from the literal data below.

    python3 Benchmarks/data/cache-pairs/tools/extra_17_data.py

A set that concentrates on the near-misses hardest for a word-alignment verifier: the same words with their roles
swapped (direction, possessive relations, comparatives, passive with swapped roles), operators and numbers,
question words, tense and modality; and true pairs that keep the meaning while moving words around (reorderings
that keep roles, passive/active, symmetric relations, synonyms, politeness, Chinese function-word variants).

Each group is one anchor question `a` and 4-6 variants `b`. A variant is written as "code|text"; the code names its
class, and the class fixes the label: label true means one complete, correct answer to `a` is fully correct for `b`
as well. Group ids run x17-001 ... in the order written. The split of each group is decided from the group id alone
(the rule of split.py: even first byte of SHA-256 of the id is dev, odd is test), so it is fixed before any pair is
written and never depends on text or label. The output is deterministic.
"""
import hashlib
import json
import os
import re
import sys

TRUE_CODES = {
    "wo": "reorder",        # the same content reordered with roles kept; also converse wording (A cheaper than B / B dearer than A)
    "voc": "passive",       # passive <-> active (被/把 in Chinese) with the same roles
    "syn": "synonym",       # a word swapped for a synonym or inflection
    "pol": "politeness",    # hi / could you tell me / please / 请问 / 麻烦问一下
    "sym": "symmetric",     # a symmetric relation with its two sides swapped: distance A-B, X interacts with Y, gcd(a, b)
    "zhv": "zh-variant",    # Chinese function-word variants: 怎么/如何, 多少钱/什么价格, 能不能/可以吗
    "ord": "ordinary",      # a paraphrase in other words, the same need
}
FALSE_CODES = {
    "dir": "direction",             # the same words, roles or direction swapped: from A to B / from B to A, A owes B
    "pos": "possessive-relation",   # my manager's assistant / my assistant's manager, 我妈妈的表姐 / 我表姐的妈妈
    "cmp": "comparative",           # is A cheaper than B / is B cheaper than A, A比B / B比A
    "pas": "passive-role",          # passive or 把/被 with the roles swapped
    "op": "operator",               # + / -, < / >, at least / at most, before / after, 以上 / 以下, x^2 / x^3
    "num": "number",                # another number, ordinal, percentage or unit
    "qw": "question-word",          # how much / how many / how long / when / where / why / who, 多少 / 几 / 多久 / 哪里
    "tns": "tense",                 # did / will / has, 已经 / 还没 / 会
    "mod": "modality",              # can / must / should, 能 / 要 / 应该
}
DOMAINS = {
    "shopping", "banking", "health", "programming", "school", "travel",
    "logistics", "sports", "government", "family", "gaming", "math",
}
CJK = re.compile(r"[\u4e00-\u9fff]")

GROUPS = []


def G(domain, a, *variants):
    GROUPS.append((domain, a, variants))


# ---------------------------------------------------------------- banking (en)
G("banking", "How do I transfer $500 from my savings account to my checking account?",
  "wo|How do I move $500 into my checking account from my savings account?",
  "syn|How can I move $500 from my savings account to my checking account?",
  "dir|How do I transfer $500 from my checking account to my savings account?",
  "qw|How long does a $500 transfer from my savings account to my checking account take?",
  "mod|Should I transfer $500 from my savings account to my checking account?")
G("banking", "Does my bank charge a fee when I send money to my sister through Zelle?",
  "voc|Am I charged a fee by my bank when I send money to my sister through Zelle?",
  "pol|Quick question: does my bank charge a fee when I send money to my sister through Zelle?",
  "dir|Does my bank charge a fee when my sister sends money to me through Zelle?",
  "tns|Did my bank charge a fee when I sent money to my sister through Zelle?")
G("banking", "How many euros will I get if I convert 200 US dollars?",
  "wo|If I convert 200 US dollars, how many euros will I get?",
  "syn|How many euros do I get when I exchange 200 US dollars?",
  "dir|How many US dollars will I get if I convert 200 euros?",
  "num|How many euros will I get if I convert 2,000 US dollars?",
  "qw|Where can I convert 200 US dollars into euros?")
G("banking", "What is today's exchange rate from USD to EUR?",
  "pol|Could you tell me today's exchange rate from USD to EUR?",
  "wo|What is the USD to EUR exchange rate today?",
  "dir|What is today's exchange rate from EUR to USD?",
  "tns|What was the exchange rate from USD to EUR a year ago?")
G("banking", "My brother owes me $300 and won't pay it back; can I take him to small claims court?",
  "ord|My brother borrowed $300 from me and refuses to return it. Can I sue him in small claims court?",
  "dir|I owe my brother $300 and can't pay it back; can he take me to small claims court?",
  "num|My brother owes me $30,000 and won't pay it back; can I take him to small claims court?",
  "mod|My brother owes me $300 and won't pay it back; should I take him to small claims court?",
  "qw|My brother owes me $300 and won't pay it back; where do I file in small claims court?")
G("banking", "Can a cosigner be held responsible if the borrower stops paying the car loan?",
  "voc|If the borrower stops paying the car loan, can the lender hold the cosigner responsible?",
  "pol|Hello, can a cosigner be held responsible if the borrower stops paying the car loan?",
  "dir|Can the borrower be held responsible if the cosigner stops paying the car loan?",
  "mod|Should a cosigner keep paying if the borrower stops paying the car loan?")
G("banking", "Is the interest rate on my savings account higher than the rate on a 1-year CD?",
  "wo|Compared with a 1-year CD, is the interest rate on my savings account higher?",
  "wo|Is the rate on a 1-year CD lower than the interest rate on my savings account?",
  "cmp|Is the interest rate on a 1-year CD higher than the rate on my savings account?",
  "cmp|Is the interest rate on my savings account lower than the rate on a 1-year CD?",
  "num|Is the interest rate on my savings account higher than the rate on a 5-year CD?")
G("banking", "Will a check I deposit before 5 pm be credited the same day?",
  "wo|If I deposit a check before 5 pm, will it be credited the same day?",
  "syn|Will a cheque I deposit before 5 pm show up in my account the same day?",
  "op|Will a check I deposit after 5 pm be credited the same day?",
  "qw|How much of a check I deposit before 5 pm is available the same day?",
  "tns|Was the check I deposited before 5 pm credited the same day?")
G("banking", "Is a credit score of 680 or above enough to get a mortgage?",
  "syn|Is a credit score of at least 680 good enough to qualify for a mortgage?",
  "pol|Could someone tell me whether a credit score of 680 or above is enough to get a mortgage?",
  "op|Is a credit score of 680 or below enough to get a mortgage?",
  "num|Is a credit score of 580 or above enough to get a mortgage?")
G("banking", "Can I add my teenage daughter as an authorized user on my credit card?",
  "syn|Am I able to add my teenage daughter as an authorized user on my credit card?",
  "voc|Can my teenage daughter be added by me as an authorized user on my credit card?",
  "dir|Can my teenage daughter add me as an authorized user on her credit card?",
  "mod|Should I add my teenage daughter as an authorized user on my credit card?",
  "qw|How do I add my teenage daughter as an authorized user on my credit card?")
G("banking", "Can I pay off my credit card with a personal loan?",
  "syn|Is it possible to pay off my credit card using a personal loan?",
  "voc|Can my credit card be paid off with a personal loan?",
  "dir|Can I pay off my personal loan with a credit card?",
  "mod|Should I pay off my credit card with a personal loan?",
  "pol|Hi there, can I pay off my credit card with a personal loan?")
G("banking", "Does a wire transfer from Chase to Bank of America arrive the same day?",
  "dir|Does a wire transfer from Bank of America to Chase arrive the same day?",
  "wo|Does a wire transfer to Bank of America from Chase arrive the same day?",
  "syn|Will a wire sent from Chase to Bank of America get there the same day?",
  "qw|How much does a wire transfer from Chase to Bank of America cost?",
  "tns|Did my wire transfer from Chase to Bank of America arrive?")

# ---------------------------------------------------------------- banking (zh)
G("banking", "300美元能换多少人民币？",
  "zhv|300美元可以换多少人民币？",
  "ord|三百美金兑换成人民币是多少钱？",
  "dir|300人民币能换多少美元？",
  "num|3000美元能换多少人民币？",
  "tns|上个月300美元能换多少人民币？")
G("banking", "我从工商银行卡转账到建设银行卡要手续费吗？",
  "zhv|我从工商银行卡转账到建设银行卡需不需要手续费？",
  "pol|请问我从工商银行卡转账到建设银行卡要手续费吗？",
  "wo|从工商银行卡往建设银行卡转账，我要付手续费吗？",
  "dir|我从建设银行卡转账到工商银行卡要手续费吗？",
  "qw|我从工商银行卡转账到建设银行卡要多久到账？")
G("banking", "他欠我五千块钱一直不还，我该怎么办？",
  "zhv|他欠我五千块钱一直不还，我应该怎么办？",
  "ord|朋友借了我五千块一直拖着不还，有什么办法？",
  "dir|我欠他五千块钱一直没还，我该怎么办？",
  "qw|他欠我五千块钱一直不还，我该去哪里起诉？")
G("banking", "我借给朋友一万块钱，需要让他写借条吗？",
  "wo|我借了一万块钱给朋友，需要让他写借条吗？",
  "pol|想问一下，我借给朋友一万块钱，需要让他写借条吗？",
  "dir|我跟朋友借了一万块钱，需要给他写借条吗？",
  "tns|我借给朋友一万块钱，当时没写借条，现在还能补吗？",
  "num|我借给朋友一百块钱，需要让他写借条吗？")
G("banking", "个人用人民币换美元每年有额度限制吗？",
  "zhv|个人用人民币换美元每年有没有额度限制？",
  "syn|个人用人民币兑换美元每年有额度限制吗？",
  "mod|个人用人民币换美元必须去银行柜台办吗？",
  "qw|个人用人民币换美元去哪里换最划算？",
  "tns|个人用人民币换美元今年的额度我已经用完了吗？")
G("banking", "银行把我的储蓄卡冻结了，怎么解冻？",
  "voc|我的储蓄卡被银行冻结了，怎么解冻？",
  "zhv|银行把我的储蓄卡冻结了，如何解冻？",
  "pas|我自己把银行卡冻结了，怎么解冻？",
  "qw|银行为什么把我的卡冻结了？",
  "qw|银行把我的储蓄卡冻结了，要冻结多久？")
G("banking", "定期存款利率比活期高吗？",
  "wo|活期存款利率比定期低吗？",
  "zhv|定期存款的利率是不是比活期高？",
  "cmp|活期存款利率比定期高吗？",
  "qw|定期存款利率比活期高多少？")
G("banking", "信用卡最低还款额是账单金额的百分之十吗？",
  "zhv|信用卡最低还款额是不是账单金额的百分之十？",
  "syn|信用卡最低还款额是账单金额的10%吗？",
  "num|信用卡最低还款额是账单金额的百分之五吗？",
  "qw|信用卡最低还款额什么时候还？",
  "mod|信用卡最低还款额必须是账单金额的百分之十吗？")
G("banking", "工资卡里的钱转到支付宝要手续费吗？",
  "zhv|工资卡里的钱转到支付宝需不需要手续费？",
  "pol|请问工资卡里的钱转到支付宝要手续费吗？",
  "dir|支付宝里的钱转到工资卡要手续费吗？",
  "qw|工资卡里的钱转到支付宝多久到账？")
G("banking", "父母能查看未成年孩子的银行流水吗？",
  "zhv|父母可不可以查看未成年孩子的银行流水？",
  "pol|请问父母能查看未成年孩子的银行流水吗？",
  "dir|未成年孩子能查看父母的银行流水吗？",
  "qw|父母怎么查看未成年孩子的银行流水？")

# ---------------------------------------------------------------- shopping (en)
G("shopping", "Is the iPhone 15 cheaper than the Galaxy S24 right now?",
  "wo|Is the Galaxy S24 more expensive than the iPhone 15 right now?",
  "wo|Right now, is the iPhone 15 cheaper than the Galaxy S24?",
  "cmp|Is the Galaxy S24 cheaper than the iPhone 15 right now?",
  "qw|How much cheaper is the iPhone 15 than the Galaxy S24 right now?",
  "tns|Was the iPhone 15 cheaper than the Galaxy S24 at launch?")
G("shopping", "Can I return an item I bought online to the store?",
  "syn|Can I take an item I purchased online back to the store?",
  "dir|Can I return an item I bought in the store through the website?",
  "pol|Hi, can I return an item I bought online to the store?",
  "qw|Why can't I return an item I bought online to the store?")
G("shopping", "Did the seller cancel my order or did I?",
  "wo|Did I cancel my order or did the seller?",
  "voc|Was my order cancelled by the seller or by me?",
  "qw|Why did the seller cancel my order?",
  "qw|When was my order cancelled?",
  "mod|Can the seller cancel my order?")
G("shopping", "Does the 20% off coupon apply before or after the $10 gift card?",
  "wo|Does the 20% off coupon apply after or before the $10 gift card?",
  "num|Does the 25% off coupon apply before or after the $10 gift card?",
  "num|Does the 20% off coupon apply before or after the $20 gift card?",
  "qw|How much do I save with the 20% off coupon and the $10 gift card?")
G("shopping", "Do I get free shipping on orders over $50?",
  "syn|Is shipping free on orders above $50?",
  "wo|On orders over $50, do I get free shipping?",
  "op|Do I get free shipping on orders under $50?",
  "num|Do I get free shipping on orders over $15?",
  "qw|How long does free shipping take on orders over $50?")
G("shopping", "Can I exchange the medium shirt I bought for a large?",
  "syn|Can I swap the medium shirt I purchased for a large one?",
  "dir|Can I exchange the large shirt I bought for a medium?",
  "tns|Did you exchange the medium shirt I bought for a large?",
  "mod|Do I have to exchange the medium shirt I bought for a large?")
G("shopping", "If I buy 3 and get 1 free, how much do I pay for 4 bottles at $12 each?",
  "wo|How much do I pay for 4 bottles at $12 each if I buy 3 and get 1 free?",
  "num|If I buy 1 and get 1 free, how much do I pay for 4 bottles at $12 each?",
  "num|If I buy 3 and get 1 free, how much do I pay for 8 bottles at $12 each?",
  "qw|If I buy 3 and get 1 free, how many bottles do I get for $36?")
G("shopping", "Is a 55-inch TV too big for a room that is 3 meters wide?",
  "syn|Is a 55-inch television too large for a 3-meter-wide room?",
  "num|Is a 65-inch TV too big for a room that is 3 meters wide?",
  "num|Is a 55-inch TV too big for a room that is 5 meters wide?",
  "num|Is a 55-inch TV too big for a room that is 3 feet wide?",
  "pol|I was wondering, is a 55-inch TV too big for a room that is 3 meters wide?")
G("shopping", "Can the buyer cancel the order after the seller has confirmed it?",
  "wo|After the seller has confirmed the order, can the buyer cancel it?",
  "voc|Can the order be cancelled by the buyer after it has been confirmed by the seller?",
  "dir|Can the seller cancel the order after the buyer has confirmed it?",
  "op|Can the buyer cancel the order before the seller has confirmed it?",
  "tns|Did the buyer cancel the order after the seller had confirmed it?")

# ---------------------------------------------------------------- shopping (zh)
G("shopping", "这件衣服打八折以后多少钱？",
  "zhv|这件衣服打八折以后什么价格？",
  "syn|这件衣服打八折之后要多少钱？",
  "num|这件衣服打二折以后多少钱？",
  "num|这件衣服打七折以后多少钱？",
  "qw|这件衣服打八折到什么时候？")
G("shopping", "满300减50和打八五折哪个更划算？",
  "wo|打八五折和满300减50哪个更划算？",
  "zhv|满300减50跟打八五折哪个更划算？",
  "num|满300减50和打九五折哪个更划算？",
  "num|满200减50和打八五折哪个更划算？")
G("shopping", "华为手机比小米手机贵多少？",
  "wo|小米手机比华为手机便宜多少？",
  "cmp|小米手机比华为手机贵多少？",
  "zhv|华为手机比小米手机要贵多少钱？",
  "qw|华为手机比小米手机贵在哪里？",
  "tns|华为手机去年比小米手机贵多少？")
G("shopping", "商家把我的订单取消了，钱怎么退回来？",
  "voc|我的订单被商家取消了，钱怎么退回来？",
  "zhv|商家把我的订单取消了，钱如何退回来？",
  "qw|商家把我的订单取消了，钱多久能退回来？",
  "qw|商家为什么把我的订单取消了？")
G("shopping", "买家把卖家投诉了，卖家会受什么处罚？",
  "voc|卖家被买家投诉了，会受什么处罚？",
  "pas|买家被卖家投诉了，会受什么处罚？",
  "tns|买家把卖家投诉了，卖家已经受了什么处罚？",
  "pol|请问买家把卖家投诉了，卖家会受什么处罚？")
G("shopping", "七天无理由退货，运费由谁出？",
  "zhv|七天无理由退货，运费谁来出？",
  "ord|七天无理由退货的话，来回邮费是买家付还是卖家付？",
  "num|十五天无理由退货，运费由谁出？",
  "qw|七天无理由退货，运费要多少？",
  "mod|七天无理由退货，运费必须由卖家出吗？")
G("shopping", "订单满99元以上包邮吗？",
  "zhv|订单满99元以上包不包邮？",
  "syn|订单满99块以上免运费吗？",
  "op|订单99元以下包邮吗？",
  "num|订单满199元以上包邮吗？",
  "qw|订单满99元以上包邮几天到？")

# ---------------------------------------------------------------- health (en)
G("health", "Does ibuprofen interact with aspirin?",
  "sym|Does aspirin interact with ibuprofen?",
  "pol|Hi, does ibuprofen interact with aspirin?",
  "syn|Is there an interaction between ibuprofen and aspirin?",
  "qw|How long should I wait between taking ibuprofen and aspirin?",
  "tns|Did the ibuprofen I took interact with my aspirin?")
G("health", "Can I take Tylenol with amoxicillin?",
  "sym|Can I take amoxicillin with Tylenol?",
  "syn|Is it safe to take acetaminophen together with amoxicillin?",
  "pol|Excuse me, can I take Tylenol with amoxicillin?",
  "qw|How many hours apart should I take Tylenol and amoxicillin?")
G("health", "Should I take my blood pressure pill before or after breakfast?",
  "wo|Should I take my blood pressure pill after or before breakfast?",
  "syn|Should I take my blood pressure medication before or after breakfast?",
  "mod|Can I take my blood pressure pill after breakfast?",
  "qw|How long before breakfast should I take my blood pressure pill?")
G("health", "Is a fasting blood sugar above 126 mg/dL a sign of diabetes?",
  "syn|Does a fasting glucose over 126 mg/dL indicate diabetes?",
  "pol|Could you tell me if a fasting blood sugar above 126 mg/dL is a sign of diabetes?",
  "op|Is a fasting blood sugar below 126 mg/dL a sign of diabetes?",
  "num|Is a fasting blood sugar above 100 mg/dL a sign of diabetes?")
G("health", "Can I donate blood to my father if I'm type O negative and he is type A positive?",
  "wo|If I'm type O negative and my father is type A positive, can I donate blood to him?",
  "syn|If my blood type is O negative and my dad's is A positive, can I give blood to him?",
  "dir|Can my father donate blood to me if I'm type O negative and he is type A positive?",
  "qw|How often can I donate blood to my father if I'm type O negative and he is type A positive?")
G("health", "Is it safe to take 400 mg of ibuprofen every 6 hours?",
  "syn|Is taking 400 mg of ibuprofen every six hours safe?",
  "pol|Hello doctor, is it safe to take 400 mg of ibuprofen every 6 hours?",
  "num|Is it safe to take 800 mg of ibuprofen every 6 hours?",
  "num|Is it safe to take 400 mg of ibuprofen every 2 hours?",
  "qw|For how many days can I take 400 mg of ibuprofen every 6 hours?")
G("health", "Is a resting heart rate under 60 normal for an adult?",
  "syn|Is it normal for an adult to have a resting pulse below 60?",
  "wo|For an adult, is a resting heart rate under 60 normal?",
  "op|Is a resting heart rate over 100 normal for an adult?",
  "num|Is a resting heart rate under 40 normal for an adult?")
G("health", "Can my doctor share my medical records with my employer?",
  "voc|Can my medical records be shared with my employer by my doctor?",
  "dir|Can my employer share my medical records with my doctor?",
  "mod|Must my doctor share my medical records with my employer?",
  "qw|Why did my doctor share my medical records with my employer?")
G("health", "Do I need to fast for 8 hours before a cholesterol test?",
  "syn|Do I have to go without food for 8 hours before a cholesterol test?",
  "wo|Before a cholesterol test, do I need to fast for 8 hours?",
  "num|Do I need to fast for 12 hours before a cholesterol test?",
  "qw|Why do I need to fast before a cholesterol test?")
G("health", "Can a husband with hepatitis B pass it to his wife?",
  "voc|Can hepatitis B be passed by a husband to his wife?",
  "syn|Can a husband who has hepatitis B give it to his wife?",
  "qw|How can a husband with hepatitis B avoid passing it to his wife?",
  "mod|Should a husband with hepatitis B tell his wife?")

# ---------------------------------------------------------------- health (zh)
G("health", "布洛芬和阿司匹林肠溶片能一起吃吗？",
  "sym|阿司匹林肠溶片和布洛芬能一起吃吗？",
  "zhv|布洛芬和阿司匹林肠溶片可以一起吃吗？",
  "sym|阿司匹林肠溶片能跟布洛芬同时吃吗？",
  "qw|布洛芬和阿司匹林肠溶片要隔多久吃？",
  "tns|布洛芬和阿司匹林肠溶片已经一起吃了怎么办？")
G("health", "孩子发烧38度5以上要吃退烧药吗？",
  "zhv|孩子发烧38度5以上需不需要吃退烧药？",
  "pol|请问孩子发烧38度5以上要吃退烧药吗？",
  "op|孩子发烧38度5以下要吃退烧药吗？",
  "num|孩子发烧37度5以上要吃退烧药吗？",
  "qw|孩子发烧38度5以上吃什么退烧药？")
G("health", "直系亲属之间，我能给我爸爸输血吗？",
  "sym|直系亲属之间，我爸爸能给我输血吗？",
  "zhv|直系亲属之间，我可以给我爸爸输血吗？",
  "pol|请问直系亲属之间，我能给我爸爸输血吗？",
  "tns|直系亲属之间，我已经给我爸爸输过血了，会有问题吗？")
G("health", "血压140/90算高吗？",
  "zhv|血压140/90算不算高？",
  "syn|血压一百四十、九十算高血压吗？",
  "num|血压130/80算高吗？",
  "qw|血压140/90要吃什么药？",
  "tns|血压140/90以后会越来越高吗？")
G("health", "空腹血糖7以上是糖尿病吗？",
  "zhv|空腹血糖7以上是不是糖尿病？",
  "pol|医生您好，空腹血糖7以上是糖尿病吗？",
  "op|空腹血糖7以下是糖尿病吗？",
  "num|空腹血糖6以上是糖尿病吗？",
  "qw|空腹血糖7以上怎么降下来？")
G("health", "医生把我的病历给了保险公司，合法吗？",
  "voc|我的病历被医生给了保险公司，合法吗？",
  "zhv|医生把我的病历给了保险公司，合不合法？",
  "dir|保险公司把我的病历给了医生，合法吗？",
  "mod|医生必须把我的病历给保险公司吗？")
G("health", "感冒药饭前吃还是饭后吃？",
  "wo|感冒药饭后吃还是饭前吃？",
  "zhv|感冒药是饭前吃还是饭后吃？",
  "mod|感冒药能空腹饭前吃吗？",
  "qw|感冒药一天吃几次？",
  "tns|感冒药饭前已经吃了，饭后还要再吃吗？")
G("health", "妈妈得了乙肝会传染给孩子吗？",
  "voc|孩子会被得了乙肝的妈妈传染吗？",
  "zhv|妈妈得了乙肝会不会传染给孩子？",
  "dir|孩子得了乙肝会传染给妈妈吗？",
  "qw|妈妈得了乙肝怎么防止传染给孩子？",
  "tns|妈妈得了乙肝，孩子已经被传染了吗？")

# ---------------------------------------------------------------- programming (en)
G("programming", "How do I convert a string to an integer in Python when reading user input?",
  "syn|How can I turn a string into an int in Python when reading user input?",
  "pol|Could anyone explain how to convert a string to an integer in Python when reading user input?",
  "dir|How do I convert an integer to a string in Python when printing output?",
  "qw|Why does converting a string to an integer in Python raise ValueError when reading user input?")
G("programming", "How do I merge the develop branch into main in git?",
  "wo|In git, how do I merge the develop branch into main?",
  "voc|How do I get the develop branch merged into main in git?",
  "dir|How do I merge the main branch into develop in git?",
  "tns|Did I already merge the develop branch into main in git?",
  "mod|Should I merge the develop branch into main in git or rebase it?")
G("programming", "How do I copy a file from my laptop to a remote server with scp?",
  "wo|With scp, how do I copy a file from my laptop to a remote server?",
  "syn|How do I use scp to upload a file from my laptop to a remote server?",
  "dir|How do I copy a file from a remote server to my laptop with scp?",
  "qw|Why is copying a file from my laptop to a remote server with scp so slow?")
G("programming", "In Python, what does 7 // 2 return?",
  "syn|What is the result of 7 // 2 in Python?",
  "pol|Quick question: in Python, what does 7 // 2 return?",
  "op|In Python, what does 7 / 2 return?",
  "op|In Python, what does 7 % 2 return?",
  "dir|In Python, what does 2 // 7 return?")
G("programming", "In JavaScript, is null == undefined true?",
  "sym|In JavaScript, is undefined == null true?",
  "wo|Is null == undefined true in JavaScript?",
  "op|In JavaScript, is null === undefined true?",
  "num|In JavaScript, is null == 0 true?")
G("programming", "How do I check if x is greater than or equal to 10 in bash?",
  "syn|How do I test whether x is >= 10 in bash?",
  "wo|In bash, how do I check if x is greater than or equal to 10?",
  "op|How do I check if x is less than or equal to 10 in bash?",
  "op|How do I check if x is greater than 10 in bash?")
G("programming", "How do I sort a list of dicts by age in descending order in Python?",
  "wo|In Python, how do I sort a list of dicts by age, descending?",
  "syn|How do I sort a list of dictionaries by the age key from highest to lowest in Python?",
  "op|How do I sort a list of dicts by age in ascending order in Python?",
  "qw|Why does sorting a list of dicts by age in Python give a TypeError?")
G("programming", "What is the time complexity of inserting at the front of a Python list?",
  "syn|What's the big-O cost of inserting at the beginning of a Python list?",
  "dir|What is the time complexity of inserting at the end of a Python list?",
  "qw|Why is inserting at the front of a Python list slow?",
  "pol|Can someone tell me the time complexity of inserting at the front of a Python list?")
G("programming", "How do I get the last element of the first row of a 2D numpy array?",
  "wo|In a 2D numpy array, how do I get the first row's last element?",
  "syn|How do I access the final element in the first row of a 2D numpy array?",
  "pos|How do I get the first element of the last row of a 2D numpy array?",
  "num|How do I get the last element of the second row of a 2D numpy array?")
G("programming", "Does Python's range(1, 10) include 10?",
  "wo|Is 10 included in Python's range(1, 10)?",
  "pol|Sorry for the basic question, but does Python's range(1, 10) include 10?",
  "num|Does Python's range(1, 10) include 1?",
  "qw|How many numbers does Python's range(1, 10) include?")
G("programming", "How do I redirect stderr to stdout in bash?",
  "wo|In bash, how do I redirect stderr to stdout?",
  "syn|How do I send stderr to stdout in bash?",
  "dir|How do I redirect stdout to stderr in bash?",
  "qw|Why should I redirect stderr to stdout in bash?")
G("programming", "How do I cast a float to an int in C?",
  "syn|How do I convert a float to an integer in C?",
  "dir|How do I cast an int to a float in C?",
  "qw|Why does casting a float to an int in C drop the decimals?",
  "mod|Should I cast a float to an int in C or call round()?")
G("programming", "Is a list faster than a tuple for iteration in Python?",
  "wo|Is a tuple slower than a list for iteration in Python?",
  "cmp|Is a tuple faster than a list for iteration in Python?",
  "qw|How much faster is a list than a tuple for iteration in Python?",
  "syn|In Python, does iterating over a list beat iterating over a tuple in speed?")

# ---------------------------------------------------------------- programming (zh)
G("programming", "Python里怎么把列表里的元素拼成一个字符串？",
  "zhv|Python里如何把列表里的元素拼成一个字符串？",
  "wo|怎么在Python里把列表里的元素拼成一个字符串？",
  "dir|Python里怎么把一个字符串拆成列表里的元素？",
  "qw|Python里为什么列表不能直接当字符串拼接？")
G("programming", "git怎么把feature分支合并到master？",
  "zhv|git如何把feature分支合并到master？",
  "voc|git里feature分支怎么合并进master？",
  "dir|git怎么把master分支合并到feature？",
  "mod|git应该把feature分支合并到master还是用rebase？",
  "tns|git已经把feature分支合并到master了，怎么撤销？")
G("programming", "Java里a++和++a有什么区别？",
  "sym|Java里++a和a++有什么区别？",
  "zhv|Java里a++跟++a有啥区别？",
  "op|Java里a++和a--有什么区别？",
  "qw|Java里a++和++a哪个更快？")
G("programming", "Excel里怎么把A列的数据复制到B列？",
  "zhv|Excel里如何把A列的数据复制到B列？",
  "voc|Excel里A列的数据怎么复制到B列？",
  "dir|Excel里怎么把B列的数据复制到A列？",
  "qw|Excel里A列的数据复制到B列为什么格式变了？")
G("programming", "SQL里WHERE age >= 16和WHERE age > 16有什么区别？",
  "sym|SQL里WHERE age > 16和WHERE age >= 16有什么区别？",
  "zhv|SQL里WHERE age >= 16跟WHERE age > 16有什么不同？",
  "op|SQL里WHERE age >= 16和WHERE age <= 16有什么区别？",
  "num|SQL里WHERE age >= 16和WHERE age > 21有什么区别？")
G("programming", "Linux下怎么把文件从服务器下载到本地？",
  "wo|怎么在Linux下把文件从服务器下载到本地？",
  "zhv|Linux下如何把文件从服务器下载到本地？",
  "dir|Linux下怎么把文件从本地上传到服务器？",
  "qw|Linux下把文件从服务器下载到本地为什么这么慢？")
G("programming", "Python中2**3等于多少？",
  "zhv|Python中2**3的结果是几？",
  "pol|请问Python中2**3等于多少？",
  "dir|Python中3**2等于多少？",
  "op|Python中2*3等于多少？",
  "op|Python中2^3等于多少？")
G("programming", "C语言里int比long占的字节少吗？",
  "wo|C语言里long比int占的字节多吗？",
  "zhv|C语言里int是不是比long占的字节少？",
  "cmp|C语言里long比int占的字节少吗？",
  "qw|C语言里int比long少占几个字节？")

# ---------------------------------------------------------------- school (en)
G("school", "Can I transfer my credits from a community college to a state university?",
  "voc|Can the credits I earned at a community college be transferred to a state university?",
  "pol|Hi, can I transfer my credits from a community college to a state university?",
  "dir|Can I transfer my credits from a state university to a community college?",
  "mod|Should I transfer my credits from a community college to a state university?",
  "qw|How many credits can I transfer from a community college to a state university?")
G("school", "Can my professor's TA change my grade?",
  "syn|Is my professor's TA allowed to change my grade?",
  "pol|Hi, can my professor's TA change my grade?",
  "pos|Can my TA's professor change my grade?",
  "tns|Did my professor's TA change my grade?",
  "mod|Should my professor's TA change my grade?")
G("school", "Will I lose my scholarship if my GPA falls below 3.0?",
  "syn|Will my scholarship be taken away if my GPA drops under 3.0?",
  "wo|If my GPA falls below 3.0, will I lose my scholarship?",
  "op|Will I lose my scholarship if my GPA stays above 3.0?",
  "tns|Did I lose my scholarship when my GPA fell below 3.0?",
  "mod|Can the school take away my scholarship if my GPA falls below 3.0?")
G("school", "When is the deadline to drop a class without a W on my transcript?",
  "syn|What is the last day to drop a class without getting a W?",
  "pol|Could you tell me when the deadline to drop a class without a W on my transcript is?",
  "qw|How do I drop a class without a W on my transcript?",
  "qw|Why did I get a W when I dropped a class before the deadline?",
  "tns|When was the deadline to drop a class without a W on my transcript last semester?")
G("school", "Can a freshman take a senior-level course?",
  "syn|Is a first-year student allowed to enroll in a senior-level course?",
  "dir|Can a senior take a freshman-level course?",
  "mod|Should a freshman take a senior-level course?",
  "qw|How can a freshman get into a senior-level course?")
G("school", "Does a B+ in a 4-credit class raise my GPA more than an A in a 2-credit class?",
  "wo|Does an A in a 2-credit class raise my GPA less than a B+ in a 4-credit class?",
  "cmp|Does an A in a 2-credit class raise my GPA more than a B+ in a 4-credit class?",
  "num|Does a B+ in a 3-credit class raise my GPA more than an A in a 2-credit class?",
  "qw|How much does a B+ in a 4-credit class raise my GPA?")
G("school", "Can a student sue a teacher for defamation?",
  "syn|Is it possible for a student to sue a teacher for defamation?",
  "dir|Can a teacher sue a student for defamation?",
  "voc|Can a teacher be sued for defamation by a student?",
  "tns|Has a student ever sued a teacher for defamation?",
  "qw|How can a student sue a teacher for defamation?")

# ---------------------------------------------------------------- school (zh)
G("school", "从农村小学转学到城里小学需要什么手续？",
  "zhv|从农村小学转学到城里小学要办哪些手续？",
  "pol|请问从农村小学转学到城里小学需要什么手续？",
  "dir|从城里小学转学到农村小学需要什么手续？",
  "qw|从农村小学转学到城里小学要花多少钱？",
  "tns|从农村小学转学到城里小学的手续已经办完了吗？")
G("school", "班主任把我的手机没收了，家长能要回来吗？",
  "voc|我的手机被班主任没收了，家长能要回来吗？",
  "zhv|班主任把我的手机没收了，家长能不能要回来？",
  "mod|班主任把我的手机没收了，家长应该去要回来吗？",
  "qw|班主任把我的手机没收了，什么时候能还给我？")
G("school", "语文比数学难学吗？",
  "wo|数学比语文好学吗？",
  "zhv|语文是不是比数学难学？",
  "cmp|数学比语文难学吗？",
  "qw|语文比数学难学在哪里？")
G("school", "高考数学满分是150分还是120分？",
  "wo|高考数学满分是120分还是150分？",
  "zhv|高考数学满分是150分呢，还是120分？",
  "qw|高考数学多少分算高分？",
  "tns|以前高考数学满分是150分还是120分？")
G("school", "大学英语四级要考到425分以上才算过吗？",
  "zhv|大学英语四级是不是要考到425分以上才算过？",
  "op|大学英语四级考到425分以下也算过吗？",
  "num|大学英语四级要考到550分以上才算过吗？",
  "qw|大学英语四级什么时候出成绩？")
G("school", "老师能把学生的成绩告诉其他家长吗？",
  "voc|学生的成绩能被老师告诉其他家长吗？",
  "zhv|老师可以把学生的成绩告诉其他家长吗？",
  "dir|家长能把学生的成绩告诉其他老师吗？",
  "mod|老师必须把学生的成绩告诉家长吗？",
  "tns|老师已经把学生的成绩告诉其他家长了，怎么办？")

# ---------------------------------------------------------------- travel (en)
G("travel", "Is Berlin ahead of London in time?",
  "wo|Is London behind Berlin in time?",
  "pol|Sorry, quick one: is Berlin ahead of London in time?",
  "dir|Is London ahead of Berlin in time?",
  "qw|How many hours ahead of London is Berlin?")
G("travel", "What is the time difference between Tokyo and Sydney?",
  "sym|What is the time difference between Sydney and Tokyo?",
  "syn|How many hours apart are Tokyo and Sydney?",
  "qw|Why is there a time difference between Tokyo and Sydney?",
  "pol|Could you tell me the time difference between Tokyo and Sydney?")
G("travel", "How far is Paris from Lyon by car?",
  "sym|How far is Lyon from Paris by car?",
  "sym|What is the driving distance between Lyon and Paris?",
  "pol|Hello! How far is Paris from Lyon by car?",
  "qw|How long does it take to drive from Paris to Lyon?")
G("travel", "Do US citizens need a visa to visit China?",
  "syn|Is a visa required for US citizens visiting China?",
  "dir|Do Chinese citizens need a visa to visit the US?",
  "tns|Did US citizens need a visa to visit China in 2019?",
  "qw|How long can US citizens stay in China without a visa?")
G("travel", "How long is the flight from New York to London?",
  "wo|From New York to London, how long is the flight?",
  "syn|What's the flight time from New York to London?",
  "dir|How long is the flight from London to New York?",
  "qw|How much is the flight from New York to London?")
G("travel", "Should I exchange money at the airport before I fly or after I land?",
  "wo|Should I exchange money at the airport after I land or before I fly?",
  "syn|Is it better to change money at the airport before I fly or after I land?",
  "mod|Can I exchange money at the airport after I land?",
  "qw|Where should I exchange money before I fly?")
G("travel", "Is it cheaper to fly from Boston to Chicago than to take the train?",
  "wo|Is taking the train from Boston to Chicago more expensive than flying?",
  "cmp|Is it cheaper to take the train from Boston to Chicago than to fly?",
  "qw|How much cheaper is it to fly from Boston to Chicago than to take the train?",
  "tns|Was it cheaper to fly from Boston to Chicago than to take the train last year?")

# ---------------------------------------------------------------- travel (zh)
G("travel", "北京到上海坐高铁要多久？",
  "sym|上海到北京坐高铁要多久？",
  "zhv|北京到上海坐高铁要多长时间？",
  "qw|北京到上海坐高铁要多少钱？",
  "qw|北京到上海的高铁在哪个站坐？",
  "tns|北京到上海坐高铁以前要多久？")
G("travel", "北京时间比东京时间早一个小时吗？",
  "wo|东京时间比北京时间晚一个小时吗？",
  "zhv|北京时间是不是比东京时间早一个小时？",
  "dir|东京时间比北京时间早一个小时吗？",
  "num|北京时间比东京时间早两个小时吗？")
G("travel", "人民币换日元在国内换划算还是到日本换划算？",
  "wo|人民币换日元到日本换划算还是在国内换划算？",
  "zhv|人民币换日元是在国内换划算，还是去日本换划算？",
  "dir|日元换人民币在国内换划算还是到日本换划算？",
  "qw|人民币换日元在国内哪里换？")
G("travel", "从上海飞成都比从成都飞上海贵吗？",
  "wo|从成都飞上海比从上海飞成都便宜吗？",
  "zhv|从上海飞成都是不是比从成都飞上海贵？",
  "cmp|从成都飞上海比从上海飞成都贵吗？",
  "qw|从上海飞成都比从成都飞上海贵多少？")
G("travel", "护照过期前多久可以换新的？",
  "zhv|护照过期前多长时间能换新的？",
  "op|护照过期后多久可以换新的？",
  "qw|护照过期前换新的去哪里办？",
  "mod|护照过期前必须换新的吗？")
G("travel", "去泰国办落地签要准备多少现金？",
  "zhv|去泰国办落地签需要准备多少现金？",
  "pol|请问去泰国办落地签要准备多少现金？",
  "qw|去泰国办落地签要准备什么材料？",
  "tns|去泰国办落地签以前要准备多少现金？")
G("travel", "从广州到深圳有多远？",
  "sym|从深圳到广州有多远？",
  "sym|广州和深圳之间有多远？",
  "zhv|从广州到深圳有多少公里？",
  "qw|从广州到深圳坐什么车最快？",
  "qw|从广州到深圳开车要多长时间？")

# ---------------------------------------------------------------- logistics (en)
G("logistics", "Can I ship lithium batteries from the US to China?",
  "syn|Is it possible to send lithium batteries from the US to China?",
  "pol|Hi, can I ship lithium batteries from the US to China?",
  "dir|Can I ship lithium batteries from China to the US?",
  "qw|How much does it cost to ship lithium batteries from the US to China?",
  "mod|Should I ship lithium batteries from the US to China by air?")
G("logistics", "Who pays the return shipping, the buyer or the seller?",
  "wo|Who pays the return shipping, the seller or the buyer?",
  "syn|Who covers the return postage, the buyer or the seller?",
  "qw|How much is the return shipping?",
  "qw|When is the return shipping refunded?")
G("logistics", "Under DDP, does the shipper or the receiver pay the customs duties?",
  "wo|Under DDP, does the receiver or the shipper pay the customs duties?",
  "syn|Under DDP, who pays the import duties, the sender or the recipient?",
  "qw|How much are the customs duties under DDP?",
  "tns|Under DDP, did the shipper or the receiver pay the customs duties on my last order?")
G("logistics", "Is a package over 70 lb too heavy for USPS?",
  "syn|Does USPS refuse packages heavier than 70 lb?",
  "op|Is a package under 70 lb too heavy for USPS?",
  "num|Is a package over 50 lb too heavy for USPS?",
  "qw|How much does USPS charge for a package over 70 lb?")
G("logistics", "Is sea freight from Shanghai to Los Angeles faster than air freight?",
  "wo|Is air freight from Shanghai to Los Angeles slower than sea freight?",
  "cmp|Is air freight from Shanghai to Los Angeles faster than sea freight?",
  "qw|How much faster is sea freight from Shanghai to Los Angeles than air freight?",
  "tns|Was sea freight from Shanghai to Los Angeles faster than air freight during the port strike?")
G("logistics", "If my package is shipped on Friday, will it arrive before Monday?",
  "wo|Will my package arrive before Monday if it is shipped on Friday?",
  "voc|If the seller ships my package on Friday, will it arrive before Monday?",
  "op|If my package is shipped on Friday, will it arrive after Monday?",
  "dir|If my package is shipped on Monday, will it arrive before Friday?",
  "tns|My package was shipped on Friday; did it arrive before Monday?")
G("logistics", "Can the warehouse ship my order to the store for pickup?",
  "voc|Can my order be shipped by the warehouse to the store for pickup?",
  "dir|Can the store ship my order to the warehouse for pickup?",
  "mod|Must the warehouse ship my order to the store for pickup?",
  "qw|How long does the warehouse take to ship my order to the store for pickup?",
  "pol|Hello, can the warehouse ship my order to the store for pickup?")

# ---------------------------------------------------------------- logistics (zh)
G("logistics", "快递员把我的包裹弄丢了，怎么索赔？",
  "voc|我的包裹被快递员弄丢了，怎么索赔？",
  "zhv|快递员把我的包裹弄丢了，如何索赔？",
  "qw|快递员把我的包裹弄丢了，能赔多少钱？",
  "tns|快递员会把我的包裹弄丢吗？")
G("logistics", "从国内寄药品到美国可以吗？",
  "zhv|从国内寄药品到美国行不行？",
  "pol|请问从国内寄药品到美国可以吗？",
  "dir|从美国寄药品到国内可以吗？",
  "qw|从国内寄药品到美国要多少钱？",
  "mod|从国内寄药品到美国必须报关吗？")
G("logistics", "顺丰比京东快递快吗？",
  "wo|京东快递比顺丰慢吗？",
  "zhv|顺丰是不是比京东快递快？",
  "cmp|京东快递比顺丰快吗？",
  "qw|顺丰比京东快递快多少？")
G("logistics", "快递超过3公斤怎么收费？",
  "zhv|快递超过3公斤如何收费？",
  "pol|麻烦问一下，快递超过3公斤怎么收费？",
  "op|快递不到3公斤怎么收费？",
  "num|快递超过5公斤怎么收费？",
  "qw|快递超过3公斤几天能到？")
G("logistics", "卖家让买家承担退货运费，合理吗？",
  "zhv|卖家让买家承担退货运费，合不合理？",
  "voc|退货运费被卖家要求由买家承担，合理吗？",
  "dir|买家让卖家承担退货运费，合理吗？",
  "mod|卖家必须让买家承担退货运费吗？")
G("logistics", "快递明天下午5点以前能送到吗？",
  "zhv|快递明天下午5点以前能不能送到？",
  "op|快递明天下午5点以后能送到吗？",
  "num|快递明天上午10点以前能送到吗？",
  "tns|快递昨天下午5点以前送到了吗？",
  "qw|快递明天下午5点以前送到哪个驿站？")
G("logistics", "仓库把货发给了物流公司，物流公司丢了货谁负责？",
  "voc|货被仓库发给了物流公司，物流公司丢了货谁负责？",
  "zhv|仓库把货发给了物流公司，物流公司丢了货该谁负责？",
  "dir|物流公司把货发给了仓库，仓库丢了货谁负责？",
  "qw|仓库把货发给了物流公司，物流公司丢了货赔多少？")

# ---------------------------------------------------------------- sports (en)
G("sports", "Did Arsenal beat Chelsea last Sunday?",
  "voc|Was Chelsea beaten by Arsenal last Sunday?",
  "wo|Last Sunday, did Arsenal beat Chelsea?",
  "dir|Did Chelsea beat Arsenal last Sunday?",
  "qw|By how many goals did Arsenal beat Chelsea last Sunday?",
  "tns|Will Arsenal beat Chelsea next Sunday?")
G("sports", "What was the score of the Lakers vs Celtics game last night?",
  "sym|What was the score of the Celtics vs Lakers game last night?",
  "syn|What was the final score of last night's Lakers–Celtics game?",
  "qw|Who scored the most points in the Lakers vs Celtics game last night?",
  "tns|When is the next Lakers vs Celtics game?")
G("sports", "Who won the 2008 Wimbledon final between Federer and Nadal?",
  "sym|Who won the 2008 Wimbledon final between Nadal and Federer?",
  "pol|Can you remind me who won the 2008 Wimbledon final between Federer and Nadal?",
  "qw|How long was the 2008 Wimbledon final between Federer and Nadal?",
  "num|Who won the 2007 Wimbledon final between Federer and Nadal?")
G("sports", "Is LeBron James taller than Kevin Durant?",
  "wo|Is Kevin Durant shorter than LeBron James?",
  "pol|Just curious, is LeBron James taller than Kevin Durant?",
  "cmp|Is Kevin Durant taller than LeBron James?",
  "qw|How much taller is LeBron James than Kevin Durant?")
G("sports", "In basketball, does a shot from behind the three-point line count as 3 points?",
  "syn|In basketball, is a shot taken from beyond the three-point line worth 3 points?",
  "op|In basketball, does a shot from inside the three-point line count as 3 points?",
  "num|In basketball, does a shot from behind the three-point line count as 2 points?",
  "tns|In basketball, did a shot from behind the three-point line count as 3 points in the 1970s?")
G("sports", "Can the referee send a player off for two yellow cards in one match?",
  "voc|Can a player be sent off by the referee for two yellow cards in one match?",
  "num|Can the referee send a player off for three yellow cards in one match?",
  "tns|Did the referee send a player off for two yellow cards in last night's match?",
  "qw|Why can the referee send a player off for two yellow cards in one match?")
G("sports", "How many laps of a 400 m track make 5 km?",
  "syn|How many times around a 400-meter track is 5 kilometers?",
  "num|How many laps of a 400 m track make 10 km?",
  "num|How many laps of a 200 m track make 5 km?",
  "qw|How long does it take to run 5 km on a 400 m track?")
G("sports", "Did Messi pass to Suárez for the first goal?",
  "voc|Was the pass for the first goal made by Messi to Suárez?",
  "dir|Did Suárez pass to Messi for the first goal?",
  "num|Did Messi pass to Suárez for the second goal?",
  "qw|When did Messi pass to Suárez for the first goal?")
G("sports", "Is a marathon longer than 40 km?",
  "wo|Is 40 km shorter than a marathon?",
  "cmp|Is 40 km longer than a marathon?",
  "num|Is a marathon longer than 45 km?",
  "qw|How much longer than 40 km is a marathon?")

# ---------------------------------------------------------------- sports (zh)
G("sports", "中国队昨晚赢了日本队吗？",
  "wo|日本队昨晚输给中国队了吗？",
  "zhv|中国队昨晚是不是赢了日本队？",
  "dir|日本队昨晚赢了中国队吗？",
  "qw|中国队昨晚赢了日本队几个球？",
  "tns|中国队明晚能赢日本队吗？")
G("sports", "中国队被韩国队淘汰了吗？",
  "voc|韩国队把中国队淘汰了吗？",
  "zhv|中国队是不是被韩国队淘汰了？",
  "pas|韩国队被中国队淘汰了吗？",
  "qw|中国队什么时候被韩国队淘汰的？",
  "qw|中国队为什么被韩国队淘汰了？")
G("sports", "姚明比奥尼尔高多少？",
  "wo|奥尼尔比姚明矮多少？",
  "zhv|姚明比奥尼尔高几厘米？",
  "cmp|奥尼尔比姚明高多少？",
  "qw|姚明比奥尼尔早几年退役？")
G("sports", "跑完一个全程马拉松一般要多久？",
  "zhv|跑完一个全程马拉松一般要多长时间？",
  "pol|请问跑完一个全程马拉松一般要多久？",
  "qw|一个全程马拉松有多远？",
  "num|跑完一个半程马拉松一般要多久？",
  "qw|跑完一个全程马拉松能消耗多少热量？")
G("sports", "乒乓球比赛一局先得11分还是21分算赢？",
  "wo|乒乓球比赛一局先得21分还是11分算赢？",
  "zhv|乒乓球比赛一局是先得11分算赢，还是先得21分算赢？",
  "tns|以前乒乓球比赛一局先得多少分算赢？",
  "qw|乒乓球比赛一局一般打多久？")
G("sports", "羽毛球单打的场地比双打窄吗？",
  "wo|羽毛球双打的场地比单打宽吗？",
  "zhv|羽毛球单打的场地是不是比双打窄？",
  "cmp|羽毛球双打的场地比单打窄吗？",
  "qw|羽毛球单打的场地比双打窄多少？")
G("sports", "足球比赛中守门员能用手接队友回传的球吗？",
  "zhv|足球比赛中守门员可以用手接队友回传的球吗？",
  "tns|以前足球比赛中守门员能用手接队友回传的球吗？",
  "qw|足球比赛中守门员用手接队友回传的球怎么判罚？",
  "pol|请问足球比赛中守门员能用手接队友回传的球吗？")

# ---------------------------------------------------------------- government (en)
G("government", "Can I renew my driver's license online before it expires?",
  "wo|Before it expires, can I renew my driver's license online?",
  "syn|Is it possible to renew my driving license online before it runs out?",
  "op|Can I renew my driver's license online after it expires?",
  "qw|How much does it cost to renew my driver's license online before it expires?",
  "mod|Must I renew my driver's license before it expires?")
G("government", "Do I need to file a tax return if I earn less than $13,850?",
  "syn|Am I required to file a tax return if I make under $13,850?",
  "pol|Could you tell me if I need to file a tax return if I earn less than $13,850?",
  "op|Do I need to file a tax return if I earn more than $13,850?",
  "qw|When do I need to file a tax return if I earn less than $13,850?")
G("government", "Does the landlord have to give the tenant 30 days' notice to end a month-to-month lease?",
  "voc|Does the tenant have to be given 30 days' notice by the landlord to end a month-to-month lease?",
  "dir|Does the tenant have to give the landlord 30 days' notice to end a month-to-month lease?",
  "num|Does the landlord have to give the tenant 60 days' notice to end a month-to-month lease?",
  "mod|Can the landlord give the tenant 30 days' notice to end a month-to-month lease?")
G("government", "Will a Real ID be required to fly within the US starting May 2025?",
  "syn|Will I need a Real ID to take domestic flights in the US from May 2025?",
  "tns|Was a Real ID required to fly within the US in 2023?",
  "qw|Where do I get a Real ID to fly within the US?",
  "mod|Should I get a Real ID before May 2025?")
G("government", "Is jury duty optional for people over 70?",
  "syn|Can people older than 70 opt out of jury duty?",
  "op|Is jury duty optional for people under 70?",
  "qw|How do people over 70 get excused from jury duty?",
  "pol|Hi, is jury duty optional for people over 70?")
G("government", "Do I pay property tax to the city or to the county?",
  "wo|Do I pay property tax to the county or to the city?",
  "pol|Sorry to bother you, but do I pay property tax to the city or to the county?",
  "qw|How much property tax do I pay to the city?",
  "tns|Did I pay property tax to the city or to the county last year?")
G("government", "Can a US citizen sponsor a parent for a green card?",
  "voc|Can a parent be sponsored for a green card by a US citizen?",
  "syn|Is a US citizen allowed to sponsor a parent for a green card?",
  "qw|How long does it take a US citizen to sponsor a parent for a green card?",
  "num|Can a US citizen under 21 sponsor a parent for a green card?")

# ---------------------------------------------------------------- government (zh)
G("government", "外地户口迁到北京需要什么条件？",
  "zhv|外地户口迁到北京要满足哪些条件？",
  "pol|请问外地户口迁到北京需要什么条件？",
  "dir|北京户口迁到外地需要什么条件？",
  "qw|外地户口迁到北京要多久？")
G("government", "社保从广州转到深圳怎么办？",
  "zhv|社保从广州转到深圳如何办理？",
  "wo|怎么把社保从广州转到深圳？",
  "dir|社保从深圳转到广州怎么办？",
  "qw|社保从广州转到深圳要多长时间？",
  "mod|社保从广州转到深圳必须本人去办吗？")
G("government", "个人所得税是月收入5000元以上才要交吗？",
  "zhv|个人所得税是不是月收入5000元以上才要交？",
  "op|个人所得税月收入5000元以下也要交吗？",
  "num|个人所得税是月收入3500元以上才要交吗？",
  "qw|个人所得税月收入5000元以上交多少？")
G("government", "二代身份证过期了还能坐高铁吗？",
  "zhv|二代身份证过期了还可以坐高铁吗？",
  "pol|麻烦问一下，二代身份证过期了还能坐高铁吗？",
  "tns|二代身份证快过期了还能坐高铁吗？",
  "qw|二代身份证过期了去哪里补办？",
  "mod|二代身份证过期了必须马上去换吗？")
G("government", "居住证比暂住证好办吗？",
  "wo|暂住证比居住证难办吗？",
  "zhv|居住证是不是比暂住证好办？",
  "cmp|暂住证比居住证好办吗？",
  "qw|居住证去哪里办？")
G("government", "没带驾驶证，交警能把我的车扣了吗？",
  "voc|没带驾驶证，我的车能被交警扣下吗？",
  "zhv|没带驾驶证，交警可以把我的车扣了吗？",
  "tns|没带驾驶证，交警已经把我的车扣了，怎么取回来？",
  "qw|没带驾驶证，交警把我的车扣了，要扣多久？")
G("government", "父母的房子过户给子女要交多少税？",
  "voc|父母的房子被过户给子女要交多少税？",
  "zhv|父母的房子过户给子女需要交多少税？",
  "tns|父母的房子已经过户给子女了，还要补交税吗？",
  "qw|父母的房子过户给子女要去哪里办？",
  "mod|父母的房子应该过户给子女还是等继承？")

# ---------------------------------------------------------------- family (en)
G("family", "Is my brother's daughter my niece?",
  "syn|Is the daughter of my brother my niece?",
  "pol|Sorry if this is silly, but is my brother's daughter my niece?",
  "pos|Is my daughter's brother my nephew?",
  "qw|What is my brother's daughter to my son?")
G("family", "What is my cousin's mother to me?",
  "syn|How is my cousin's mother related to me?",
  "pos|What is my mother's cousin to me?",
  "pol|Quick family question: what is my cousin's mother to me?",
  "num|What is my second cousin's mother to me?")
G("family", "Can my stepfather adopt me if I'm over 18?",
  "voc|Can I be adopted by my stepfather if I'm over 18?",
  "op|Can my stepfather adopt me if I'm under 18?",
  "mod|Should my stepfather adopt me if I'm over 18?",
  "qw|How can my stepfather adopt me if I'm over 18?")
G("family", "Do grandparents have a legal right to visit their grandchildren?",
  "syn|Are grandparents legally entitled to visit their grandchildren?",
  "dir|Do grandchildren have a legal right to visit their grandparents?",
  "mod|Should grandparents visit their grandchildren?",
  "qw|How do grandparents get a legal right to visit their grandchildren?")
G("family", "Is Beyoncé married to Jay-Z?",
  "sym|Is Jay-Z married to Beyoncé?",
  "pol|Hey, is Beyoncé married to Jay-Z?",
  "qw|When did Beyoncé marry Jay-Z?",
  "qw|How long has Beyoncé been married to Jay-Z?")
G("family", "Are my son and my sister's son first cousins?",
  "sym|Are my sister's son and my son first cousins?",
  "syn|Is my son a first cousin of my sister's son?",
  "pos|Are my son and my son's sister first cousins?",
  "num|Are my son and my sister's son second cousins?")
G("family", "Does a child inherit from a parent who dies without a will?",
  "syn|Is a child an heir of a parent who dies without a will?",
  "dir|Does a parent inherit from a child who dies without a will?",
  "qw|How much does a child inherit from a parent who dies without a will?",
  "tns|Did the child inherit from the parent who died without a will?")
G("family", "What do I call my wife's brother?",
  "syn|What is my wife's brother called?",
  "pos|What do I call my brother's wife?",
  "pol|Could you tell me what I call my wife's brother?",
  "mod|Should I call my wife's brother by his first name?")
G("family", "Is my grandfather's brother my great-uncle?",
  "syn|Is the brother of my grandfather my great-uncle?",
  "pos|Is my brother's grandfather my great-uncle?",
  "pol|Hi, is my grandfather's brother my great-uncle?",
  "pos|Is my great-uncle's brother my grandfather?")
G("family", "What do I call my mother's sister's husband?",
  "syn|What is my mother's sister's husband to me?",
  "pos|What do I call my sister's mother's husband?",
  "pos|What do I call my mother's husband's sister?",
  "pol|Hi, what do I call my mother's sister's husband?")
G("family", "If the neighbor's dog bites my dog, who pays the vet bill?",
  "voc|If my dog is bitten by the neighbor's dog, who pays the vet bill?",
  "dir|If my dog bites the neighbor's dog, who pays the vet bill?",
  "pas|If the neighbor's dog is bitten by my dog, who pays the vet bill?",
  "qw|If the neighbor's dog bites my dog, how much is the vet bill?")
G("family", "Is my cat being bullied by my neighbor's cat?",
  "voc|Is my neighbor's cat bullying my cat?",
  "pas|Is my neighbor's cat being bullied by my cat?",
  "qw|Why is my cat being bullied by my neighbor's cat?",
  "tns|Will my cat be bullied by my neighbor's cat?")

# ---------------------------------------------------------------- family (zh)
G("family", "我老公的妹妹我该怎么称呼？",
  "zhv|我老公的妹妹我应该怎么称呼？",
  "wo|我该怎么称呼我老公的妹妹？",
  "pos|我妹妹的老公我该怎么称呼？",
  "qw|我老公的妹妹为什么叫小姑子？")
G("family", "我爸爸的舅舅叫什么？",
  "zhv|我爸爸的舅舅应该怎么称呼？",
  "pol|请问我爸爸的舅舅叫什么？",
  "pos|我舅舅的爸爸叫什么？",
  "pos|我舅舅的舅舅叫什么？")
G("family", "我妈妈的表姐我该叫什么？",
  "zhv|我妈妈的表姐我该怎么叫？",
  "wo|我该叫我妈妈的表姐什么？",
  "pos|我表姐的妈妈我该叫什么？",
  "pol|请问我妈妈的表姐我该叫什么？")
G("family", "我舅舅的儿子和我是什么关系？",
  "sym|我和我舅舅的儿子是什么关系？",
  "zhv|我舅舅家的儿子跟我是啥关系？",
  "pos|我儿子的舅舅和我是什么关系？",
  "pos|我舅舅的儿子的儿子和我是什么关系？")
G("family", "姐姐比妹妹大三岁，妹妹十岁时姐姐几岁？",
  "wo|妹妹比姐姐小三岁，妹妹十岁时姐姐几岁？",
  "zhv|姐姐比妹妹大三岁，妹妹十岁的时候姐姐多大？",
  "dir|姐姐比妹妹大三岁，姐姐十岁时妹妹几岁？",
  "num|姐姐比妹妹大五岁，妹妹十岁时姐姐几岁？",
  "num|姐姐比妹妹大三岁，妹妹二十岁时姐姐几岁？")
G("family", "父母离婚后，孩子归爸爸还是归妈妈？",
  "wo|父母离婚后，孩子归妈妈还是归爸爸？",
  "zhv|父母离婚以后，孩子是归爸爸还是归妈妈？",
  "qw|父母离婚后，孩子的抚养费给多少？",
  "mod|父母离婚后，孩子必须归妈妈吗？")
G("family", "爷爷的遗产孙子能继承吗？",
  "wo|孙子能继承爷爷的遗产吗？",
  "zhv|爷爷的遗产孙子可以继承吗？",
  "dir|孙子的遗产爷爷能继承吗？",
  "qw|爷爷的遗产孙子能继承多少？")
G("family", "孩子把同学打伤了，家长要赔吗？",
  "voc|同学被孩子打伤了，孩子的家长要赔吗？",
  "zhv|孩子把同学打伤了，家长需不需要赔？",
  "pas|孩子被同学打伤了，家长要赔吗？",
  "qw|孩子把同学打伤了，家长要赔多少钱？")
G("family", "表哥和表妹能结婚吗？",
  "sym|表妹和表哥能结婚吗？",
  "zhv|表哥跟表妹可以结婚吗？",
  "qw|表哥和表妹为什么不能结婚？",
  "tns|以前表哥和表妹能结婚吗？")
G("family", "弟弟可以给哥哥的房贷当担保人吗？",
  "sym|哥哥可以给弟弟的房贷当担保人吗？",
  "zhv|弟弟能不能给哥哥的房贷当担保人？",
  "mod|弟弟应该给哥哥的房贷当担保人吗？",
  "tns|弟弟已经给哥哥的房贷当了担保人，能退出吗？")

# ---------------------------------------------------------------- gaming (en)
G("gaming", "Is Fire super effective against Grass in Pokémon?",
  "wo|In Pokémon, is Fire super effective against Grass?",
  "wo|In Pokémon, is Grass weak to Fire?",
  "dir|Is Grass super effective against Fire in Pokémon?",
  "qw|How much extra damage does Fire do against Grass in Pokémon?")
G("gaming", "Is Water super effective against Fire in Pokémon?",
  "syn|Does Water deal super effective damage to Fire in Pokémon?",
  "dir|Is Fire super effective against Water in Pokémon?",
  "num|Is Water four times as effective against Fire in Pokémon?",
  "tns|Was Water super effective against Fire in the first Pokémon games?")
G("gaming", "Can I transfer my Minecraft world from Java Edition to Bedrock?",
  "syn|Is it possible to move my Minecraft world from Java Edition to Bedrock?",
  "dir|Can I transfer my Minecraft world from Bedrock to Java Edition?",
  "qw|How long does it take to transfer my Minecraft world from Java Edition to Bedrock?",
  "tns|Did my Minecraft world transfer from Java Edition to Bedrock?")
G("gaming", "In chess, can a pawn capture a knight?",
  "voc|In chess, can a knight be captured by a pawn?",
  "pol|Hi, in chess, can a pawn capture a knight?",
  "dir|In chess, can a knight capture a pawn?",
  "mod|In chess, must a pawn capture a knight when it can?")
G("gaming", "Is the PS5 more powerful than the Xbox Series X?",
  "wo|Is the Xbox Series X less powerful than the PS5?",
  "pol|Honest question: is the PS5 more powerful than the Xbox Series X?",
  "cmp|Is the Xbox Series X more powerful than the PS5?",
  "qw|How much more powerful is the PS5 than the Xbox Series X?")
G("gaming", "In Mario Kart, does the player in first place get better items than the player in last place?",
  "wo|In Mario Kart, does the player in last place get worse items than the player in first place?",
  "cmp|In Mario Kart, does the player in last place get better items than the player in first place?",
  "num|In Mario Kart, does the player in second place get better items than the player in last place?",
  "qw|In Mario Kart, why does the player in last place get better items?")
G("gaming", "Can my friend on Xbox join my Fortnite squad if I'm on PlayStation?",
  "sym|Can my friend on PlayStation join my Fortnite squad if I'm on Xbox?",
  "syn|If I'm on PlayStation, can my Xbox friend join my Fortnite squad?",
  "qw|How does my friend on Xbox join my Fortnite squad if I'm on PlayStation?",
  "tns|Did my friend on Xbox join my Fortnite squad?")
G("gaming", "Does a critical hit do double damage dice in D&D 5e?",
  "syn|In D&D 5e, are the damage dice doubled on a critical hit?",
  "num|Does a critical hit do triple damage dice in D&D 5e?",
  "qw|How often does a critical hit happen in D&D 5e?",
  "tns|Did a critical hit do double damage dice in D&D 3.5?")
G("gaming", "Can a lower-ranked player challenge a higher-ranked player in ranked mode?",
  "voc|Can a higher-ranked player be challenged by a lower-ranked player in ranked mode?",
  "dir|Can a higher-ranked player challenge a lower-ranked player in ranked mode?",
  "num|Can a player ranked 3 tiers lower challenge a higher-ranked player in ranked mode?",
  "mod|Should a lower-ranked player challenge a higher-ranked player in ranked mode?")

# ---------------------------------------------------------------- gaming (zh)
G("gaming", "王者荣耀里铂金段位比钻石高吗？",
  "wo|王者荣耀里钻石段位比铂金低吗？",
  "zhv|王者荣耀里铂金段位是不是比钻石高？",
  "cmp|王者荣耀里钻石段位比铂金高吗？",
  "qw|王者荣耀里铂金打到钻石要多少场？")
G("gaming", "原神里火打冰的融化反应是2倍伤害吗？",
  "zhv|原神里火打冰的融化反应是不是2倍伤害？",
  "voc|原神里冰被火打出的融化反应是2倍伤害吗？",
  "dir|原神里冰打火的融化反应是2倍伤害吗？",
  "num|原神里火打冰的融化反应是1.5倍伤害吗？")
G("gaming", "我把游戏装备送给朋友了，还能要回来吗？",
  "voc|游戏装备被我送给朋友了，还能要回来吗？",
  "zhv|我把游戏装备送给朋友了，还能不能要回来？",
  "pas|朋友把游戏装备送给我了，他还能要回去吗？",
  "tns|我想把游戏装备送给朋友，能送吗？")
G("gaming", "打排位被队友举报了会扣信誉分吗？",
  "voc|打排位队友举报了我，会扣我的信誉分吗？",
  "zhv|打排位被队友举报了会不会扣信誉分？",
  "pas|打排位把队友举报了会扣信誉分吗？",
  "qw|打排位被队友举报了会扣几分信誉分？",
  "tns|打排位被队友举报了，信誉分已经扣了吗？")
G("gaming", "未成年人只能在周五、周六、周日晚上8点到9点玩网游吗？",
  "zhv|未成年人是不是只能在周五、周六、周日晚上8点到9点玩网游？",
  "num|未成年人只能在周五、周六、周日晚上9点到10点玩网游吗？",
  "qw|未成年人为什么只能在周五、周六、周日晚上8点到9点玩网游？",
  "tns|以前未成年人只能在周五、周六、周日晚上8点到9点玩网游吗？")
G("gaming", "充值648和328哪个更划算？",
  "sym|充值328和648哪个更划算？",
  "zhv|充值648跟328哪个更值？",
  "num|充值648和128哪个更划算？",
  "qw|充值648能拿多少钻石？")
G("gaming", "王者荣耀安卓区和苹果区的玩家能一起组队吗？",
  "sym|王者荣耀苹果区和安卓区的玩家能一起组队吗？",
  "zhv|王者荣耀安卓区跟苹果区的玩家可以一起组队吗？",
  "qw|王者荣耀安卓区的号怎么转到苹果区？",
  "mod|王者荣耀安卓区和苹果区的玩家必须分开组队吗？")

# ---------------------------------------------------------------- math (en)
G("math", "Is 3^7 greater than 2^11?",
  "wo|Is 2^11 less than 3^7?",
  "pol|Can you check for me: is 3^7 greater than 2^11?",
  "cmp|Is 2^11 greater than 3^7?",
  "op|Is 3^7 less than 2^11?",
  "num|Is 3^6 greater than 2^11?")
G("math", "Which is bigger, 4/7 or 3/5?",
  "sym|Which is bigger, 3/5 or 4/7?",
  "syn|Which is larger, 4/7 or 3/5?",
  "dir|Which is bigger, 7/4 or 5/3?",
  "op|Which is smaller, 4/7 or 3/5?",
  "num|Which is bigger, 4/7 or 3/4?")
G("math", "What is 12 minus 7?",
  "syn|What is 12 take away 7?",
  "wo|What do you get if you subtract 7 from 12?",
  "dir|What is 7 minus 12?",
  "dir|What do you get if you subtract 12 from 7?",
  "op|What is 12 plus 7?")
G("math", "What is 13 times 7?",
  "sym|What is 7 times 13?",
  "syn|What is the product of 13 and 7?",
  "op|What is 13 plus 7?",
  "num|What is 13 times 8?")
G("math", "What is the greatest common divisor of 48 and 18?",
  "sym|What is the greatest common divisor of 18 and 48?",
  "syn|What is the GCD of 48 and 18?",
  "op|What is the least common multiple of 48 and 18?",
  "num|What is the greatest common divisor of 48 and 16?")
G("math", "Is 91 divisible by 7?",
  "wo|Is 7 a factor of 91?",
  "wo|Is 91 a multiple of 7?",
  "syn|Does 7 divide 91 evenly?",
  "dir|Is 7 divisible by 91?",
  "num|Is 91 divisible by 9?")
G("math", "What is the derivative of 3x^2?",
  "syn|What is d/dx of 3x^2?",
  "pol|Please help: what is the derivative of 3x^2?",
  "num|What is the derivative of 3x^3?",
  "op|What is the integral of 3x^2?",
  "num|What is the second derivative of 3x^2?")
G("math", "Solve x + 6 = 13.",
  "wo|Solve 13 = x + 6.",
  "sym|Solve 6 + x = 13.",
  "op|Solve x - 6 = 13.",
  "dir|Solve 6 - x = 13.",
  "num|Solve x + 6 = 31.")
G("math", "Is x = 3 a solution of x^2 - 9 = 0?",
  "syn|Does x = 3 satisfy x^2 - 9 = 0?",
  "op|Is x = 3 a solution of x^2 + 9 = 0?",
  "num|Is x = 3 a solution of x^3 - 9 = 0?",
  "num|Is x = 4 a solution of x^2 - 9 = 0?")
G("math", "What is 15% of 140?",
  "syn|How much is 15 percent of 140?",
  "pol|Could you work out 15% of 140 for me?",
  "num|What is 25% of 140?",
  "dir|15 is what percent of 140?",
  "op|What is 140 increased by 15%?")
G("math", "If a jacket costs $60 after a 20% discount, what was the original price?",
  "wo|What was the original price of a jacket that costs $60 after a 20% discount?",
  "dir|If a jacket costs $60 before a 20% discount, what is the sale price?",
  "num|If a jacket costs $60 after a 25% discount, what was the original price?",
  "op|If a jacket costs $60 after a 20% markup, what was the original price?")
G("math", "Is the slope of y = 3x + 2 greater than the slope of y = 2x + 3?",
  "wo|Is the slope of y = 2x + 3 less than the slope of y = 3x + 2?",
  "cmp|Is the slope of y = 2x + 3 greater than the slope of y = 3x + 2?",
  "num|Is the slope of y = 3x + 2 greater than the slope of y = 4x + 3?",
  "qw|How much greater is the slope of y = 3x + 2 than the slope of y = 2x + 3?")
G("math", "Are the lines y = 2x + 1 and y = 2x - 3 parallel?",
  "sym|Are the lines y = 2x - 3 and y = 2x + 1 parallel?",
  "sym|Is the line y = 2x - 3 parallel to the line y = 2x + 1?",
  "op|Are the lines y = 2x + 1 and y = -2x - 3 parallel?",
  "qw|How far apart are the lines y = 2x + 1 and y = 2x - 3?")
G("math", "What is the distance between the points (1, 2) and (4, 6)?",
  "sym|What is the distance between the points (4, 6) and (1, 2)?",
  "syn|How far apart are the points (1, 2) and (4, 6)?",
  "num|What is the distance between the points (1, 2) and (4, 7)?",
  "op|What is the squared distance between the points (1, 2) and (4, 6)?")
G("math", "What is the slope of the line through (1, 2) and (4, 8)?",
  "sym|What is the slope of the line through (4, 8) and (1, 2)?",
  "syn|What is the gradient of the line through (1, 2) and (4, 8)?",
  "num|What is the slope of the line through (1, 2) and (4, 9)?",
  "op|What is the slope of the line perpendicular to the line through (1, 2) and (4, 8)?")
G("math", "What is 2 to the power of 5?",
  "syn|What is 2^5?",
  "pol|Hi, what is 2 to the power of 5?",
  "dir|What is 5 to the power of 2?",
  "op|What is 2 times 5?")
G("math", "Is -4 greater than -7?",
  "wo|Is -7 less than -4?",
  "cmp|Is -7 greater than -4?",
  "op|Is -4 greater than 7?",
  "pol|Sorry, basic one: is -4 greater than -7?")
G("math", "What is 3/4 divided by 1/2?",
  "syn|What is 3/4 ÷ 1/2?",
  "dir|What is 1/2 divided by 3/4?",
  "op|What is 3/4 times 1/2?",
  "num|What is 3/4 divided by 1/3?")
G("math", "Is the chance of rolling at least one 6 in 4 rolls of a die greater than 1/2?",
  "syn|In 4 rolls of a die, is the probability of getting at least one six above 50%?",
  "op|Is the chance of rolling at most one 6 in 4 rolls of a die greater than 1/2?",
  "num|Is the chance of rolling at least one 6 in 3 rolls of a die greater than 1/2?",
  "qw|What is the chance of rolling at least one 6 in 4 rolls of a die?")
G("math", "How many minutes are in 2.5 hours?",
  "syn|How many minutes is two and a half hours?",
  "dir|How many hours are in 2.5 minutes?",
  "num|How many minutes are in 3.5 hours?",
  "num|How many seconds are in 2.5 hours?")
G("math", "What is the square of the sum of 3 and 4?",
  "wo|What is (3 + 4)^2?",
  "pos|What is the sum of the squares of 3 and 4?",
  "sym|What is the square of the sum of 4 and 3?",
  "op|What is the square of the difference of 3 and 4?")
G("math", "What is the average of the square roots of 16 and 36?",
  "syn|What is the mean of the square roots of 16 and 36?",
  "pos|What is the square root of the average of 16 and 36?",
  "sym|What is the average of the square roots of 36 and 16?",
  "num|What is the average of the cube roots of 16 and 36?")
G("math", "Is 17 coprime with 51?",
  "sym|Is 51 coprime with 17?",
  "syn|Are 17 and 51 relatively prime?",
  "num|Is 17 coprime with 52?",
  "pol|Quick check, is 17 coprime with 51?")
G("math", "What is the sum of 38 and 47?",
  "sym|What is the sum of 47 and 38?",
  "syn|What is 38 + 47?",
  "op|What is the difference of 38 and 47?",
  "num|What is the sum of 38 and 74?")
G("math", "Is x > 3 the solution of 2x - 6 > 0?",
  "syn|Does 2x - 6 > 0 have the solution x > 3?",
  "op|Is x < 3 the solution of 2x - 6 > 0?",
  "op|Is x > 3 the solution of 2x - 6 < 0?",
  "op|Is x > 3 the solution of 2x - 6 ≥ 0?",
  "num|Is x > 3 the solution of 2x - 8 > 0?")
G("math", "If a ≤ b, is -a ≥ -b?",
  "wo|Is -a ≥ -b whenever a ≤ b?",
  "op|If a ≤ b, is -a ≤ -b?",
  "op|If a ≥ b, is -a ≥ -b?",
  "pol|Quick algebra check: if a ≤ b, is -a ≥ -b?")

# ---------------------------------------------------------------- math (zh)
G("math", "3是5的百分之几？",
  "syn|3占5的百分之几？",
  "zhv|3是5的百分之多少？",
  "dir|5是3的百分之几？",
  "num|3是6的百分之几？")
G("math", "甲比乙多20%，乙比甲少百分之几？",
  "zhv|甲比乙多百分之二十，乙比甲少百分之多少？",
  "pol|请问甲比乙多20%，乙比甲少百分之几？",
  "num|甲比乙多25%，乙比甲少百分之几？",
  "op|甲比乙少20%，乙比甲多百分之几？")
G("math", "x的平方减9等于0，x等于多少？",
  "zhv|x的平方减9等于0，x是多少？",
  "wo|x等于多少时，x的平方减9等于0？",
  "op|x的平方加9等于0，x等于多少？",
  "num|x的立方减27等于0，x等于多少？")
G("math", "一件商品打八折后卖80元，原价多少？",
  "zhv|一件商品打八折以后卖80块，原来卖多少钱？",
  "num|一件商品打二折后卖80元，原价多少？",
  "dir|一件商品原价80元，打八折后卖多少？",
  "op|一件商品涨价20%后卖80元，原价多少？")
G("math", "2的10次方和10的3次方哪个大？",
  "sym|10的3次方和2的10次方哪个大？",
  "zhv|2的10次方跟10的3次方哪个更大？",
  "dir|10的2次方和3的10次方哪个大？",
  "qw|2的10次方比10的3次方大多少？")
G("math", "12和18的最小公倍数是多少？",
  "sym|18和12的最小公倍数是多少？",
  "zhv|12跟18的最小公倍数是几？",
  "op|12和18的最大公约数是多少？",
  "num|12和16的最小公倍数是多少？")
G("math", "5减3的差乘以2是多少？",
  "wo|2乘以5减3的差是多少？",
  "zhv|5减3的差乘以2等于几？",
  "dir|3减5的差乘以2是多少？",
  "op|5加3的和乘以2是多少？",
  "num|5减3的差乘以3是多少？")
G("math", "小明比小红高，小红比小刚高，谁最矮？",
  "wo|小红比小明矮，小刚比小红矮，谁最矮？",
  "zhv|小明比小红高，小红比小刚高，哪个最矮？",
  "cmp|小红比小明高，小刚比小红高，谁最矮？",
  "cmp|小明比小红矮，小红比小刚矮，谁最矮？")
G("math", "一个数的3倍是12，这个数是多少？",
  "zhv|一个数的3倍等于12，这个数是几？",
  "dir|12的3倍是多少？",
  "op|一个数加3是12，这个数是多少？",
  "num|一个数的4倍是12，这个数是多少？")
G("math", "1米等于多少厘米？",
  "zhv|1米是多少厘米？",
  "pol|请问1米等于多少厘米？",
  "dir|1厘米等于多少米？",
  "num|1米等于多少毫米？")
G("math", "三分之二和五分之三哪个大？",
  "sym|五分之三和三分之二哪个大？",
  "zhv|三分之二跟五分之三哪一个大？",
  "dir|二分之三和三分之五哪个大？",
  "qw|三分之二比五分之三大多少？")
G("math", "3和4的和的平方是多少？",
  "zhv|3和4的和的平方等于几？",
  "sym|4和3的和的平方是多少？",
  "pos|3和4的平方的和是多少？",
  "op|3和4的差的平方是多少？")
G("math", "24和36的最大公约数是多少？",
  "sym|36和24的最大公约数是多少？",
  "zhv|24跟36的最大公约数是几？",
  "num|24和30的最大公约数是多少？",
  "op|24和36的最小公倍数是多少？")
G("math", "x大于等于5的整数里最小的是几？",
  "zhv|x大于或等于5的整数里最小的是多少？",
  "op|x大于5的整数里最小的是几？",
  "op|x小于5的整数里最大的是几？",
  "num|x大于等于50的整数里最小的是几？")
G("math", "不等式2x+1>7的解是x>3吗？",
  "zhv|不等式2x+1>7的解是不是x>3？",
  "op|不等式2x+1<7的解是x>3吗？",
  "op|不等式2x-1>7的解是x>3吗？",
  "num|不等式2x+1>9的解是x>3吗？")
G("math", "一个三角形有两个角是30度和60度，第三个角是多少度？",
  "wo|一个三角形第三个角是多少度，如果另外两个角是30度和60度？",
  "sym|一个三角形有两个角是60度和30度，第三个角是多少度？",
  "num|一个三角形有两个角是30度和70度，第三个角是多少度？",
  "num|一个四边形有三个角是30度、60度和90度，第四个角是多少度？")
G("math", "从1加到100等于多少？",
  "zhv|1加到100的和是多少？",
  "sym|从100加到1等于多少？",
  "num|从1加到1000等于多少？",
  "op|从1乘到10等于多少？")
G("math", "一个数减去8等于15，这个数是多少？",
  "zhv|一个数减去8等于15，这个数是几？",
  "dir|8减去一个数等于15，这个数是多少？",
  "op|一个数加上8等于15，这个数是多少？",
  "num|一个数减去8等于51，这个数是多少？")

# ---------------------------------------------------------------- more role swaps, mixed domains (en)
G("shopping", "Is Costco cheaper than Walmart for groceries?",
  "wo|Is Walmart more expensive than Costco for groceries?",
  "cmp|Is Walmart cheaper than Costco for groceries?",
  "cmp|Is Costco more expensive than Walmart for groceries?",
  "qw|How much cheaper is Costco than Walmart for groceries?")
G("health", "Do women live longer than men in Japan?",
  "wo|In Japan, do men have shorter lives than women?",
  "cmp|Do men live longer than women in Japan?",
  "cmp|Do women live shorter lives than men in Japan?",
  "qw|How much longer do women live than men in Japan?")
G("health", "Is brown rice healthier than white rice?",
  "wo|Is white rice less healthy than brown rice?",
  "pol|Out of curiosity, is brown rice healthier than white rice?",
  "cmp|Is white rice healthier than brown rice?",
  "qw|Why is brown rice healthier than white rice?")
G("banking", "Does a 30-year mortgage cost more in total interest than a 15-year mortgage?",
  "wo|Does a 15-year mortgage cost less in total interest than a 30-year mortgage?",
  "cmp|Does a 15-year mortgage cost more in total interest than a 30-year mortgage?",
  "num|Does a 30-year mortgage cost more in total interest than a 20-year mortgage?",
  "qw|How much more in total interest does a 30-year mortgage cost than a 15-year mortgage?")
G("travel", "Is Chicago north of New York City?",
  "wo|Is New York City south of Chicago?",
  "dir|Is New York City north of Chicago?",
  "dir|Is Chicago south of New York City?",
  "qw|How far north of New York City is Chicago?")
G("travel", "How many kilometers is 10 miles?",
  "syn|10 miles is how many kilometers?",
  "pol|Could you tell me how many kilometers 10 miles is?",
  "dir|How many miles is 10 kilometers?",
  "num|How many kilometers is 100 miles?")
G("math", "How do I convert Celsius to Fahrenheit?",
  "syn|What's the formula to change Celsius into Fahrenheit?",
  "pol|Please remind me how to convert Celsius to Fahrenheit.",
  "dir|How do I convert Fahrenheit to Celsius?",
  "qw|Why are Celsius and Fahrenheit different?")
G("programming", "How do I move my contacts from my Android phone to my new iPhone?",
  "wo|How do I get my contacts onto my new iPhone from my Android phone?",
  "dir|How do I move my contacts from my iPhone to my new Android phone?",
  "qw|How long does it take to move my contacts from my Android phone to my new iPhone?",
  "mod|Should I move my contacts from my Android phone to my new iPhone through my Google account?")
G("banking", "Can I roll over my 401(k) into an IRA?",
  "syn|Is it possible to move my 401(k) into an IRA?",
  "dir|Can I roll over my IRA into a 401(k)?",
  "tns|Did I already roll over my 401(k) into an IRA?",
  "qw|How long does it take to roll over my 401(k) into an IRA?")
G("government", "Can I use my US driver's license to drive in Mexico?",
  "syn|Is my US driver's license valid for driving in Mexico?",
  "pol|Hello, can I use my US driver's license to drive in Mexico?",
  "dir|Can I use my Mexican driver's license to drive in the US?",
  "qw|How long can I use my US driver's license to drive in Mexico?")
G("programming", "Can I auto-forward my work email to my personal Gmail?",
  "syn|Am I able to automatically forward my work email to my personal Gmail?",
  "dir|Can I auto-forward my personal Gmail to my work email?",
  "mod|Should I auto-forward my work email to my personal Gmail?",
  "qw|How do I auto-forward my work email to my personal Gmail?")
G("shopping", "Can a buyer leave negative feedback for a seller on eBay?",
  "syn|Is a buyer able to leave negative feedback for a seller on eBay?",
  "voc|Can a seller be given negative feedback by a buyer on eBay?",
  "dir|Can a seller leave negative feedback for a buyer on eBay?",
  "qw|How long does a buyer have to leave negative feedback for a seller on eBay?")
G("banking", "Can the seller pay the buyer's closing costs?",
  "syn|Is the seller allowed to cover the buyer's closing costs?",
  "voc|Can the buyer's closing costs be paid by the seller?",
  "dir|Can the buyer pay the seller's closing costs?",
  "mod|Must the seller pay the buyer's closing costs?",
  "qw|How much are the buyer's closing costs?")
G("sports", "Did the striker foul the defender?",
  "voc|Was the defender fouled by the striker?",
  "pas|Was the striker fouled by the defender?",
  "dir|Did the defender foul the striker?",
  "qw|Why did the striker foul the defender?")
G("sports", "Was Real Madrid knocked out by Bayern Munich in the semifinal?",
  "voc|Did Bayern Munich knock Real Madrid out in the semifinal?",
  "pas|Was Bayern Munich knocked out by Real Madrid in the semifinal?",
  "dir|Did Real Madrid knock Bayern Munich out in the semifinal?",
  "num|Was Real Madrid knocked out by Bayern Munich in the quarterfinal?")
G("travel", "If my parked car is hit by an uninsured driver, whose insurance pays?",
  "voc|If an uninsured driver hits my parked car, whose insurance pays?",
  "pas|If an uninsured driver's parked car is hit by me, whose insurance pays?",
  "qw|If my parked car is hit by an uninsured driver, how much will insurance pay?",
  "mod|If my parked car is hit by an uninsured driver, should I call the police?")
G("school", "Can a student report a teacher for bullying?",
  "voc|Can a teacher be reported for bullying by a student?",
  "pas|Can a student be reported for bullying by a teacher?",
  "dir|Can a teacher report a student for bullying?",
  "qw|Where can a student report a teacher for bullying?")
G("logistics", "Did the seller hand the package over to the courier?",
  "voc|Was the package handed over to the courier by the seller?",
  "pas|Was the package handed over to the seller by the courier?",
  "tns|Will the seller hand the package over to the courier today?",
  "qw|When did the seller hand the package over to the courier?")
G("family", "Is my father's cousin's son my second cousin?",
  "syn|Is the son of my father's cousin my second cousin?",
  "pos|Is my cousin's father's son my second cousin?",
  "pos|Is my father's son's cousin my second cousin?",
  "pol|Family tree question: is my father's cousin's son my second cousin?")
G("programming", "In SQL, how do I find the manager of each employee's department?",
  "wo|In SQL, for each employee, how do I find the manager of their department?",
  "pos|In SQL, how do I find the department of each employee's manager?",
  "pos|In SQL, how do I find each department's manager's employees?",
  "qw|In SQL, why does finding the manager of each employee's department return duplicates?")
G("math", "What is the square root of the sum of 36 and 64?",
  "wo|What is √(36 + 64)?",
  "sym|What is the square root of the sum of 64 and 36?",
  "pos|What is the sum of the square roots of 36 and 64?",
  "op|What is the square root of the difference of 64 and 36?")
G("math", "What is the log base 10 of the product of 10 and 100?",
  "sym|What is the log base 10 of the product of 100 and 10?",
  "syn|What is log10(10 × 100)?",
  "pos|What is the product of the log base 10 of 10 and of 100?",
  "op|What is the log base 10 of the quotient of 10 and 100?")
G("gaming", "Is the Nintendo Switch heavier than the Steam Deck?",
  "wo|Is the Steam Deck lighter than the Nintendo Switch?",
  "cmp|Is the Steam Deck heavier than the Nintendo Switch?",
  "qw|How much heavier is the Nintendo Switch than the Steam Deck?",
  "pol|Hey, is the Nintendo Switch heavier than the Steam Deck?")
G("programming", "Is Java faster than Python for CPU-heavy loops?",
  "wo|Is Python slower than Java for CPU-heavy loops?",
  "pol|Genuine question: is Java faster than Python for CPU-heavy loops?",
  "cmp|Is Python faster than Java for CPU-heavy loops?",
  "qw|Why is Java faster than Python for CPU-heavy loops?")
G("travel", "Is the Tokyo subway cheaper than a taxi from Shinjuku to Shibuya?",
  "wo|Is a taxi from Shinjuku to Shibuya more expensive than the Tokyo subway?",
  "sym|Is the Tokyo subway cheaper than a taxi between Shibuya and Shinjuku?",
  "cmp|Is a taxi from Shinjuku to Shibuya cheaper than the Tokyo subway?",
  "qw|How much cheaper is the Tokyo subway than a taxi from Shinjuku to Shibuya?")
G("school", "Does the Moon orbit the Earth?",
  "voc|Is the Earth orbited by the Moon?",
  "dir|Does the Earth orbit the Moon?",
  "qw|How long does the Moon take to orbit the Earth?",
  "tns|Will the Moon always orbit the Earth?")
G("health", "Does blood flow from the left ventricle into the aorta?",
  "voc|Is blood pumped from the left ventricle into the aorta?",
  "dir|Does blood flow from the aorta into the left ventricle?",
  "qw|How much blood flows from the left ventricle into the aorta with each beat?",
  "pol|Biology question: does blood flow from the left ventricle into the aorta?")
G("programming", "In a URL, does the query string come before the fragment?",
  "wo|In a URL, does the fragment come after the query string?",
  "dir|In a URL, does the fragment come before the query string?",
  "pol|Hi all, in a URL, does the query string come before the fragment?",
  "qw|In a URL, why does the query string come before the fragment?")
G("programming", "In SQL, does a LEFT JOIN keep all rows from the left table?",
  "syn|In SQL, does a LEFT JOIN return every row of the left table?",
  "dir|In SQL, does a LEFT JOIN keep all rows from the right table?",
  "op|In SQL, does an INNER JOIN keep all rows from the left table?",
  "pol|Sorry for the newbie question: in SQL, does a LEFT JOIN keep all rows from the left table?")
G("programming", "In SQL, is A INNER JOIN B the same as B INNER JOIN A?",
  "sym|In SQL, is B INNER JOIN A the same as A INNER JOIN B?",
  "pol|Quick SQL question: is A INNER JOIN B the same as B INNER JOIN A?",
  "op|In SQL, is A LEFT JOIN B the same as B LEFT JOIN A?",
  "qw|In SQL, why is A INNER JOIN B the same as B INNER JOIN A?")
G("travel", "Does Spain share a border with Portugal?",
  "sym|Does Portugal share a border with Spain?",
  "pol|Hi, does Spain share a border with Portugal?",
  "qw|How long is the border between Spain and Portugal?",
  "tns|Has Spain always shared a border with Portugal?")
G("health", "Can I take vitamin D at the same time as calcium?",
  "sym|Can I take calcium at the same time as vitamin D?",
  "syn|Is it okay to take vitamin D together with calcium?",
  "qw|How much vitamin D should I take with calcium?",
  "mod|Should I take vitamin D at the same time as calcium?")

# ---------------------------------------------------------------- more role swaps, mixed domains (zh)
G("banking", "北京的房价比上海高吗？",
  "wo|上海的房价比北京低吗？",
  "zhv|北京的房价是不是比上海高？",
  "cmp|上海的房价比北京高吗？",
  "qw|北京的房价比上海高多少？")
G("travel", "坐高铁比坐飞机便宜吗？",
  "wo|坐飞机比坐高铁贵吗？",
  "cmp|坐飞机比坐高铁便宜吗？",
  "cmp|坐高铁比坐飞机贵吗？",
  "qw|坐高铁比坐飞机便宜多少？")
G("banking", "公积金贷款利率比商业贷款低吗？",
  "wo|商业贷款利率比公积金贷款高吗？",
  "zhv|公积金贷款利率是不是比商业贷款低？",
  "cmp|商业贷款利率比公积金贷款低吗？",
  "qw|公积金贷款利率比商业贷款低多少？")
G("health", "男性比女性更容易得痛风吗？",
  "wo|女性比男性更不容易得痛风吗？",
  "zhv|男的是不是比女的更容易得痛风？",
  "cmp|女性比男性更容易得痛风吗？",
  "qw|男性为什么比女性更容易得痛风？")
G("travel", "北京时间比纽约时间早12个小时吗？",
  "wo|纽约时间比北京时间晚12个小时吗？",
  "zhv|北京时间是不是比纽约时间早12个小时？",
  "dir|纽约时间比北京时间早12个小时吗？",
  "num|北京时间比纽约时间早13个小时吗？")
G("banking", "1000日元能换多少人民币？",
  "zhv|1000日元可以换多少人民币？",
  "dir|1000人民币能换多少日元？",
  "num|10000日元能换多少人民币？",
  "tns|去年1000日元能换多少人民币？")
G("math", "华氏100度是多少摄氏度？",
  "zhv|华氏100度等于多少摄氏度？",
  "pol|请问华氏100度是多少摄氏度？",
  "dir|摄氏100度是多少华氏度？",
  "num|华氏90度是多少摄氏度？")
G("math", "1英里等于多少公里？",
  "zhv|1英里是多少公里？",
  "wo|多少公里等于1英里？",
  "dir|1公里等于多少英里？",
  "num|10英里等于多少公里？")
G("family", "女儿能继承父亲的房子吗？",
  "zhv|女儿可以继承父亲的房子吗？",
  "voc|父亲的房子能被女儿继承吗？",
  "dir|父亲能继承女儿的房子吗？",
  "qw|女儿继承父亲的房子要交多少税？")
G("travel", "从北京西站到首都机场怎么走最快？",
  "zhv|从北京西站到首都机场如何走最快？",
  "pol|请问从北京西站到首都机场怎么走最快？",
  "dir|从首都机场到北京西站怎么走最快？",
  "qw|从北京西站到首都机场要多久？")
G("travel", "我的车被别人撞了，对方全责怎么赔？",
  "voc|别人撞了我的车，对方全责怎么赔？",
  "zhv|我的车被别人撞了，对方全责如何赔？",
  "pas|别人的车被我撞了，我全责怎么赔？",
  "qw|我的车被别人撞了，对方全责能赔多少？")
G("family", "我把朋友的微信拉黑了，他还能看到我的朋友圈吗？",
  "voc|朋友的微信被我拉黑了，他还能看到我的朋友圈吗？",
  "zhv|我把朋友的微信拉黑了，他还能不能看到我的朋友圈？",
  "pas|我的微信被朋友拉黑了，我还能看到他的朋友圈吗？",
  "qw|我把朋友的微信拉黑了，他怎么才能看到我的朋友圈？")
G("logistics", "我的快递被别人冒领了，快递公司要负责吗？",
  "voc|别人冒领了我的快递，快递公司要负责吗？",
  "zhv|我的快递被别人冒领了，快递公司需不需要负责？",
  "pas|别人的快递被我冒领了，快递公司要负责吗？",
  "mod|我的快递被别人冒领了，快递公司必须全额赔偿吗？")
G("family", "对方把我的微信删了，我还能给他发消息吗？",
  "voc|我的微信被对方删了，我还能给他发消息吗？",
  "zhv|对方把我的微信删了，我还能不能给他发消息？",
  "pas|我把对方的微信删了，我还能给他发消息吗？",
  "dir|对方把我的微信删了，他还能给我发消息吗？")
G("school", "我同学的班主任能给我批假吗？",
  "zhv|我同学的班主任可以给我批假吗？",
  "pol|请问我同学的班主任能给我批假吗？",
  "pos|我班主任的同学能给我批假吗？",
  "mod|我同学的班主任应该给我批假吗？")
G("school", "小明把小红的作业抄了，小红会被处分吗？",
  "voc|小红的作业被小明抄了，小红会被处分吗？",
  "zhv|小明把小红的作业抄了，小红会不会被处分？",
  "pas|小明的作业被小红抄了，小红会被处分吗？",
  "qw|小明把小红的作业抄了，小明会受什么处分？")
G("banking", "甲公司被乙公司收购了，甲公司的员工怎么办？",
  "voc|乙公司收购了甲公司，甲公司的员工怎么办？",
  "zhv|甲公司被乙公司收购了，甲公司的员工该怎么办？",
  "pas|乙公司被甲公司收购了，甲公司的员工怎么办？",
  "tns|甲公司会被乙公司收购吗？")
G("family", "我哥哥的岳父我该怎么称呼？",
  "zhv|我哥哥的岳父我应该怎么叫？",
  "pol|请问我哥哥的岳父我该怎么称呼？",
  "pos|我岳父的哥哥我该怎么称呼？",
  "pos|我哥哥的岳父的哥哥我该怎么称呼？")
G("family", "我外婆的妹妹叫什么？",
  "zhv|我外婆的妹妹该怎么称呼？",
  "wo|我该怎么称呼我外婆的妹妹？",
  "pos|我妹妹的外婆叫什么？",
  "pos|我外婆的妹妹的外婆叫什么？")
G("math", "9和16的和的平方根是多少？",
  "zhv|9和16的和的平方根是几？",
  "sym|16和9的和的平方根是多少？",
  "pos|9和16的平方根的和是多少？",
  "op|16和9的差的平方根是多少？")
G("family", "他比我大五岁，我二十岁时他多少岁？",
  "wo|我比他小五岁，我二十岁时他多少岁？",
  "zhv|他比我大五岁，我二十岁的时候他几岁？",
  "dir|我比他大五岁，我二十岁时他多少岁？",
  "num|他比我大五岁，我三十岁时他多少岁？")
G("shopping", "淘宝卖家能给买家差评吗？",
  "zhv|淘宝卖家可以给买家差评吗？",
  "dir|淘宝买家能给卖家差评吗？",
  "qw|淘宝卖家怎么给买家差评？",
  "tns|淘宝卖家以前能给买家差评吗？")
G("health", "医生能拒绝给病人看病吗？",
  "zhv|医生可不可以拒绝给病人看病？",
  "voc|病人能被医生拒绝看病吗？",
  "dir|病人能拒绝让医生看病吗？",
  "mod|医生应该拒绝给病人看病吗？")
G("sports", "国足输给了越南队吗？",
  "wo|越南队赢了国足吗？",
  "zhv|国足是不是输给了越南队？",
  "dir|越南队输给了国足吗？",
  "dir|国足赢了越南队吗？",
  "tns|国足会输给越南队吗？")
G("government", "外国人能在中国买商品房吗？",
  "zhv|外国人可以在中国买商品房吗？",
  "dir|中国人能在外国买商品房吗？",
  "qw|外国人在中国买商品房要交多少税？",
  "mod|外国人在中国买商品房必须工作满一年吗？")
G("logistics", "从义乌发货到迪拜走海运比走空运便宜多少？",
  "wo|从义乌发货到迪拜走空运比走海运贵多少？",
  "zhv|从义乌发货到迪拜，海运比空运能便宜多少钱？",
  "cmp|从义乌发货到迪拜走空运比走海运便宜多少？",
  "dir|从迪拜发货到义乌走海运比走空运便宜多少？",
  "qw|从义乌发货到迪拜走海运比走空运慢几天？")


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
        group = f"x17-{index:03d}"
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
            if code == "zhv":
                assert lang == "zh", (group, b)
            if norm(a) == norm(b):
                # only a changed or moved sign or symbol may leave the normalised text unchanged
                assert code in ("op", "sym", "wo", "dir"), (group, b)
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
    path = os.path.join(here, "..", "extra-17.jsonl")
    if len(sys.argv) > 1:
        path = sys.argv[1]
    data = rows()
    with open(path, "w", encoding="utf-8") as out:
        for row in data:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{path}: {len(data)} pairs in {len(GROUPS)} groups")


if __name__ == "__main__":
    main()
