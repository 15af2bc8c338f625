#!/usr/bin/env python3
"""Writes Benchmarks/data/cache-pairs/extra-22.jsonl from the literal data below.

    python3 Benchmarks/data/cache-pairs/tools/extra_22_data.py

Labelled pairs for the semantic cache, written to find SUBTLE wrong answers: about two thirds near-misses that
share almost every word with the anchor and differ in one small thing that changes the right answer, and one third
paraphrases. Domains: shopping, banking, health, programming, school, travel, insurance, telecom, HR, cooking,
legal, math, everyday life.

Each group is one anchor question `a` and its variants `b`, written as "code|text"; the code names the class and
the class fixes the label (true: one complete, correct answer to `a` fully serves `b`). Group ids run x22-001 ...
in writing order. The split of each group comes from its id alone (the rule of split.py: even first byte of
SHA-256 of the id is dev, odd is test). The output is deterministic.
"""
import hashlib
import json
import os
import re
import sys

TRUE_CODES = {
    "wo": "reorder",          # clause order changed, roles kept; converse comparatives (A比B贵 / B比A便宜)
    "syn": "synonym",         # synonyms and inflections
    "pol": "politeness",      # could you tell me / 请问 / 麻烦问一下
    "voc": "voice",           # passive <-> active, 被 <-> plain order, roles kept
    "par": "particles",       # Chinese 吗/呢/啊/吧, A-not-A, word-order variants
}
FALSE_CODES = {
    "dir": "direction",             # to/from, lend/borrow, who pays whom, A比B / B比A, 从…到…, 借给 / 向…借
    "swap": "swapped-pair",         # the two items of a list or a non-symmetric relation swapped
    "qual": "qualifier",            # one modifier added or dropped
    "num": "number",                # another number or unit
    "time": "time",                 # another time reference
    "neg": "negation",              # not / without / except / only
    "mod": "modality",              # must / can / should, 必须 / 可以
    "pers": "person",               # another person or owner
    "quant": "quantity-word",       # all / any / each / either / both, 每个 / 所有 / 任何
    "ant": "antonym",               # increase / decrease, 涨 / 跌, 上传 / 下载, 存 / 取
    "qw": "question-word",          # how long / how often, 多久 / 多少钱
    "code": "code-math",            # merge / rebase, == / ===, a[1:] / a[:1], x**2 / 2**x, ASC / DESC
}
DOMAINS = {
    "shopping", "banking", "health", "programming", "school", "travel", "insurance", "telecom", "hr",
    "cooking", "legal", "math", "everyday",
}
CJK = re.compile(r"[\u4e00-\u9fff]")

GROUPS = []


def G(domain, a, *variants):
    GROUPS.append((domain, a, variants))

# ---------------------------------------------------------------- block 1
G("shopping", "Can I return a used phone I bought online to the store for a refund?",
  "qual|Can I return a phone I bought online to the store for a refund?",
  "dir|Can I return a used phone I bought in the store online for a refund?",
  "ant|Can I exchange a used phone I bought online at the store for a refund?",
  "num|Can I return a used phone I bought online to the store for a refund after 30 days?",
  "syn|Can I bring a used phone I purchased online back to the store for a refund?",
  "wo|For a refund, can I return a used phone I bought online to the store?")
G("shopping", "二手手机在网上买的，可以去门店退吗？",
  "qual|手机在网上买的，可以去门店退吗？",
  "dir|二手手机在门店买的，可以在网上退吗？",
  "mod|二手手机在网上买的，必须去门店退吗？",
  "pers|我妈的二手手机在网上买的，可以去门店退吗？",
  "par|二手手机是网上买的，能去门店退吗？",
  "pol|请问二手手机在网上买的，可以去门店退吗？")
G("banking", "Can I lend money to my brother through Zelle?",
  "dir|Can I borrow money from my brother through Zelle?",
  "neg|Can I lend money to my brother without Zelle?",
  "num|Can I lend $10,000 to my brother through Zelle?",
  "mod|Should I lend money to my brother through Zelle?",
  "syn|Is it possible to lend money to my brother via Zelle?",
  "wo|Through Zelle, can I lend money to my brother?")
G("banking", "我借给他五千块，他不还怎么办？",
  "dir|我向他借了五千块，我不还怎么办？",
  "num|我借给他五万块，他不还怎么办？",
  "pers|我妈借给他五千块，他不还怎么办？",
  "neg|我借给他五千块没打借条，他不还怎么办？",
  "par|我借给他五千块钱，他不还该怎么办呢？",
  "voc|五千块被他借走了，他不还怎么办？")
G("health", "Can I take ibuprofen 400 mg without a prescription?",
  "num|Can I take ibuprofen 800 mg without a prescription?",
  "neg|Do I need a prescription to take ibuprofen 400 mg?",
  "qual|Can I take ibuprofen 400 mg without a prescription while pregnant?",
  "pers|Can my 5-year-old take ibuprofen 400 mg without a prescription?",
  "syn|Is it OK to take 400 mg of ibuprofen without a doctor's prescription?",
  "wo|Without a prescription, can I take ibuprofen 400 mg?")
G("health", "布洛芬每次吃200毫克，一天最多吃几次？",
  "num|布洛芬每次吃400毫克，一天最多吃几次？",
  "ant|布洛芬每次吃200毫克，一天最少吃几次？",
  "qw|布洛芬每次吃200毫克，两次之间要隔多久？",
  "pers|孩子布洛芬每次吃200毫克，一天最多吃几次？",
  "par|布洛芬一次吃200毫克的话，一天最多能吃几次呢？",
  "syn|布洛芬单次服用200毫克，每天最多服用几次？")
G("programming", "In Python, what does a[1:] return for a list?",
  "code|In Python, what does a[:1] return for a list?",
  "code|In Python, what does a[-1:] return for a list?",
  "qual|In Python, what does a[1:] return for an empty list?",
  "ant|In Python, what does a[1:] return for a string?",
  "syn|In Python, what do I get from a[1:] when a is a list?",
  "pol|Quick question: in Python, what does a[1:] return for a list?")
G("programming", "Python里 x**2 和 2**x 有什么区别？",
  "code|Python里 x**2 和 x^2 有什么区别？",
  "code|Python里 x*2 和 2*x 有什么区别？",
  "qw|Python里 x**2 和 2**x 哪个更快？",
  "qual|Python里 x**2 和 2**x 在x是负数时有什么区别？",
  "wo|Python里 2**x 和 x**2 有什么区别？",
  "par|Python里的 x**2 跟 2**x 区别是什么呢？")
G("programming", "In JavaScript, when does == return true but === return false?",
  "dir|In JavaScript, when does === return true but == return false?",
  "code|In JavaScript, when does != return true but !== return false?",
  "neg|In JavaScript, when do == and === both return false?",
  "qw|In JavaScript, why does == return true but === return false?",
  "syn|In JavaScript, in which cases is == true while === is false?",
  "wo|When does == return true but === return false in JavaScript?")
G("programming", "SQL里LEFT JOIN和RIGHT JOIN结果有什么不同？",
  "code|SQL里LEFT JOIN和INNER JOIN结果有什么不同？",
  "code|SQL里LEFT JOIN和FULL JOIN结果有什么不同？",
  "qw|SQL里LEFT JOIN和RIGHT JOIN哪个更快？",
  "qual|MySQL里LEFT JOIN和RIGHT JOIN的写法有什么不同？",
  "wo|SQL里RIGHT JOIN和LEFT JOIN结果有什么不同？",
  "par|SQL的LEFT JOIN跟RIGHT JOIN，结果有啥不一样？")
G("school", "期末考试没考过，下学期可以补考吗？",
  "time|期中考试没考过，下学期可以补考吗？",
  "neg|期末考试没去考，下学期可以补考吗？",
  "mod|期末考试没考过，下学期必须补考吗？",
  "time|期末考试没考过，这学期可以补考吗？",
  "par|期末考试挂了，下学期能补考吗？",
  "syn|期末考试没有及格，下个学期可以参加补考吗？")
G("travel", "How long is the flight from Beijing to Tokyo?",
  "dir|How long is the flight from Tokyo to Beijing?",
  "qw|How much is the flight from Beijing to Tokyo?",
  "qual|How long is the direct flight from Beijing to Tokyo?",
  "qw|How often is there a flight from Beijing to Tokyo?",
  "syn|How many hours does it take to fly from Beijing to Tokyo?",
  "wo|From Beijing to Tokyo, how long is the flight?")
G("insurance", "Does my car insurance cover a rental car when I travel abroad?",
  "pers|Does my husband's car insurance cover a rental car when I travel abroad?",
  "neg|Does my car insurance cover a rental car except when I travel abroad?",
  "qw|How much does my car insurance cover for a rental car when I travel abroad?",
  "syn|Is a rental car covered by my auto insurance when I travel overseas?",
  "wo|When I travel abroad, does my car insurance cover a rental car?")
G("insurance", "我的医保可以给我妈买药吗？",
  "pers|我的医保可以给我婆婆买药吗？",
  "dir|我妈的医保可以给我买药吗？",
  "qual|我的医保可以在网上给我妈买药吗？",
  "mod|我的医保必须给我妈买药吗？",
  "par|我的医保能不能给我妈买药？",
  "syn|用我的医保卡能帮我妈买药吗？")
G("telecom", "How do I upgrade my prepaid plan to a postpaid plan?",
  "ant|How do I downgrade my prepaid plan?",
  "qual|How do I upgrade my prepaid plan to a postpaid plan online?",
  "qw|How much does it cost to upgrade my prepaid plan to a postpaid plan?",
  "syn|How can I switch from my prepaid plan to a postpaid plan?",
  "pol|Could you tell me how to upgrade my prepaid plan to a postpaid plan?")
G("telecom", "套餐从下个月开始降级，这个月的流量还能用吗？",
  "ant|套餐从下个月开始升级，这个月的流量还能用吗？",
  "time|套餐从这个月开始降级，上个月的流量还能用吗？",
  "qual|套餐从下个月开始降级，这个月的国际流量还能用吗？",
  "qw|套餐从下个月开始降级，要多少钱？",
  "par|套餐下个月开始降级的话，这个月的流量还能用吗？",
  "syn|套餐下个月起降档，本月的流量还可以用吗？")
G("hr", "Do I get paid overtime if I work on weekends?",
  "qual|Do I get paid overtime if I work on public holidays?",
  "neg|Do I get paid overtime if I work only on weekdays?",
  "qw|How much overtime do I get paid if I work on weekends?",
  "pers|Do part-time workers get paid overtime if they work on weekends?",
  "syn|Will I receive overtime pay if I work weekends?",
  "wo|If I work on weekends, do I get paid overtime?")
G("cooking", "How long should I bake chicken breast at 200°C?",
  "num|How long should I bake chicken breast at 180°C?",
  "qual|How long should I bake frozen chicken breast at 200°C?",
  "qw|How often should I flip chicken breast when baking at 200°C?",
  "ant|How long should I rest chicken breast after baking at 200°C?",
  "syn|How many minutes does chicken breast need in the oven at 200°C?",
  "wo|At 200°C, how long should I bake chicken breast?")
G("legal", "My landlord sued me for unpaid rent — what should I do?",
  "dir|I sued my landlord for unpaid rent — what should I do?",
  "ant|My landlord sued me for overpaid rent — what should I do?",
  "pers|My roommate sued me for unpaid rent — what should I do?",
  "mod|My landlord sued me for unpaid rent — must I go to court?",
  "voc|I was sued by my landlord for unpaid rent — what should I do?",
  "syn|My landlord has filed a lawsuit against me over unpaid rent; what should I do?")
G("legal", "房东不退押金，我可以起诉他吗？",
  "dir|我不退租客押金，租客可以起诉我吗？",
  "mod|房东不退押金，我必须起诉他吗？",
  "qw|房东不退押金，起诉他要多少钱？",
  "neg|房东退了押金，我还可以起诉他吗？",
  "par|房东不退押金的话，我能起诉他吗？",
  "syn|房东扣着押金不还，我能告他吗？")
G("everyday", "Can I bring my dog into the grocery store?",
  "qual|Can I bring my service dog into the grocery store?",
  "dir|Can I leave my dog outside the grocery store?",
  "mod|Should I bring my dog into the grocery store?",
  "pers|Can my neighbor bring her dog into the grocery store?",
  "syn|Am I allowed to take my dog into the grocery store?",
  "pol|Hi, can I bring my dog into the grocery store?")
G("everyday", "A比B大三岁，B今年二十岁，A几岁？",
  "dir|B比A大三岁，B今年二十岁，A几岁？",
  "num|A比B大三十岁，B今年二十岁，A几岁？",
  "ant|A比B小三岁，B今年二十岁，A几岁？",
  "time|A比B大三岁，B今年二十岁，A明年几岁？",
  "wo|B比A小三岁，B今年二十岁，A几岁？",
  "par|A比B大三岁，B今年二十，那A今年几岁呀？")
# ---------------------------------------------------------------- block 2
G("shopping", "Is this charger compatible with an iPhone 15?",
  "swap|Is an iPhone 15 charger compatible with this phone?",
  "num|Is this charger compatible with an iPhone 12?",
  "qual|Is this used charger compatible with an iPhone 15?",
  "quant|Is this charger compatible with every iPhone?",
  "syn|Does this charger work with an iPhone 15?",
  "pol|Could you tell me if this charger is compatible with an iPhone 15?")
G("shopping", "这件衣服的价格含税吗？",
  "neg|这件衣服的价格不含税吗？",
  "quant|店里所有衣服的价格都含税吗？",
  "qw|这件衣服的税是多少钱？",
  "qual|这件二手衣服的价格含税吗？",
  "par|这件衣服的价格是含税的吧？",
  "syn|这件衣服标的价钱包括税吗？")
G("shopping", "Do you offer free shipping on orders over $50 before tax?",
  "qual|Do you offer free shipping on orders over $50 after tax?",
  "num|Do you offer free shipping on orders over $15 before tax?",
  "qual|Do you offer free international shipping on orders over $50 before tax?",
  "neg|Do you offer free shipping on orders under $50 before tax?",
  "syn|Is shipping free for orders above $50 before tax?",
  "wo|On orders over $50 before tax, do you offer free shipping?")
G("shopping", "网上买的东西可以在门店换货吗？",
  "ant|网上买的东西可以在门店退货吗？",
  "dir|门店买的东西可以在网上换货吗？",
  "qual|网上买的特价东西可以在门店换货吗？",
  "qw|网上买的东西在门店换货要多久？",
  "par|网上买的东西能不能在门店换货？",
  "syn|线上购买的商品能到实体店换货吗？")
G("banking", "Who pays the wire transfer fee, the sender or the receiver?",
  "qw|How much is the wire transfer fee for the sender?",
  "qual|Who pays the international wire transfer fee, the sender or the receiver?",
  "neg|Is there no wire transfer fee for the receiver?",
  "ant|Who gets the wire transfer refund, the sender or the receiver?",
  "wo|Who pays the wire transfer fee, the receiver or the sender?",
  "syn|Is the wire transfer fee paid by the sender or by the receiver?")
G("banking", "我去ATM存钱要手续费吗？",
  "ant|我去ATM取钱要手续费吗？",
  "qual|我去跨行ATM存钱要手续费吗？",
  "time|我周末去ATM存钱要手续费吗？",
  "num|我去ATM存五万块钱要手续费吗？",
  "par|我去ATM存钱，要不要手续费？",
  "syn|在ATM机上存款收手续费吗？")
G("banking", "Can I use my husband's credit card to pay my rent?",
  "pers|Can I use my credit card to pay my husband's rent?",
  "dir|Can my husband use my credit card to pay his rent?",
  "qual|Can I use my husband's credit card to pay my rent online?",
  "ant|Can I use my husband's debit card to pay my rent?",
  "syn|Am I allowed to pay my rent with my husband's credit card?",
  "wo|To pay my rent, can I use my husband's credit card?")
G("banking", "信用卡每个月最低还款是多少？",
  "time|信用卡每年最低还款是多少？",
  "ant|信用卡每个月最高还款是多少？",
  "qw|信用卡每个月最低还款什么时候还？",
  "pers|我老公的信用卡每个月最低还款是多少？",
  "par|信用卡每月最低还款是多少呢？",
  "syn|信用卡每期最低还款额是多少？")
G("health", "孩子发烧38度需要去医院吗？",
  "num|孩子发烧39.5度需要去医院吗？",
  "pers|我发烧38度需要去医院吗？",
  "qual|三个月的宝宝发烧38度需要去医院吗？",
  "mod|孩子发烧38度可以洗澡吗？",
  "par|孩子发烧到38度，要不要去医院？",
  "syn|小孩烧到38度得去医院看吗？")
G("health", "Can I drink alcohol 3 hours after taking this medicine?",
  "num|Can I drink alcohol 30 hours after taking this medicine?",
  "dir|Can I take this medicine 3 hours after drinking alcohol?",
  "qw|How long after taking this medicine can I drink alcohol?",
  "neg|Can I drink alcohol 3 hours after stopping this medicine?",
  "syn|Is it safe to have alcohol 3 hours after I take this medicine?",
  "wo|Three hours after taking this medicine, can I drink alcohol?")
G("health", "这个药一天吃三次，每次两片还是一片？",
  "num|这个药一天吃两次，每次两片还是一片？",
  "qw|这个药一天吃三次，要吃多久？",
  "pers|这个药孩子一天吃三次，每次两片还是一片？",
  "qual|这个药饭前一天吃三次，每次两片还是一片？",
  "wo|这个药一天吃三次，每次一片还是两片？",
  "par|这个药一天三次的话，每次是吃两片还是一片呢？")
G("programming", "How do I sort a list of dicts by a key in descending order in Python?",
  "code|How do I sort a list of dicts by a key in ascending order in Python?",
  "qual|How do I sort a list of dicts by two keys in descending order in Python?",
  "ant|How do I group a list of dicts by a key in Python?",
  "code|How do I sort a dict by its values in descending order in Python?",
  "syn|In Python, how can I sort a list of dictionaries by a key from highest to lowest?",
  "pol|Could you show me how to sort a list of dicts by a key in descending order in Python?")
G("programming", "git怎么把feature分支合并到main分支？",
  "dir|git怎么把main分支合并到feature分支？",
  "code|git怎么把feature分支rebase到main分支？",
  "ant|git怎么撤销把feature分支合并到main分支？",
  "qual|git怎么把远程feature分支合并到main分支？",
  "voc|git里feature分支怎么被合并进main分支？",
  "par|git里怎么把feature分支合并到main分支上呢？")
G("programming", "Does Array.sort() in JavaScript sort numbers in ascending order by default?",
  "code|Does Array.sort() in JavaScript sort numbers in descending order by default?",
  "qual|Does Array.sort() in JavaScript sort strings in ascending order by default?",
  "neg|Why doesn't Array.sort() in JavaScript sort numbers in ascending order by default?",
  "code|Does Array.reverse() in JavaScript sort numbers in ascending order by default?",
  "syn|By default, does JavaScript's Array.sort() order numbers from smallest to largest?",
  "wo|In JavaScript, does Array.sort() sort numbers in ascending order by default?")
G("school", "Can a student retake an exam if they failed it only once?",
  "neg|Can a student retake an exam if they passed it only once?",
  "num|Can a student retake an exam if they failed it twice?",
  "mod|Must a student retake an exam if they failed it only once?",
  "pers|Can a teacher retake an exam if they failed it only once?",
  "syn|Is a student allowed to resit an exam after failing it only once?",
  "wo|If they failed it only once, can a student retake an exam?")
G("school", "研究生可以跨专业选修本科生的课吗？",
  "dir|本科生可以跨专业选修研究生的课吗？",
  "qual|研究生可以选修本科生的课吗？",
  "mod|研究生必须跨专业选修本科生的课吗？",
  "qual|研究生可以跨专业网上选修本科生的课吗？",
  "par|研究生能跨专业选本科生的课吗？",
  "syn|硕士生能不能跨专业去选本科的课？")
G("travel", "Can I bring a 20,000 mAh power bank on a plane?",
  "num|Can I bring a 30,000 mAh power bank on a plane?",
  "qual|Can I bring a 20,000 mAh power bank in checked luggage?",
  "quant|Can I bring two 20,000 mAh power banks on a plane?",
  "qual|Can I bring a 20,000 mAh power bank on an international plane?",
  "syn|Am I allowed to take a 20,000 mAh power bank onto a plane?",
  "pol|Hello, can I bring a 20,000 mAh power bank on a plane?")
G("travel", "护照过期前几个月可以续签？",
  "time|护照过期后几个月可以续签？",
  "num|护照过期前几年可以续签？",
  "pers|孩子的护照过期前几个月可以续签？",
  "qw|护照过期前续签要多少钱？",
  "par|护照过期之前几个月能续签呢？",
  "syn|护照到期前多少个月可以办换发？")
G("travel", "Do I need a visa to transit through Frankfurt from Shanghai to New York?",
  "dir|Do I need a visa to transit through Frankfurt from New York to Shanghai?",
  "qual|Do I need a visa to transit through Frankfurt from Shanghai to New York if I leave the airport?",
  "mod|Can I get a visa to transit through Frankfurt from Shanghai to New York?",
  "pers|Does my son need a visa to transit through Frankfurt from Shanghai to New York?",
  "syn|Is a visa required to transit in Frankfurt on a Shanghai–New York trip?",
  "wo|From Shanghai to New York via Frankfurt, do I need a transit visa?")
G("travel", "酒店可以提前入住吗？",
  "qw|酒店提前入住要多少钱？",
  "qual|酒店周末可以提前入住吗？",
  "mod|酒店必须提前入住吗？",
  "par|酒店能不能提前入住？",
  "syn|宾馆能早一点办入住吗？")
G("insurance", "Does travel insurance cover a trip canceled by the airline?",
  "dir|Does travel insurance cover a trip canceled by me?",
  "qual|Does travel insurance cover an international trip canceled by the airline?",
  "ant|Does travel insurance cover a trip delayed by the airline?",
  "qw|How much does travel insurance pay for a trip canceled by the airline?",
  "voc|Does travel insurance cover it if the airline cancels my trip?",
  "syn|Will travel insurance pay out if the airline cancels my trip?")
G("insurance", "车险过期了三天，还能续保吗？",
  "num|车险过期了三个月，还能续保吗？",
  "time|车险还有三天过期，还能续保吗？",
  "mod|车险过期了三天，必须续保吗？",
  "pers|我爸的车险过期了三天，我能帮他续保吗？",
  "par|车险过期三天了，还能不能续保？",
  "syn|车辆保险已经过期三天，还可以续保吗？")
G("telecom", "Does my plan include international roaming in Canada?",
  "qual|Does my plan include roaming in Canada?",
  "ant|Does my plan exclude international roaming in Canada?",
  "qw|How much is international roaming in Canada on my plan?",
  "pers|Does my daughter's plan include international roaming in Canada?",
  "syn|Is international roaming in Canada part of my plan?",
  "wo|In Canada, does my plan include international roaming?")
G("telecom", "携号转网需要多少天？",
  "qw|携号转网需要多少钱？",
  "qual|跨省携号转网需要多少天？",
  "mod|携号转网必须去营业厅吗？",
  "neg|携号转网不能办的原因有哪些？",
  "par|携号转网要多少天呢？",
  "syn|办携号转网得几天？")
# ---------------------------------------------------------------- block 3
G("hr", "Is my year-end bonus taxed before or after my 401(k) contribution?",
  "dir|Is my 401(k) contribution taken before or after my year-end bonus is taxed?",
  "qual|Is my year-end bonus taxed before or after my Roth 401(k) contribution?",
  "qw|How much is my year-end bonus taxed after my 401(k) contribution?",
  "pers|Is my wife's year-end bonus taxed before or after her 401(k) contribution?",
  "wo|Is my year-end bonus taxed after or before my 401(k) contribution?",
  "syn|Does tax on my year-end bonus come before or after my 401(k) contribution?")
G("hr", "How many days of paid leave do I get per year?",
  "time|How many days of paid leave do I get per month?",
  "neg|How many days of unpaid leave do I get per year?",
  "qual|How many days of paid sick leave do I get per year?",
  "pers|How many days of paid leave do new hires get per year?",
  "syn|How many paid vacation days am I entitled to each year?",
  "wo|Per year, how many days of paid leave do I get?")
G("hr", "年假没休完，公司要给钱吗？",
  "neg|年假休完了，公司还要给钱吗？",
  "mod|年假没休完，公司可以给钱吗？",
  "qw|年假没休完，公司要给多少钱？",
  "time|去年的年假没休完，今年公司要给钱吗？",
  "par|年假没休完的话，公司要不要给钱？",
  "syn|带薪年假没用完，公司需要补钱吗？")
G("hr", "Can my manager change my shift without telling me?",
  "dir|Can I change my manager's shift without telling him?",
  "neg|Can my manager change my shift after telling me?",
  "qual|Can my manager change my shift without telling me in writing?",
  "mod|Should my manager change my shift without telling me?",
  "syn|Is my manager allowed to change my shift without notifying me?",
  "voc|Can my shift be changed by my manager without telling me?")
G("cooking", "米饭做好了能在冰箱里放多久？",
  "qw|米饭做好了能在冰箱里放几碗？",
  "ant|米饭做好了能在室温下放多久？",
  "qual|炒饭做好了能在冰箱里放多久？",
  "time|米饭做好了第二天能吃吗？",
  "par|米饭做好以后，在冰箱里能放多久呢？",
  "syn|煮好的米饭冷藏能保存多长时间？")
G("legal", "Can my employer sue me for quitting without notice?",
  "dir|Can I sue my employer for firing me without notice?",
  "neg|Can my employer sue me for quitting with notice?",
  "mod|Must my employer pay me for quitting without notice?",
  "pers|Can my employer sue my husband for quitting without notice?",
  "syn|Is it possible for my employer to take me to court for quitting without giving notice?",
  "voc|Can I be sued by my employer for quitting without notice?")
G("legal", "离婚后孩子的抚养费由谁付给谁？",
  "qw|离婚后孩子的抚养费付多少？",
  "time|离婚前孩子的抚养费由谁付？",
  "qual|离婚后孩子成年的抚养费由谁付给谁？",
  "pers|离婚后老人的赡养费由谁付给谁？",
  "par|离婚后，孩子的抚养费是谁付给谁呢？",
  "syn|离婚以后，孩子抚养费该由哪一方给哪一方？")
G("legal", "Do I have to pay tax on money I inherited from my father?",
  "dir|Does my father have to pay tax on money he inherited from me?",
  "pers|Do I have to pay tax on money I inherited from my uncle?",
  "ant|Do I have to pay tax on money I gave to my father?",
  "qw|How much tax do I pay on money I inherited from my father?",
  "syn|Is money I inherited from my father taxable?",
  "wo|On money I inherited from my father, do I have to pay tax?")
G("legal", "朋友向我借钱不还，我能报警吗？",
  "dir|我向朋友借钱不还，他能报警吗？",
  "mod|朋友向我借钱不还，我应该报警吗？",
  "qual|朋友向我借钱不还，没有借条我能报警吗？",
  "qw|朋友向我借钱不还，我怎么要回来？",
  "par|朋友借我的钱不还，我可以报警吗？",
  "syn|朋友欠我钱不还，能找警察吗？")
G("math", "What is the derivative of 2**x?",
  "code|What is the integral of 2**x?",
  "num|What is the derivative of 3**x?",
  "qual|What is the second derivative of 2**x?",
  "syn|How do I differentiate 2**x?",
  "pol|Could you tell me the derivative of 2**x?")
G("math", "A的价格比B高20%，B比A低百分之几？",
  "dir|B的价格比A高20%，B比A低百分之几？",
  "num|A的价格比B高25%，B比A低百分之几？",
  "ant|A的价格比B低20%，B比A高百分之几？",
  "qw|A的价格比B高20%，B是多少钱？",
  "wo|B的价格比A低的部分是A的百分之几，如果A比B高20%？",
  "par|A比B贵20%，那B比A便宜百分之几呢？")
G("math", "How many ways can 5 people sit in a row?",
  "num|How many ways can 5 people sit in a circle?",
  "num|How many ways can 3 of 5 people sit in a row?",
  "quant|How many ways can 5 people sit in a row if two must sit together?",
  "code|How many ways can 5 people be chosen from a row?",
  "syn|In how many orders can 5 people be seated in a row?",
  "wo|In a row, how many ways can 5 people sit?")
G("math", "一个数的平方等于它本身，这个数是几？",
  "code|一个数的立方等于它本身，这个数是几？",
  "code|一个数的平方根等于它本身，这个数是几？",
  "neg|一个数的平方不等于它本身，这个数可能是几？",
  "ant|一个数的倒数等于它本身，这个数是几？",
  "par|哪个数的平方等于它自己呢？",
  "syn|什么数的平方和它本身相等？")
G("everyday", "How often should I change my toothbrush?",
  "qw|How long should I brush my teeth?",
  "pers|How often should I change my toddler's toothbrush?",
  "qual|How often should I change my electric toothbrush head?",
  "neg|What happens if I never change my toothbrush?",
  "syn|How frequently should I replace my toothbrush?",
  "pol|Hi, could you tell me how often I should change my toothbrush?")
G("everyday", "快递从北京寄到广州要几天？",
  "dir|快递从广州寄到北京要几天？",
  "qw|快递从北京寄到广州要多少钱？",
  "qual|冷链快递从北京寄到广州要几天？",
  "time|快递周末从北京寄到广州要几天？",
  "par|北京寄快递到广州，要几天啊？",
  "syn|从北京发快递到广州需要多长时间？")
G("everyday", "Is it cheaper to rent or to buy a washing machine?",
  "qual|Is it cheaper to rent or to buy a used washing machine?",
  "qw|How much does it cost to rent a washing machine?",
  "ant|Is it cheaper to rent or to buy a dryer?",
  "time|Is it cheaper to rent or to buy a washing machine for six months?",
  "wo|Is it cheaper to buy or to rent a washing machine?",
  "syn|Which costs less: renting a washing machine or buying one?")
G("everyday", "我妈的手机号可以绑定我的微信吗？",
  "pers|我婆婆的手机号可以绑定我的微信吗？",
  "dir|我的手机号可以绑定我妈的微信吗？",
  "quant|一个手机号可以绑定两个微信吗？",
  "ant|我妈的手机号可以解绑我的微信吗？",
  "par|我妈的手机号能不能绑我的微信？",
  "syn|能用我妈的手机号码绑定我的微信号吗？")
G("shopping", "买了不到七天的东西降价了，可以退差价吗？",
  "num|买了不到三十天的东西降价了，可以退差价吗？",
  "ant|买了不到七天的东西涨价了，要补差价吗？",
  "qual|网上买了不到七天的东西降价了，可以退差价吗？",
  "mod|买了不到七天的东西降价了，必须退差价吗？",
  "par|东西买了不到七天就降价了，能退差价吗？",
  "syn|购买不满七天的商品降价，可以申请价保吗？")
G("banking", "Does my bank charge a fee for withdrawing cash abroad?",
  "ant|Does my bank charge a fee for depositing cash abroad?",
  "qual|Does my bank charge a fee for withdrawing cash?",
  "qw|How much does my bank charge for withdrawing cash abroad?",
  "pers|Does my wife's bank charge a fee for withdrawing cash abroad?",
  "syn|Is there a fee from my bank for taking out cash overseas?",
  "pol|Could you tell me whether my bank charges a fee for withdrawing cash abroad?")
# ---------------------------------------------------------------- block 4
G("health", "Can I give my 2-year-old children's Tylenol and ibuprofen at the same time?",
  "num|Can I give my 12-year-old children's Tylenol and ibuprofen at the same time?",
  "neg|Can I give my 2-year-old children's Tylenol and ibuprofen at different times?",
  "qw|How often can I give my 2-year-old children's Tylenol and ibuprofen?",
  "qual|Can I give my 2-year-old adult Tylenol and ibuprofen at the same time?",
  "syn|Is it safe to give my 2-year-old children's Tylenol and ibuprofen together?",
  "wo|At the same time, can I give my 2-year-old children's Tylenol and ibuprofen?")
G("programming", "Python里怎么把列表倒序排列？",
  "code|Python里怎么把列表正序排列？",
  "qual|Python里怎么把列表倒序排列但不改原列表？",
  "code|Python里怎么把字符串倒序排列？",
  "code|Python里怎么把字典按值倒序排列？",
  "par|在Python里，怎样把列表倒过来排呢？",
  "syn|Python中如何对列表进行降序排序？")
G("programming", "SQL怎么按创建时间倒序取前10条？",
  "code|SQL怎么按创建时间正序取前10条？",
  "num|SQL怎么按创建时间倒序取前100条？",
  "code|SQL怎么按创建时间倒序取后10条？",
  "qual|SQL怎么按创建时间倒序取每个用户的前10条？",
  "par|SQL里按创建时间倒序，取前10条怎么写呢？",
  "syn|SQL如何按照创建时间降序查询前十条记录？")
G("school", "小学生每天作业不能超过多少分钟？",
  "num|小学生每天作业不能超过多少小时？",
  "pers|初中生每天作业不能超过多少分钟？",
  "quant|小学一二年级每天作业不能超过多少分钟？",
  "time|小学生每周作业不能超过多少分钟？",
  "par|小学生每天作业最多不能超过几分钟呢？",
  "syn|规定小学生每天的作业时间最长多少分钟？")
G("travel", "Can I change my flight to an earlier date without a fee?",
  "ant|Can I change my flight to a later date without a fee?",
  "neg|Can I change my flight to an earlier date for a fee?",
  "qual|Can I change my basic economy flight to an earlier date without a fee?",
  "pers|Can my travel agent change my flight to an earlier date without a fee?",
  "syn|Is it free to move my flight to an earlier date?",
  "wo|Without a fee, can I change my flight to an earlier date?")
G("travel", "儿童坐高铁多高要买票？",
  "num|儿童坐高铁多大要买票？",
  "qual|儿童坐高铁多高要买全票？",
  "ant|儿童坐高铁多高可以免票？",
  "qw|儿童坐高铁票价是多少钱？",
  "par|小孩坐高铁，多高就得买票了？",
  "syn|小朋友乘高铁身高多少需要购票？")
G("travel", "Is it cheaper to fly from Paris to Rome or take the train?",
  "dir|Is it cheaper to fly from Rome to Paris or take the train?",
  "qw|Is it faster to fly from Paris to Rome or take the train?",
  "qual|Is it cheaper to fly from Paris to Rome or take the night train?",
  "time|Was it cheaper to fly from Paris to Rome or take the train last summer?",
  "wo|Is it cheaper to take the train from Paris to Rome or fly?",
  "syn|From Paris to Rome, which costs less: flying or the train?")
G("travel", "签证被拒后多久可以再申请？",
  "qw|签证被拒后为什么不能再申请？",
  "neg|签证没被拒，可以再申请吗？",
  "pers|孩子的签证被拒后多久可以再申请？",
  "num|签证被拒两次后多久可以再申请？",
  "par|签证被拒了以后，要多久才能再申请呢？",
  "voc|签证拒签以后，隔多长时间能重新申请？")
G("insurance", "Does health insurance cover my wife's pregnancy if I added her after she got pregnant?",
  "time|Does health insurance cover my wife's pregnancy if I added her before she got pregnant?",
  "pers|Does health insurance cover my daughter's pregnancy if I added her after she got pregnant?",
  "qw|How much does health insurance cover for my wife's pregnancy if I added her after she got pregnant?",
  "ant|Does health insurance exclude my wife's pregnancy if I added her after she got pregnant?",
  "syn|If I put my wife on my plan after she became pregnant, is her pregnancy covered?",
  "wo|If I added her after she got pregnant, does health insurance cover my wife's pregnancy?")
G("insurance", "重疾险的等待期是90天还是180天？",
  "ant|医疗险的等待期是90天还是180天？",
  "qw|重疾险的等待期里出险怎么赔？",
  "qual|重疾险续保时的等待期是90天还是180天？",
  "num|重疾险的等待期是30天还是90天？",
  "wo|重疾险的等待期是180天还是90天？",
  "par|重疾险等待期到底是90天还是180天啊？")
G("insurance", "Is my phone covered by renters insurance if it was stolen from my car?",
  "qual|Is my phone covered by renters insurance if it was stolen from my apartment?",
  "ant|Is my phone covered by renters insurance if it was damaged in my car?",
  "pers|Is my roommate's phone covered by my renters insurance if it was stolen from my car?",
  "neg|Is my phone covered by renters insurance if it was lost, not stolen, in my car?",
  "voc|Does renters insurance cover my phone if someone stole it from my car?",
  "syn|If my phone got stolen out of my car, will renters insurance cover it?")
G("insurance", "我给孩子买的保险，受益人可以写我老公吗？",
  "dir|我老公给孩子买的保险，受益人可以写我吗？",
  "pers|我给我妈买的保险，受益人可以写我老公吗？",
  "mod|我给孩子买的保险，受益人必须写我老公吗？",
  "ant|我给孩子买的保险，投保人可以写我老公吗？",
  "par|我给孩子买的保险，受益人能不能写我老公？",
  "syn|给孩子投保时，受益人能填我丈夫吗？")
G("telecom", "Why is my data so slow after 10 GB per month?",
  "num|Why is my data so slow after 100 GB per month?",
  "qw|How do I make my data faster after 10 GB per month?",
  "time|Why is my data so slow after 10 GB per day?",
  "qual|Why is my hotspot data so slow after 10 GB per month?",
  "syn|Why does my data speed drop after I use 10 GB in a month?",
  "pol|Could you tell me why my data is so slow after 10 GB per month?")
G("telecom", "话费怎么给我妈的手机充值？",
  "dir|我妈怎么给我的手机充话费？",
  "pers|话费怎么给我婆婆的手机充值？",
  "qual|话费怎么在网上给我妈的手机充值？",
  "ant|话费怎么从我妈的手机退出来？",
  "par|怎么给我妈的手机充话费呢？",
  "syn|怎样帮我妈的手机号交话费？")
# ---------------------------------------------------------------- block 5
G("telecom", "宽带可以从我的名下转到我爸名下吗？",
  "dir|宽带可以从我爸名下转到我的名下吗？",
  "pers|宽带可以从我的名下转到我公公名下吗？",
  "qual|宽带可以在网上从我的名下转到我爸名下吗？",
  "qw|宽带从我的名下转到我爸名下要多少钱？",
  "par|宽带能不能从我名下转到我爸名下？",
  "syn|宽带账户能从我名下过户给我爸吗？")
G("hr", "Does my employer have to pay me for unused vacation when I quit?",
  "dir|Do I have to pay my employer for used vacation when I quit?",
  "mod|Can my employer pay me for unused vacation when I quit?",
  "time|Does my employer have to pay me for unused vacation every year?",
  "ant|Does my employer have to pay me for unused vacation when I'm fired?",
  "syn|Is my employer required to pay out my unused vacation days when I resign?",
  "voc|When I quit, must I be paid for unused vacation by my employer?")
G("hr", "Can my company make me work more than 40 hours a week?",
  "num|Can my company make me work more than 60 hours a week?",
  "time|Can my company make me work more than 40 hours a month?",
  "neg|Can my company make me work fewer than 40 hours a week?",
  "pers|Can my company make interns work more than 40 hours a week?",
  "syn|Is my company allowed to require me to work over 40 hours a week?",
  "pol|Hi, can my company make me work more than 40 hours a week?")
G("hr", "员工可以要求公司出具离职证明吗？",
  "dir|公司可以要求员工出具离职证明吗？",
  "mod|员工必须要求公司出具离职证明吗？",
  "ant|员工可以要求公司出具在职证明吗？",
  "qw|员工要求公司出具离职证明要多久？",
  "par|员工能不能要求公司开离职证明？",
  "voc|离职证明可以由员工要求公司出具吗？")
G("cooking", "How many minutes do I boil an egg for a soft yolk?",
  "ant|How many minutes do I boil an egg for a hard yolk?",
  "num|How many hours do I boil an egg for a soft yolk?",
  "qual|How many minutes do I boil a cold egg from the fridge for a soft yolk?",
  "quant|How many minutes do I boil six eggs for a soft yolk?",
  "syn|How long should I boil an egg to get a runny yolk?",
  "wo|For a soft yolk, how many minutes do I boil an egg?")
G("cooking", "炖牛肉用高压锅要多少分钟？",
  "num|炖牛肉用高压锅要多少小时？",
  "ant|炖牛肉用砂锅要多少分钟？",
  "qual|炖冻牛肉用高压锅要多少分钟？",
  "qw|炖牛肉用高压锅要放多少水？",
  "par|高压锅炖牛肉，要多少分钟呢？",
  "syn|用压力锅炖牛肉需要几分钟？")
G("cooking", "一勺盐是多少克？",
  "num|一勺盐是多少毫克？",
  "ant|一勺糖是多少克？",
  "quant|半勺盐是多少克？",
  "qual|一茶勺盐是多少克？",
  "par|一勺盐大概多少克呀？",
  "syn|一小勺食盐等于几克？")
G("legal", "Can I break my lease early if my landlord sells the house?",
  "qual|Can I break my lease early if my landlord sells the house without telling me?",
  "mod|Must I break my lease early if my landlord sells the house?",
  "qw|How much does it cost to break my lease early if my landlord sells the house?",
  "syn|If my landlord sells the house, am I allowed to end my lease early?",
  "wo|If my landlord sells the house, can I break my lease early?")
G("legal", "被公司违法辞退，可以要求几倍赔偿？",
  "neg|被公司合法辞退，可以要求几倍赔偿？",
  "dir|我违法辞职，公司可以要求几倍赔偿？",
  "qw|被公司违法辞退，赔偿多久能拿到？",
  "pers|实习生被公司违法辞退，可以要求几倍赔偿？",
  "par|公司违法辞退我的话，能要几倍赔偿？",
  "voc|公司违法辞退了我，我可以要几倍的赔偿？")
G("legal", "Does a verbal agreement count as a legal contract?",
  "neg|Does a written agreement count as a legal contract?",
  "qual|Does a verbal agreement count as a legal contract for selling a house?",
  "ant|Can a verbal agreement cancel a legal contract?",
  "qw|How do I prove a verbal agreement counts as a legal contract?",
  "syn|Is a spoken agreement legally binding as a contract?",
  "pol|Could you tell me whether a verbal agreement counts as a legal contract?")
G("legal", "遗产是先还债还是先分给继承人？",
  "qw|遗产分给继承人要交多少税？",
  "ant|遗产是先还债还是先放弃继承？",
  "qual|房产遗产是先还债还是先分给继承人？",
  "pers|遗产是先还债还是先分给配偶？",
  "wo|遗产是先分给继承人还是先还债？",
  "par|遗产到底是先还债，还是先分给继承人呢？")
G("math", "一元二次方程有两个相等的实数根，判别式等于多少？",
  "ant|一元二次方程有两个不相等的实数根，判别式等于多少？",
  "neg|一元二次方程没有实数根，判别式满足什么？",
  "num|一元三次方程有两个相等的实数根，判别式等于多少？",
  "qw|一元二次方程有两个相等的实数根，这个根等于多少？",
  "par|一元二次方程两个实数根相等的话，判别式是多少呢？",
  "syn|一元二次方程有两个相同的实根时，Δ等于几？")
G("math", "log以2为底8等于几？",
  "swap|log以8为底2等于几？",
  "num|log以2为底16等于几？",
  "code|2的8次方等于几？",
  "num|log以10为底8等于几？",
  "par|以2为底8的对数是多少呢？",
  "syn|log₂8的值是多少？")
G("everyday", "Should I tip the delivery driver before or after tax?",
  "qual|Should I tip the delivery driver before or after the delivery fee?",
  "qw|How much should I tip the delivery driver?",
  "mod|Must I tip the delivery driver?",
  "pers|Should I tip the restaurant server before or after tax?",
  "wo|Should I tip the delivery driver after or before tax?",
  "syn|Is the tip for the delivery driver calculated on the pre-tax or post-tax amount?")
G("everyday", "水电费是房东交还是租客交？",
  "qw|水电费多少钱一度？",
  "ant|物业费是房东交还是租客交？",
  "qual|空房期间的水电费是房东交还是租客交？",
  "mod|水电费可以由房东代交吗？",
  "wo|水电费是租客交还是房东交？",
  "par|水电费到底是房东交还是租客交啊？")
G("everyday", "What time does the post office close on Saturdays?",
  "ant|What time does the post office open on Saturdays?",
  "time|What time does the post office close on weekdays?",
  "neg|Is the post office closed on Saturdays?",
  "qual|What time does the main post office close on Saturdays?",
  "syn|When does the post office shut on Saturdays?",
  "wo|On Saturdays, what time does the post office close?")
G("everyday", "垃圾分类里，用过的纸巾是干垃圾还是可回收物？",
  "neg|垃圾分类里，没用过的纸巾是干垃圾还是可回收物？",
  "ant|垃圾分类里，用过的报纸是干垃圾还是可回收物？",
  "qual|垃圾分类里，用过的湿纸巾是干垃圾还是可回收物？",
  "qw|垃圾分类里，用过的纸巾扔到哪个桶？",
  "wo|垃圾分类里，用过的纸巾是可回收物还是干垃圾？",
  "par|用过的纸巾算干垃圾还是可回收物呀？")
G("shopping", "Is the 65-inch TV more expensive than the 55-inch one?",
  "dir|Is the 55-inch TV more expensive than the 65-inch one?",
  "ant|Is the 65-inch TV cheaper than the 55-inch one?",
  "qw|How much more expensive is the 65-inch TV than the 55-inch one?",
  "qual|Is the used 65-inch TV more expensive than the 55-inch one?",
  "wo|Is the 55-inch TV cheaper than the 65-inch one?",
  "syn|Does the 65-inch TV cost more than the 55-inch one?")
G("shopping", "京东比淘宝便宜吗？",
  "dir|淘宝比京东便宜吗？",
  "ant|京东比淘宝贵吗？",
  "qual|京东自营比淘宝便宜吗？",
  "qw|京东比淘宝便宜多少？",
  "wo|淘宝比京东贵吗？",
  "par|京东是不是比淘宝便宜？")
# ---------------------------------------------------------------- block 6
G("banking", "If I pay off my credit card before the statement date, does it raise my credit score?",
  "time|If I pay off my credit card after the statement date, does it raise my credit score?",
  "ant|If I pay off my credit card before the statement date, does it lower my credit score?",
  "pers|If I pay off my wife's credit card before the statement date, does it raise my credit score?",
  "qw|If I pay off my credit card before the statement date, how much does it raise my credit score?",
  "syn|Does paying my credit card in full before the statement closes improve my credit score?",
  "wo|Does it raise my credit score if I pay off my credit card before the statement date?")
G("banking", "Can I deposit a check made out to my husband into my account?",
  "dir|Can my husband deposit a check made out to me into his account?",
  "ant|Can I cash a check made out to my husband?",
  "mod|Must I deposit a check made out to my husband into my account?",
  "syn|Am I allowed to deposit a check payable to my husband into my own account?",
  "voc|Can a check made out to my husband be deposited into my account by me?")
G("health", "Is it safe to take melatonin every night for a month?",
  "time|Is it safe to take melatonin every night for a year?",
  "pers|Is it safe for my 8-year-old to take melatonin every night for a month?",
  "num|Is it safe to take 10 mg of melatonin every night for a month?",
  "qw|How long before bed should I take melatonin every night?",
  "syn|Can I safely use melatonin nightly for a month?",
  "wo|Every night for a month, is it safe to take melatonin?")
G("health", "维生素D每天吃1000单位还是2000单位？",
  "pers|孕妇维生素D每天吃1000单位还是2000单位？",
  "time|维生素D每周吃1000单位还是2000单位？",
  "ant|维生素C每天吃1000毫克还是2000毫克？",
  "qw|维生素D每天什么时候吃最好？",
  "wo|维生素D每天吃2000单位还是1000单位？",
  "par|维生素D一天是吃1000单位还是2000单位呢？")
G("health", "Can I get a flu shot and a COVID shot on the same day?",
  "qual|Can I get a flu shot and a COVID shot in the same arm?",
  "pers|Can my baby get a flu shot and a COVID shot on the same day?",
  "qual|Can I get a flu shot and a COVID shot on the same day if I'm sick?",
  "qw|Where can I get a flu shot and a COVID shot on the same day?",
  "syn|Is it OK to get the flu vaccine and the COVID vaccine on the same day?",
  "pol|Hi, can I get a flu shot and a COVID shot on the same day?")
G("programming", "How do I undo the last commit but keep the changes in git?",
  "neg|How do I undo the last commit and discard the changes in git?",
  "qual|How do I undo the last pushed commit but keep the changes in git?",
  "num|How do I undo the last three commits but keep the changes in git?",
  "ant|How do I redo the last commit in git?",
  "syn|In git, how can I revert my last commit while keeping my changes?",
  "wo|In git, how do I undo the last commit but keep the changes?")
G("programming", "Python里列表和元组哪个能修改？",
  "qw|Python里列表和元组哪个更快？",
  "ant|Python里列表和字典哪个能修改？",
  "neg|Python里列表和元组哪个不能修改？",
  "qual|Python里嵌套在元组里的列表能修改吗？",
  "wo|Python里元组和列表哪个能修改？",
  "par|Python的列表跟元组，哪个是能改的呀？")
G("programming", "In SQL, does WHERE run before GROUP BY?",
  "dir|In SQL, does GROUP BY run before WHERE?",
  "code|In SQL, does HAVING run before GROUP BY?",
  "code|In SQL, does WHERE run before ORDER BY?",
  "neg|In SQL, why can't WHERE use GROUP BY results?",
  "wo|In SQL, does GROUP BY run after WHERE?",
  "syn|Is WHERE evaluated before GROUP BY in SQL?")
G("programming", "正则表达式里 .* 和 .*? 有什么区别？",
  "code|正则表达式里 .+ 和 .*? 有什么区别？",
  "code|正则表达式里 .* 和 .+ 有什么区别？",
  "qual|Python正则表达式里 .* 和 .*? 在多行时有什么区别？",
  "qw|正则表达式里 .* 和 .*? 哪个更快？",
  "wo|正则表达式里 .*? 和 .* 有什么区别？",
  "par|正则里的 .* 跟 .*? 区别在哪呢？")
G("programming", "How do I export a MySQL table to a CSV file?",
  "ant|How do I import a CSV file into a MySQL table?",
  "quant|How do I export all MySQL tables to CSV files?",
  "qual|How do I export a MySQL table to a CSV file with headers?",
  "code|How do I export a PostgreSQL table to a CSV file?",
  "syn|How can I dump a MySQL table into a CSV file?",
  "pol|Could you show me how to export a MySQL table to a CSV file?")
G("school", "Do international students have to pay tuition before the semester starts?",
  "qual|Do students have to pay tuition before the semester starts?",
  "time|Do international students have to pay tuition after the semester starts?",
  "mod|Can international students pay tuition before the semester starts?",
  "qw|How much tuition do international students have to pay before the semester starts?",
  "syn|Must international students pay their tuition before the term begins?",
  "wo|Before the semester starts, do international students have to pay tuition?")
G("school", "本科毕业论文查重率不能超过百分之多少？",
  "pers|硕士毕业论文查重率不能超过百分之多少？",
  "ant|本科毕业论文查重率不能低于百分之多少？",
  "qw|本科毕业论文查重一次多少钱？",
  "qual|本科毕业论文二次查重率不能超过百分之多少？",
  "par|本科毕业论文的查重率最多不能超过百分之几？",
  "syn|本科毕业论文重复率最高允许多少？")
G("school", "Can I take the SAT more than three times?",
  "num|Can I take the SAT more than thirty times?",
  "ant|Can I take the ACT more than three times?",
  "qw|How often can I take the SAT?",
  "neg|Do colleges see every SAT score if I take it more than three times?",
  "syn|Is there a limit on taking the SAT more than three times?",
  "pol|Hi, can I take the SAT more than three times?")
G("travel", "Can I carry 100 ml of liquid in my carry-on?",
  "num|Can I carry 1,000 ml of liquid in my carry-on?",
  "qual|Can I carry 100 ml of liquid in my checked bag?",
  "quant|Can I carry any amount of liquid in my carry-on?",
  "qual|Can I carry 100 ml of alcohol in my carry-on?",
  "syn|Am I allowed to bring 100 ml of liquid in my hand luggage?",
  "wo|In my carry-on, can I carry 100 ml of liquid?")
G("travel", "机票退票是全额退还是扣手续费？",
  "ant|机票改签是全额退还是扣手续费？",
  "qw|机票退票手续费是多少钱？",
  "time|起飞前两小时机票退票是全额退还是扣手续费？",
  "qual|特价机票退票是全额退还是扣手续费？",
  "wo|机票退票是扣手续费还是全额退？",
  "par|机票退票的话，是全额退还是要扣手续费呢？")
G("insurance", "Does my homeowners insurance cover water damage from my upstairs neighbor?",
  "dir|Does my homeowners insurance cover water damage I caused to my downstairs neighbor?",
  "qual|Does my homeowners insurance cover flood damage from my upstairs neighbor?",
  "pers|Does my upstairs neighbor's insurance cover water damage to my home?",
  "qw|How much does my homeowners insurance pay for water damage from my upstairs neighbor?",
  "syn|Will my home insurance pay for water damage that came from the neighbor upstairs?",
  "voc|If my home is damaged by water from my upstairs neighbor, does my homeowners insurance cover it?")
G("insurance", "意外险可以报销门诊费用吗？",
  "ant|意外险可以报销住院费用吗？",
  "qual|意外险可以报销生病的门诊费用吗？",
  "qw|意外险门诊费用能报销多少？",
  "pers|学生意外险可以报销门诊费用吗？",
  "par|意外险能不能报门诊费用？",
  "syn|意外保险能报销看门诊的钱吗？")
G("telecom", "手机欠费停机后多久会销号？",
  "qual|手机停机保号后多久会销号？",
  "ant|手机欠费停机后多久会复机？",
  "qual|副卡欠费停机后多久会销号？",
  "par|手机欠费停机了，多久会被销号呢？",
  "voc|手机号欠费停机以后，要多长时间会被注销？")
# ---------------------------------------------------------------- block 7
G("shopping", "Can I get a price adjustment if an item goes on sale within 14 days?",
  "num|Can I get a price adjustment if an item goes on sale within 40 days?",
  "ant|Do I have to pay extra if an item goes up in price within 14 days?",
  "qual|Can I get a price adjustment if a clearance item goes on sale within 14 days?",
  "time|Can I get a price adjustment if an item went on sale 14 days before I bought it?",
  "syn|If something I bought is discounted within 14 days, can I get the difference back?",
  "pol|Hi, can I get a price adjustment if an item goes on sale within 14 days?")
G("shopping", "会员积分可以转给我老婆吗？",
  "dir|我老婆的会员积分可以转给我吗？",
  "ant|会员积分可以兑换现金吗？",
  "quant|会员积分可以全部转给我老婆吗？",
  "mod|会员积分必须在年底前用完吗？",
  "par|会员积分能不能转给我老婆？",
  "syn|我的会员积分能转到我爱人账户上吗？")
G("banking", "Is the interest on my savings account paid monthly or yearly?",
  "qw|How much interest is paid on my savings account?",
  "qual|Is the interest on my savings account taxed monthly or yearly?",
  "ant|Is the fee on my savings account charged monthly or yearly?",
  "pers|Is the interest on my child's savings account paid monthly or yearly?",
  "wo|Is the interest on my savings account paid yearly or monthly?",
  "syn|Does my savings account pay interest every month or every year?")
G("banking", "房贷提前还款，是减月供好还是减年限好？",
  "ant|房贷延期还款，是减月供好还是减年限好？",
  "quant|房贷提前全部还款，是减月供好还是减年限好？",
  "qual|公积金房贷提前还款，是减月供好还是减年限好？",
  "wo|房贷提前还款，是减年限好还是减月供好？",
  "par|房贷提前还的话，减月供好还是减年限好呢？")
G("health", "How many grams of protein should I eat per day?",
  "num|How many milligrams of protein should I eat per day?",
  "time|How many grams of protein should I eat per meal?",
  "pers|How many grams of protein should my teenager eat per day?",
  "ant|How many grams of sugar should I eat per day?",
  "syn|What is my daily protein intake in grams?",
  "wo|Per day, how many grams of protein should I eat?")
G("health", "近视手术以后多久可以游泳？",
  "qw|近视手术以后多久要复查？",
  "ant|近视手术以前多久不能戴隐形眼镜？",
  "qual|全飞秒近视手术以后多久可以游泳？",
  "mod|近视手术以后必须戴墨镜吗？",
  "par|做完近视手术，多久能去游泳呢？",
  "syn|近视激光手术后隔多长时间才能游泳？")
G("programming", "How do I push a local branch to a remote that doesn't have it yet?",
  "dir|How do I pull a remote branch that I don't have locally yet?",
  "quant|How do I push all local branches to a remote?",
  "qual|How do I force push a local branch to a remote?",
  "ant|How do I delete a local branch from a remote?",
  "syn|How can I push a new local branch to the remote for the first time?",
  "pol|Could you tell me how to push a local branch to a remote that doesn't have it yet?")
G("programming", "Python的 is 和 == 有什么区别？",
  "code|JavaScript的 == 和 === 有什么区别？",
  "code|Python的 is 和 in 有什么区别？",
  "qual|Python的 is 和 == 比较小整数时有什么区别？",
  "qw|Python的 is 和 == 哪个更快？",
  "wo|Python的 == 和 is 有什么区别？",
  "par|Python里 is 跟 == 区别是啥呢？")
G("school", "Does a pass/fail course count toward my GPA?",
  "neg|Does a pass/fail course not count toward my major?",
  "qual|Does a failed pass/fail course count toward my GPA?",
  "ant|Does a pass/fail course count toward my credits?",
  "qw|How many pass/fail courses can I take?",
  "syn|Is a pass/fail class included in my GPA?",
  "pol|Hi, does a pass/fail course count toward my GPA?")
G("travel", "从成都到拉萨坐火车还是坐飞机更便宜？",
  "dir|从拉萨到成都坐火车还是坐飞机更便宜？",
  "qw|从成都到拉萨坐火车还是坐飞机更快？",
  "time|春节从成都到拉萨坐火车还是坐飞机更便宜？",
  "qual|从成都到拉萨坐卧铺火车还是坐飞机更便宜？",
  "wo|从成都到拉萨坐飞机还是坐火车更便宜？",
  "par|成都去拉萨，坐火车和坐飞机哪个便宜些呢？")
G("travel", "Do I need to print my boarding pass for an international flight?",
  "qual|Do I need to print my boarding pass for a domestic flight?",
  "mod|Can I print my boarding pass for an international flight at home?",
  "ant|Do I need to print my luggage tag for an international flight?",
  "pers|Does my toddler need a printed boarding pass for an international flight?",
  "syn|Is a printed boarding pass required for an international flight?",
  "wo|For an international flight, do I need to print my boarding pass?")
G("insurance", "住院自费药医保能报多少？",
  "ant|住院甲类药医保能报多少？",
  "qual|门诊自费药医保能报多少？",
  "qw|住院自费药医保报销要多久？",
  "pers|退休人员住院自费药医保能报多少？",
  "par|住院用的自费药，医保能报多少呢？",
  "syn|住院期间自费药品医保报销比例是多少？")
G("telecom", "Can I share my mobile hotspot with my laptop on a prepaid plan?",
  "qual|Can I share my mobile hotspot with my laptop on an unlimited plan?",
  "dir|Can I share my laptop's internet with my phone on a prepaid plan?",
  "quant|Can I share my mobile hotspot with any device on a prepaid plan?",
  "qw|How much data can I share with my laptop on a prepaid plan?",
  "syn|Does a prepaid plan let me tether my laptop to my phone's hotspot?",
  "wo|On a prepaid plan, can I share my mobile hotspot with my laptop?")
G("telecom", "副卡的流量可以共享主卡的吗？",
  "dir|主卡的流量可以共享副卡的吗？",
  "ant|副卡的通话时长可以共享主卡的吗？",
  "qual|副卡的国际流量可以共享主卡的吗？",
  "qw|副卡共享主卡流量要多少钱？",
  "par|副卡能不能共享主卡的流量？",
  "syn|副号能用主号套餐里的流量吗？")
G("hr", "产假是98天还是128天？",
  "ant|陪产假是98天还是128天？",
  "qual|难产的产假是98天还是128天？",
  "qw|产假期间工资谁发？",
  "num|产假是98个月还是128个月？",
  "wo|产假是128天还是98天？",
  "par|产假到底是98天还是128天啊？")
G("cooking", "Should I add salt before or after boiling pasta water?",
  "ant|Should I add oil before or after boiling pasta water?",
  "mod|Do I have to add salt to pasta water?",
  "qual|Should I add salt before or after boiling water for fresh pasta?",
  "wo|Should I add salt after or before boiling pasta water?",
  "syn|Do I salt pasta water before it boils or once it's boiling?")
G("cooking", "炸薯条油温多少度合适？",
  "ant|炸薯条油温多少度会太低？",
  "qual|复炸薯条油温多少度合适？",
  "qw|炸薯条要炸几分钟？",
  "num|空气炸锅炸薯条多少度合适？",
  "par|炸薯条的话，油温多少度比较合适呢？",
  "syn|炸薯条时油烧到几度最好？")
G("legal", "Can my ex-wife move our kids to another state without my permission?",
  "dir|Can I move our kids to another state without my ex-wife's permission?",
  "neg|Can my ex-wife move our kids to another state with my permission?",
  "qual|Can my ex-wife move our kids to another city without my permission?",
  "qw|How do I stop my ex-wife from moving our kids to another state?",
  "syn|Is my ex-wife allowed to relocate our children to another state without my consent?",
  "wo|Without my permission, can my ex-wife move our kids to another state?")
G("legal", "我的车借给朋友开出了事故，我要负责吗？",
  "dir|我借朋友的车开出了事故，朋友要负责吗？",
  "qual|我的车借给没有驾照的朋友开出了事故，我要负责吗？",
  "mod|我的车借给朋友开出了事故，我可以不管吗？",
  "qw|我的车借给朋友开出了事故，我要赔多少？",
  "par|我的车借给朋友开，出了事故我要不要负责？",
  "voc|朋友借我的车开出了事故，我要承担责任吗？")
G("math", "Which is larger, 2 to the power of 10 or 10 to the power of 2?",
  "code|Which is larger, 2 to the power of 10 or 10 times 2?",
  "num|Which is larger, 2 to the power of 10 or 10 to the power of 3?",
  "ant|Which is smaller, 2 to the power of 10 or 10 to the power of 2?",
  "qw|How much larger is 2 to the power of 10 than 10 to the power of 2?",
  "wo|Which is larger, 10 to the power of 2 or 2 to the power of 10?",
  "syn|Is 2^10 or 10^2 the bigger number?")
G("math", "三角形内角和是180度，那四边形呢？",
  "ant|三角形外角和是360度，那四边形呢？",
  "num|三角形内角和是180度，那五边形呢？",
  "qual|三角形内角和是180度，那凹四边形呢？",
  "par|三角形内角和180度，四边形内角和是多少呢？")
G("everyday", "Can I mail a package to my sister with cash inside?",
  "dir|Can my sister mail me a package with cash inside?",
  "neg|Can I mail a package to my sister without cash inside?",
  "qual|Can I mail an international package to my sister with cash inside?",
  "ant|Can I mail a package to my sister with a phone inside?",
  "syn|Is it allowed to send cash in a parcel to my sister?",
  "pol|Hi, can I mail a package to my sister with cash inside?")
G("everyday", "小区停车费是按月交还是按年交？",
  "qw|小区停车费一个月多少钱？",
  "ant|小区物业费是按月交还是按年交？",
  "qual|小区临时停车费是按月交还是按年交？",
  "pers|小区租户停车费是按月交还是按年交？",
  "wo|小区停车费是按年交还是按月交？",
  "par|小区的停车费，按月交还是按年交呢？")
G("everyday", "我妈的身份证可以给我办电话卡吗？",
  "dir|我的身份证可以给我妈办电话卡吗？",
  "pers|我婆婆的身份证可以给我办电话卡吗？",
  "quant|一张身份证可以办几张电话卡？",
  "ant|我妈的身份证可以给我注销电话卡吗？",
  "par|能用我妈的身份证给我办电话卡吗？",
  "syn|拿我妈的身份证能替我办手机卡吗？")

# ---------------------------------------------------------------- block 8
G("shopping", "Can I return a sofa bought on a 12-month payment plan before the first installment?",
  "time|Can I return a sofa bought on a 12-month payment plan after the first installment?",
  "num|Can I return a sofa bought on a 36-month payment plan before the first installment?",
  "qual|Can I return a floor-model sofa bought on a 12-month payment plan before the first installment?",
  "qw|How long does it take to return a sofa bought on a 12-month payment plan before the first installment?",
  "syn|Is it possible to send back a sofa I financed over 12 months before making the first payment?",
  "wo|Before the first installment, can I return a sofa bought on a 12-month payment plan?")
G("shopping", "团购的火锅券除了周末都能用吗？",
  "neg|团购的火锅券只有周末能用吗？",
  "qual|团购的火锅券除了周末和节假日都能用吗？",
  "quant|团购的火锅券每个门店都能用吗？",
  "ant|团购的火锅券除了周末都能退吗？",
  "par|团购的火锅券，周末以外都可以用吧？",
  "syn|团购买的火锅代金券，非周末都能使用吗？")
G("shopping", "我给闺蜜代付的订单，退款会退到谁的账户？",
  "dir|闺蜜给我代付的订单，退款会退到谁的账户？",
  "qw|我给闺蜜代付的订单，退款多久到账？",
  "qual|我给闺蜜代付的跨境订单，退款会退到谁的账户？",
  "pers|我给我婆婆代付的订单，退款会退到谁的账户？",
  "par|我帮闺蜜代付的订单，退款是退到谁的账户呢？",
  "voc|闺蜜的订单是我代付的，退款会被退到谁那里？")
G("banking", "If my roommate Venmos me rent, do I owe tax on it?",
  "dir|If I Venmo my roommate rent, does he owe tax on it?",
  "qual|If my roommate Venmos me rent for a sublet, do I owe tax on it?",
  "qw|If my roommate Venmos me rent, how much tax do I owe on it?",
  "mod|If my roommate Venmos me rent, should I report it?",
  "syn|Is rent my roommate sends me through Venmo taxable for me?",
  "wo|Do I owe tax on rent if my roommate Venmos it to me?")
G("banking", "工资卡里的钱自动转到理财账户，周末也会转吗？",
  "dir|理财账户里的钱自动转到工资卡，周末也会转吗？",
  "neg|工资卡里的钱自动转到理财账户，只在工作日转吗？",
  "qw|工资卡里的钱自动转到理财账户，多久转一次？",
  "time|工资卡里的钱自动转到理财账户，春节也会转吗？",
  "par|工资卡的钱自动转进理财账户，周末会不会转？",
  "syn|工资卡资金自动划转到理财账户，周六周日也会执行吗？")
G("banking", "我用我爸的卡给我自己的信用卡还款，算套现吗？",
  "dir|我用我自己的卡给我爸的信用卡还款，算套现吗？",
  "pers|我用我同事的卡给我自己的信用卡还款，算套现吗？",
  "qual|我用我爸的信用卡给我自己的信用卡还款，算套现吗？",
  "mod|我用我爸的卡给我自己的信用卡还款，需要报备吗？",
  "par|拿我爸的卡还我自己的信用卡，算不算套现？",
  "syn|用父亲的银行卡替我自己还信用卡，会被认定为套现吗？")
G("health", "Can I take 5 mg of melatonin with my 20 mg of sertraline?",
  "num|Can I take 5 g of melatonin with my 20 mg of sertraline?",
  "num|Can I take 5 mg of melatonin with my 200 mg of sertraline?",
  "qual|Can I take 5 mg of extended-release melatonin with my 20 mg of sertraline?",
  "time|Can I take 5 mg of melatonin the morning after my 20 mg of sertraline?",
  "syn|Is it safe to combine 5 mg of melatonin with my 20 mg sertraline dose?",
  "wo|With my 20 mg of sertraline, can I take 5 mg of melatonin?")
G("health", "我婆婆降压药漏吃了一次，下次要吃两倍吗？",
  "pers|我妈降血糖的药漏吃了一次，下次要吃两倍吗？",
  "num|我婆婆降压药漏吃了三次，下次要吃两倍吗？",
  "mod|我婆婆降压药漏吃了一次，下次可以吃两倍吗？",
  "time|我婆婆降压药多吃了一次，下次要少吃吗？",
  "par|我婆婆漏吃了一次降压药，下次要不要吃双倍？",
  "syn|婆婆的降压药忘吃一顿，下一顿需要加倍吗？")
G("health", "牙齿美白除了周末，工作日晚上也能约吗？",
  "neg|牙齿美白只有周末才能约吗？",
  "ant|拔智齿除了周末，工作日晚上也能约吗？",
  "qw|牙齿美白工作日晚上约要多少钱？",
  "time|牙齿美白除了周末，工作日早上也能约吗？",
  "par|牙齿美白工作日晚上也可以预约吧？",
  "syn|洗牙美白在工作日晚上能预约吗？")
G("programming", "Does `git pull --rebase` put my local commits before or after the remote ones?",
  "code|Does `git pull` put my local commits before or after the remote ones?",
  "dir|Does `git pull --rebase` put the remote commits before or after my local ones?",
  "qual|Does `git pull --rebase` put my unpushed merge commits before or after the remote ones?",
  "qw|Why does `git pull --rebase` put my local commits after the remote ones?",
  "syn|With `git pull --rebase`, do my local commits end up before or after the remote commits?",
  "wo|Does `git pull --rebase` put my local commits after or before the remote ones?")
G("programming", "Python里 a[::-1] 和 a.reverse() 返回的东西一样吗？",
  "code|Python里 a[::-1] 和 a[::1] 返回的东西一样吗？",
  "code|Python里 a[::-1] 和 reversed(a) 返回的东西一样吗？",
  "qual|Python里对字符串 a[::-1] 和 a.reverse() 返回的东西一样吗？",
  "qw|Python里 a[::-1] 和 a.reverse() 哪个更快？",
  "par|Python的 a[::-1] 跟 a.reverse() 返回的是一样的吗？",
  "wo|Python里 a.reverse() 和 a[::-1] 返回的东西一样吗？")
G("programming", "In pandas, does merge with how='left' keep rows from the first or the second DataFrame?",
  "code|In pandas, does merge with how='right' keep rows from the first or the second DataFrame?",
  "code|In pandas, does concat with axis=1 keep rows from the first or the second DataFrame?",
  "qual|In pandas, does merge with how='left' keep duplicate rows from the first DataFrame?",
  "qw|In pandas, how fast is merge with how='left' on a million rows?",
  "syn|With pandas merge and how='left', are the rows of the left or the right DataFrame kept?",
  "pol|Quick question: in pandas, does merge with how='left' keep rows from the first or the second DataFrame?")
G("programming", "TypeScript里 interface 可以继承 type 吗？",
  "swap|TypeScript里 type 可以继承 interface 吗？",
  "code|TypeScript里 interface 可以合并 type 吗？",
  "mod|TypeScript里 interface 应该继承 type 吗？",
  "quant|TypeScript里 interface 可以同时继承两个 type 吗？",
  "par|TypeScript的 interface 能不能继承 type？",
  "syn|在TypeScript中，interface 能 extends 一个 type 吗？")
G("programming", "Is a Python 3.12 wheel compatible with Python 3.11?",
  "swap|Is a Python 3.11 wheel compatible with Python 3.12?",
  "num|Is a Python 3.12 wheel compatible with Python 3.13?",
  "qual|Is a pure-Python 3.12 wheel compatible with Python 3.11?",
  "qw|Why is a Python 3.12 wheel incompatible with Python 3.11?",
  "syn|Can a wheel built for Python 3.12 be installed on Python 3.11?",
  "wo|With Python 3.11, is a Python 3.12 wheel compatible?")
G("school", "Can a sophomore take a 400-level course without the instructor's permission?",
  "neg|Can a sophomore take a 400-level course with the instructor's permission?",
  "pers|Can a senior take a 400-level course without the instructor's permission?",
  "num|Can a sophomore take a 200-level course without the instructor's permission?",
  "mod|Should a sophomore take a 400-level course without the instructor's permission?",
  "syn|Is a second-year student allowed to enroll in a 400-level class without the instructor's approval?",
  "wo|Without the instructor's permission, can a sophomore take a 400-level course?")
G("school", "转专业以后，原专业修的学分可以转到新专业吗？",
  "dir|转专业以后，新专业修的学分可以转回原专业吗？",
  "quant|转专业以后，原专业修的所有学分都可以转到新专业吗？",
  "qual|转专业以后，原专业不及格的学分可以转到新专业吗？",
  "mod|转专业以后，原专业修的学分必须转到新专业吗？",
  "par|转了专业，原来专业修的学分能不能转到新专业？",
  "voc|转专业后，原专业的学分能被新专业认定吗？")
G("school", "我弟比我小六岁，我上大三时他上几年级？",
  "dir|我比我弟小六岁，我上大三时他上几年级？",
  "num|我弟比我小三岁，我上大三时他上几年级？",
  "time|我弟比我小六岁，我上大一时他上几年级？",
  "ant|我弟比我大六岁，我上大三时他上几年级？",
  "wo|我比我弟大六岁，我上大三时他上几年级？",
  "par|我弟小我六岁，那我大三的时候他读几年级呢？")
G("travel", "Can I check in online for a flight from Lisbon to Toronto less than 90 minutes before departure?",
  "num|Can I check in online for a flight from Lisbon to Toronto less than 9 minutes before departure?",
  "dir|Can I check in online for a flight from Toronto to Lisbon less than 90 minutes before departure?",
  "qual|Can I check in online with a pet for a flight from Lisbon to Toronto less than 90 minutes before departure?",
  "time|Can I check in online for a flight from Lisbon to Toronto more than 90 minutes before departure?",
  "syn|Is online check-in still open for a Lisbon–Toronto flight under 90 minutes before it leaves?",
  "pol|Hello, can I check in online for a flight from Lisbon to Toronto less than 90 minutes before departure?")
G("travel", "从昆明到大理的动车，下午六点以后还有吗？",
  "dir|从大理到昆明的动车，下午六点以后还有吗？",
  "time|从昆明到大理的动车，下午六点以前还有吗？",
  "num|从昆明到大理的动车，晚上十点以后还有吗？",
  "qw|从昆明到大理的动车，下午六点以后多少钱？",
  "par|昆明到大理的动车，下午六点后还有没有？",
  "syn|昆明开往大理的动车，18点之后还有班次吗？")
G("travel", "带着两岁的孩子坐国际航班，孩子需要单独买座位吗？",
  "num|带着两个月的孩子坐国际航班，孩子需要单独买座位吗？",
  "qual|带着两岁的孩子坐国内航班，孩子需要单独买座位吗？",
  "mod|带着两岁的孩子坐国际航班，孩子可以单独买座位吗？",
  "qw|带着两岁的孩子坐国际航班，孩子票多少钱？",
  "par|带两岁孩子坐国际航班，孩子要不要单独买座位？",
  "syn|两岁小孩坐国际航班，必须给他另买一个座位吗？")
G("insurance", "If my son drives my car and hits a fence, whose insurance pays?",
  "dir|If I drive my son's car and hit a fence, whose insurance pays?",
  "pers|If my neighbor drives my car and hits a fence, whose insurance pays?",
  "qual|If my son drives my car without permission and hits a fence, whose insurance pays?",
  "qw|If my son drives my car and hits a fence, how much will my premium go up?",
  "voc|If a fence is hit by my son while he drives my car, whose insurance pays?",
  "syn|My son crashed my car into a fence — which insurance covers it?")
G("insurance", "年金险是交满十年以后每年领，还是每月领？",
  "num|年金险是交满二十年以后每年领，还是每月领？",
  "qw|年金险交满十年以后每年能领多少钱？",
  "time|年金险是交满十年以前每年领，还是每月领？",
  "qual|分红型年金险是交满十年以后每年领，还是每月领？",
  "wo|年金险是交满十年以后每月领，还是每年领？",
  "par|年金险交满十年后，是每年领还是每月领啊？")
G("insurance", "我老公是投保人，我是被保险人，退保的钱退给谁？",
  "dir|我是投保人，我老公是被保险人，退保的钱退给谁？",
  "qw|我老公是投保人，我是被保险人，退保能退多少钱？",
  "ant|我老公是投保人，我是被保险人，理赔的钱赔给谁？",
  "mod|我老公是投保人，我是被保险人，我可以自己退保吗？",
  "wo|我是被保险人，我老公是投保人，退保的钱退给谁？",
  "par|投保人是我老公，被保险人是我，那退保的钱给谁呢？")
G("telecom", "If I downgrade my fiber plan from 1 Gbps to 300 Mbps mid-cycle, is the bill prorated?",
  "ant|If I upgrade my fiber plan from 300 Mbps to 1 Gbps mid-cycle, is the bill prorated?",
  "num|If I downgrade my fiber plan from 1 Gbps to 30 Mbps mid-cycle, is the bill prorated?",
  "time|If I downgrade my fiber plan from 1 Gbps to 300 Mbps at the end of the cycle, is the bill prorated?",
  "qw|If I downgrade my fiber plan from 1 Gbps to 300 Mbps mid-cycle, how long until the speed changes?",
  "syn|Will my bill be prorated if I drop my fiber plan from 1 Gbps to 300 Mbps in the middle of the billing cycle?",
  "wo|Is the bill prorated if I downgrade my fiber plan from 1 Gbps to 300 Mbps mid-cycle?")
G("telecom", "5G套餐的流量每个月用不完，会结转到下个月吗？",
  "time|5G套餐的流量上个月没用完，这个月还能用吗？",
  "qual|5G套餐的定向流量每个月用不完，会结转到下个月吗？",
  "quant|5G套餐的所有流量每个月用不完，都会结转到下个月吗？",
  "qw|5G套餐的流量每个月用不完，能结转多少？",
  "par|5G套餐每月流量没用完，会不会转到下个月？",
  "syn|5G套餐当月剩余的流量可以顺延到次月吗？")
G("hr", "If I quit two weeks before my bonus payout date, do I still get the bonus?",
  "time|If I quit two weeks after my bonus payout date, do I still get the bonus?",
  "dir|If I'm fired two weeks before my bonus payout date, do I still get the bonus?",
  "num|If I quit two months before my bonus payout date, do I still get the bonus?",
  "qw|If I quit two weeks before my bonus payout date, how much of the bonus do I get?",
  "syn|Will I still receive my bonus if I resign two weeks before it's paid out?",
  "wo|Do I still get the bonus if I quit two weeks before my bonus payout date?")
G("hr", "公司调岗降薪，我不同意可以拒绝吗？",
  "ant|公司调岗加薪，我不同意可以拒绝吗？",
  "qual|公司调岗不降薪，我不同意可以拒绝吗？",
  "mod|公司调岗降薪，我不同意必须接受吗？",
  "qw|公司调岗降薪，我不同意能要多少补偿？",
  "par|公司给我调岗降薪，我不同意，能不能拒绝？",
  "voc|我被公司调岗降薪，不同意的话能拒绝吗？")
G("hr", "Does my employer have to match my 401(k) contributions every pay period or once a year?",
  "mod|Can my employer match my 401(k) contributions once a year instead of every pay period?",
  "dir|Do I have to match my employer's 401(k) contributions every pay period or once a year?",
  "qw|How much does my employer have to match of my 401(k) contributions?",
  "qual|Does my employer have to match my catch-up 401(k) contributions every pay period or once a year?",
  "wo|Does my employer have to match my 401(k) contributions once a year or every pay period?",
  "syn|Is my employer's 401(k) match required each paycheck or annually?")
G("cooking", "Can I use 1 tsp of instant yeast instead of 1 packet of active dry yeast?",
  "num|Can I use 1 tbsp of instant yeast instead of 1 packet of active dry yeast?",
  "swap|Can I use 1 packet of active dry yeast instead of 1 tsp of instant yeast?",
  "qual|Can I use 1 tsp of expired instant yeast instead of 1 packet of active dry yeast?",
  "qw|How long should 1 tsp of instant yeast rise instead of 1 packet of active dry yeast?",
  "syn|Will 1 teaspoon of instant yeast work in place of a packet of active dry yeast?",
  "pol|Could you tell me if I can use 1 tsp of instant yeast instead of 1 packet of active dry yeast?")
G("cooking", "腌排骨放生抽和老抽，哪个放得多？",
  "ant|腌排骨放生抽和老抽，哪个放得少？",
  "qual|腌糖醋排骨放生抽和老抽，哪个放得多？",
  "qw|腌排骨放生抽和老抽，要腌多久？",
  "ant|炖排骨放生抽和老抽，哪个放得多？",
  "wo|腌排骨放老抽和生抽，哪个放得多？",
  "par|腌排骨的时候，生抽跟老抽哪个放得多些呢？")
G("cooking", "烤箱180度烤戚风蛋糕，上下火还是只开下火？",
  "num|烤箱150度烤戚风蛋糕，上下火还是只开下火？",
  "neg|烤箱180度烤戚风蛋糕，可以不开下火吗？",
  "qw|烤箱180度烤戚风蛋糕要多久？",
  "qual|烤箱180度烤六寸戚风蛋糕，上下火还是只开下火？",
  "wo|烤箱180度烤戚风蛋糕，只开下火还是上下火？",
  "par|戚风蛋糕用烤箱180度烤，开上下火还是只开下火呢？")
G("legal", "My neighbor's tree fell on my garage — can I make him pay?",
  "dir|My tree fell on my neighbor's garage — can he make me pay?",
  "qual|My neighbor's dead tree fell on my garage — can I make him pay?",
  "mod|My neighbor's tree fell on my garage — must I pay for its removal?",
  "qw|My neighbor's tree fell on my garage — how long do I have to file a claim?",
  "voc|My garage was hit by my neighbor's falling tree — can I make him pay?",
  "syn|Can I force my neighbor to pay after his tree landed on my garage?")
G("legal", "租客把房子转租给别人，房东可以解约吗？",
  "dir|房东把房子转卖给别人，租客可以解约吗？",
  "qual|租客没经过同意把房子转租给别人，房东可以解约吗？",
  "mod|租客把房子转租给别人，房东必须解约吗？",
  "qw|租客把房子转租给别人，房东可以要多少违约金？",
  "par|租客把房子转租出去了，房东能不能解约？",
  "voc|房子被租客转租给别人，房东能解除合同吗？")
G("legal", "我替朋友做了贷款担保，他不还钱我要还吗？",
  "dir|朋友替我做了贷款担保，我不还钱他要还吗？",
  "qual|我替朋友做了一般保证担保，他不还钱我要还吗？",
  "num|我替朋友做了五十万贷款担保，他只还一半我要还吗？",
  "time|我替朋友做了贷款担保，他还完钱以后我还有责任吗？",
  "par|我给朋友的贷款做了担保，他不还的话，我得还吗？",
  "syn|朋友贷款是我担保的，他还不上，我要替他还吗？")
G("math", "If a 3-digit PIN can repeat digits, how many are there?",
  "neg|If a 3-digit PIN cannot repeat digits, how many are there?",
  "num|If a 4-digit PIN can repeat digits, how many are there?",
  "qual|If a 3-digit PIN can repeat digits but can't start with 0, how many are there?",
  "qw|If a 3-digit PIN can repeat digits, what are the odds of guessing it?",
  "syn|How many 3-digit PINs exist when repeated digits are allowed?",
  "wo|How many 3-digit PINs are there if they can repeat digits?")
G("math", "甲单独做要6天，乙单独做要3天，两人合做几天完成？",
  "num|甲单独做要6天，乙单独做要30天，两人合做几天完成？",
  "qw|甲单独做要6天，乙单独做要3天，两人合做一天完成几分之几？",
  "num|甲单独做要6小时，乙单独做要3小时，两人合做几小时完成？",
  "qual|甲单独做要6天，乙单独做要3天，两人合做2天后甲离开，还要几天完成？",
  "wo|乙单独做要3天，甲单独做要6天，两人合做几天完成？",
  "par|甲一个人做要6天，乙一个人做要3天，两个人一起做几天能完？")
G("math", "Is the median of 2, 9, 4, 11 larger than the mean?",
  "ant|Is the median of 2, 9, 4, 11 smaller than the mean?",
  "num|Is the median of 2, 9, 4, 21 larger than the mean?",
  "code|Is the mode of 2, 9, 4, 11 larger than the mean?",
  "qw|How much larger is the median of 2, 9, 4, 11 than the mean?",
  "wo|Is the mean of 2, 9, 4, 11 smaller than the median?",
  "syn|For 2, 9, 4, 11, does the median exceed the mean?")
G("everyday", "Do I have to pay my kid's babysitter more on Sundays than on Saturdays?",
  "dir|Do I have to pay my kid's babysitter more on Saturdays than on Sundays?",
  "mod|Should I pay my kid's babysitter more on Sundays than on Saturdays?",
  "pers|Do I have to pay my neighbor's babysitter more on Sundays than on Saturdays?",
  "qw|How much more do I have to pay my kid's babysitter on Sundays than on Saturdays?",
  "wo|Do I have to pay my kid's babysitter less on Saturdays than on Sundays?",
  "syn|Am I required to pay the babysitter a higher rate on Sundays than on Saturdays?")
G("everyday", "我借给邻居的电钻被他弄坏了，该谁修？",
  "dir|我向邻居借的电钻被我弄坏了，该谁修？",
  "pers|我借给同事的电钻被他弄坏了，该谁修？",
  "qw|我借给邻居的电钻被他弄坏了，修要多少钱？",
  "mod|我借给邻居的电钻被他弄坏了，我可以让他赔吗？",
  "voc|邻居把我借给他的电钻弄坏了，该谁修？",
  "par|我借给邻居的电钻他弄坏了，应该谁来修呢？")
G("everyday", "小区快递柜超过24小时取件要收费吗？",
  "num|小区快递柜超过12小时取件要收费吗？",
  "ant|小区快递柜超过24小时寄件要收费吗？",
  "qw|小区快递柜超过24小时取件收多少钱？",
  "neg|小区快递柜24小时以内取件要收费吗？",
  "par|小区快递柜放超过24小时再取，要不要收费？",
  "syn|快递在小区快递柜放了一天以上才取，会收费吗？")
G("telecom", "我的手机套餐可以给我妈的号码共享流量吗？",
  "dir|我妈的手机套餐可以给我的号码共享流量吗？",
  "pers|我的手机套餐可以给我同事的号码共享流量吗？",
  "qual|我的手机套餐可以给我妈的异地号码共享流量吗？",
  "qw|我的手机套餐给我妈的号码共享流量每月多少钱？",
  "par|我的套餐能不能给我妈的号码共享流量？",
  "syn|我妈的手机号能共用我套餐里的流量吗？")

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
        group = f"x22-{index:03d}"
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
                # only word order -- or a changed or swapped operator symbol (==/===, a[1:]/a[:1], x**2/2**x),
                # which the normalisation drops -- may leave the normalised text unchanged
                assert code in ("wo", "code", "dir", "swap"), (group, b)
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
    path = os.path.join(here, "..", "extra-22.jsonl")
    if len(sys.argv) > 1:
        path = sys.argv[1]
    data = rows()
    with open(path, "w", encoding="utf-8") as out:
        for row in data:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{path}: {len(data)} pairs in {len(GROUPS)} groups")


if __name__ == "__main__":
    main()
