#!/usr/bin/env python3
"""Writes Benchmarks/data/cache-pairs/extra-18.jsonl from the literal data below.

    python3 Benchmarks/data/cache-pairs/tools/extra_18_data.py

Labelled pairs for the semantic cache, weighted toward near-misses that share almost every word (roles swapped,
operators, question words, possessive chains, passive roles, qualifiers) and toward true pairs of the same surface
shapes (reorderings that keep roles, symmetric relations, synonyms, politeness, typos/case, Chinese particles,
passive rewrites that keep roles, number words).

Each group is one anchor question `a` and its variants `b`, written as "code|text"; the code names the class and
the class fixes the label (true: one complete, correct answer to `a` fully serves `b`). Group ids run x18-001 ...
in writing order. The split of each group comes from its id alone (the rule of split.py: even first byte of
SHA-256 of the id is dev, odd is test). The output is deterministic.
"""
import hashlib
import json
import os
import re
import sys

TRUE_CODES = {
    "wo": "reorder",        # the same content reordered, roles kept
    "sym": "symmetric",     # a symmetric relation with its sides swapped
    "syn": "synonym",       # a word swapped for a synonym
    "pol": "politeness",    # please / can you tell me / 请问 / 麻烦问一下
    "typ": "typo-case",     # a typo, casing or spacing change
    "par": "particles",     # Chinese particles 呢/吗/啊/呀
    "voc": "passive",       # passive <-> active (被/把) with the same roles
    "nw": "number-words",   # 3 / three, 三 / 3
}
FALSE_CODES = {
    "dir": "direction",             # roles or direction swapped: to/from, than, before/after, 从…到, 把X换成Y, 比, 给
    "op": "operator",               # + / -, < / >, == / !=, x / ÷, 大于 / 小于, 加 / 减, sign of a number
    "qw": "question-word",          # how / why / when / where / which / how many, 怎么 / 为什么 / 多少 / 多久
    "pos": "possessive-relation",   # my friend's sister / my sister's friend
    "pas": "passive-role",          # X was reported by Y / Y was reported by X, 被/把 with roles swapped
    "qual": "qualifier",            # a restricting word or phrase added or dropped
    "num": "number",                # another amount, date, size, count
    "neg": "negation",              # not / 不 / 没 added or dropped
    "tns": "tense",                 # did / will / has, 已经 / 以前 / 会
    "mod": "modality",              # can / must / should, 能 / 必须 / 应该
    "ent": "entity",                # another product, city, person role
    "act": "action",                # another action on the same object
    "obj": "object",                # the same action on another object
}
DOMAINS = {
    "shopping", "banking", "health", "programming", "school", "travel", "customer-service", "math", "cooking",
    "legal-hr", "telecom", "sports", "real-estate", "insurance", "gaming",
}
CJK = re.compile(r"[\u4e00-\u9fff]")

GROUPS = []


def G(domain, a, *variants):
    GROUPS.append((domain, a, variants))


# ---------------------------------------------------------------- shopping (en)
G("shopping", "Can I exchange a blender I bought online for a toaster in the store?",
  "wo|In the store, can I exchange a blender I bought online for a toaster?",
  "pol|Could you tell me if I can exchange a blender I bought online for a toaster in the store?",
  "dir|Can I exchange a toaster I bought online for a blender in the store?",
  "qual|Can I exchange a blender I bought online for a toaster in the store without a receipt?",
  "act|Can I return a blender I bought online for a refund in the store?")
G("shopping", "Is the 65-inch TV cheaper than the 55-inch TV during the Black Friday sale?",
  "typ|is the 65 inch tv cheaper than the 55 inch tv during the black friday sale?",
  "wo|During the Black Friday sale, is the 65-inch TV cheaper than the 55-inch TV?",
  "dir|Is the 55-inch TV cheaper than the 65-inch TV during the Black Friday sale?",
  "tns|Was the 65-inch TV cheaper than the 55-inch TV during last year's Black Friday sale?",
  "qw|How much cheaper is the 65-inch TV than the 55-inch TV during the Black Friday sale?")
G("shopping", "How many days do I have to return shoes bought on sale?",
  "syn|How many days do I have to send back shoes bought on sale?",
  "pol|Please, how many days do I have to return shoes bought on sale?",
  "qual|How many days do I have to return worn shoes bought on sale?",
  "qw|Why can't I return shoes bought on sale?",
  "neg|How many days do I have to return shoes not bought on sale?")
G("shopping", "Does the store price-match Amazon for items bought in person?",
  "wo|For items bought in person, does the store price-match Amazon?",
  "typ|Does the store price match amazon for items bought in person?",
  "ent|Does the store price-match Walmart for items bought in person?",
  "qual|Does the store price-match Amazon for items bought in person after the sale ends?",
  "tns|Did the store price-match Amazon for items bought in person last year?")
G("shopping", "Can I use two coupons on one order in the app?",
  "nw|Can I use 2 coupons on one order in the app?",
  "syn|Am I able to use two coupons on a single order in the app?",
  "num|Can I use three coupons on one order in the app?",
  "dir|Can I use one coupon on two orders in the app?",
  "neg|Why can't I use two coupons on one order in the app?")
G("shopping", "Is shipping free for orders over $50?",
  "wo|For orders over $50, is shipping free?",
  "pol|Hi, can you tell me if shipping is free for orders over $50?",
  "op|Is shipping free for orders under $50?",
  "num|Is shipping free for orders over $35?",
  "qual|Is shipping free for orders over $50 to Alaska?")
G("shopping", "Can I transfer my gift card balance to my husband's account?",
  "syn|Can I move my gift card balance to my husband's account?",
  "pol|Is it possible to transfer my gift card balance to my husband's account, please?",
  "pos|Can I transfer my husband's gift card balance to my account?",
  "act|Can I cash out my gift card balance?")
G("shopping", "Which is lighter, the Dell XPS 13 or the MacBook Air?",
  "sym|Which is lighter, the MacBook Air or the Dell XPS 13?",
  "wo|Between the Dell XPS 13 and the MacBook Air, which is lighter?",
  "op|Which is heavier, the Dell XPS 13 or the MacBook Air?",
  "ent|Which is lighter, the Dell XPS 13 or the MacBook Pro?",
  "qw|How much does the Dell XPS 13 weigh compared to the MacBook Air?")

# ---------------------------------------------------------------- banking (en)
G("banking", "How much does it cost to wire money from my US account to a bank in Mexico?",
  "syn|What is the fee to wire money from my US account to a bank in Mexico?",
  "wo|To wire money to a bank in Mexico from my US account, how much does it cost?",
  "dir|How much does it cost to wire money from a bank in Mexico to my US account?",
  "qw|How long does it take to wire money from my US account to a bank in Mexico?",
  "ent|How much does it cost to wire money from my US account to a bank in Canada?")
G("banking", "How many Japanese yen do I get for 100 British pounds?",
  "nw|How many Japanese yen do I get for one hundred British pounds?",
  "pol|Can you tell me how many Japanese yen I get for 100 British pounds?",
  "dir|How many British pounds do I get for 100 Japanese yen?",
  "num|How many Japanese yen do I get for 1,000 British pounds?",
  "ent|How many Chinese yuan do I get for 100 British pounds?")
G("banking", "Does my credit score go down when I close an old credit card?",
  "syn|Does my credit score drop when I close an old credit card?",
  "typ|does my credit score go down when i close an old credit card",
  "op|Does my credit score go up when I close an old credit card?",
  "act|Does my credit score go down when I open a new credit card?",
  "qw|How much does my credit score go down when I close an old credit card?")
G("banking", "Can my employer deposit my paycheck into my wife's account?",
  "voc|Can my paycheck be deposited into my wife's account by my employer?",
  "pol|Please tell me: can my employer deposit my paycheck into my wife's account?",
  "pos|Can my wife's employer deposit her paycheck into my account?",
  "act|Can my employer take money out of my wife's account?",
  "mod|Must my employer deposit my paycheck into my own account?")
G("banking", "Is a joint account owned equally by both spouses?",
  "voc|Do both spouses own a joint account equally?",
  "syn|Is a joint account owned in equal shares by both spouses?",
  "neg|Is a joint account not owned equally by both spouses?",
  "qual|Is a joint account owned equally by both spouses after one of them dies?",
  "qw|Why is a joint account owned equally by both spouses?")
G("banking", "What happens if I pay my Discover card bill one day after the due date?",
  "nw|What happens if I pay my Discover card bill 1 day after the due date?",
  "wo|If I pay my Discover card bill one day after the due date, what happens?",
  "op|What happens if I pay my Discover card bill one day before the due date?",
  "num|What happens if I pay my Discover card bill thirty days after the due date?",
  "obj|What happens if I pay my car loan one day after the due date?")
G("banking", "Is the mortgage rate higher than the car loan rate at my bank?",
  "wo|At my bank, is the mortgage rate higher than the car loan rate?",
  "wo|At my bank, is the car loan rate lower than the mortgage rate?",
  "dir|Is the car loan rate higher than the mortgage rate at my bank?",
  "tns|Will the mortgage rate be higher than the car loan rate at my bank next year?",
  "qw|Why is the mortgage rate higher than the car loan rate at my bank?")
G("banking", "Can I withdraw cash at an ATM abroad with my debit card?",
  "wo|With my debit card, can I withdraw cash at an ATM abroad?",
  "syn|Can I take out cash at an ATM abroad with my debit card?",
  "act|Can I deposit cash at an ATM abroad with my debit card?",
  "obj|Can I withdraw cash at an ATM abroad with my credit card?",
  "qw|How much can I withdraw at an ATM abroad with my debit card?")
G("banking", "Was my account frozen by the bank or by the tax office?",
  "voc|Did the bank or the tax office freeze my account?",
  "wo|Was my account frozen by the tax office or by the bank?",
  "act|Was my account closed by the bank or by the tax office?",
  "qw|Why was my account frozen by the bank?",
  "tns|Will my account be frozen by the bank or by the tax office?")

# ---------------------------------------------------------------- health (en)
G("health", "Should I take ibuprofen before or after eating?",
  "wo|Should I take ibuprofen after or before eating?",
  "pol|Could you please tell me whether I should take ibuprofen before or after eating?",
  "ent|Should I take metformin before or after eating?",
  "qw|Why should I take ibuprofen after eating?",
  "num|Should I take 800 mg of ibuprofen before or after eating?")
G("health", "Can I donate blood to my brother if he has type A and I have type O?",
  "wo|If he has type A and I have type O, can I donate blood to my brother?",
  "syn|Can I give blood to my brother if he has type A and I have type O?",
  "dir|Can my brother donate blood to me if he has type A and I have type O?",
  "ent|Can I donate blood to my brother if he has type A and I have type B?",
  "neg|Why can't I donate blood to my brother if he has type A and I have type O?")
G("health", "Is a resting heart rate above 100 too high for an adult?",
  "typ|Is a resting heart-rate above 100 too high for an adult?",
  "syn|Is a resting pulse above 100 too high for an adult?",
  "op|Is a resting heart rate below 100 too high for an adult?",
  "num|Is a resting heart rate above 60 too high for an adult?",
  "ent|Is a resting heart rate above 100 too high for a newborn?")
G("health", "Can my sister's doctor share her test results with me?",
  "voc|Can my sister's test results be shared with me by her doctor?",
  "pol|Hello, can my sister's doctor share her test results with me?",
  "pos|Can my doctor's sister share my test results with her?",
  "mod|Must my sister's doctor share her test results with me?")
G("health", "How long after a tetanus shot can I go swimming?",
  "wo|After a tetanus shot, how long until I can go swimming?",
  "syn|How long after a tetanus injection can I go swimming?",
  "qw|Why can't I go swimming after a tetanus shot?",
  "ent|How long after a tattoo can I go swimming?",
  "op|How long before a tetanus shot should I stop swimming?")
G("health", "Is it safe to take melatonin with alcohol?",
  "sym|Is it safe to drink alcohol with melatonin?",
  "pol|Please tell me, is it safe to take melatonin with alcohol?",
  "ent|Is it safe to take melatonin with caffeine?",
  "qual|Is it safe to take melatonin with alcohol during pregnancy?",
  "neg|Why is it not safe to take melatonin with alcohol?")
G("health", "Does the flu shot protect against RSV?",
  "typ|does the flu shot protect against rsv?",
  "syn|Does the flu vaccine protect against RSV?",
  "dir|Does the RSV shot protect against the flu?",
  "qw|Which vaccine protects against RSV?",
  "qw|How long does the flu shot protect against the flu?")
G("health", "Was the nurse bitten by the patient's dog?",
  "voc|Did the patient's dog bite the nurse?",
  "wo|Did the dog of the patient bite the nurse?",
  "pas|Was the patient bitten by the nurse's dog?",
  "pos|Was the nurse's dog bitten by the patient?",
  "qw|Where was the nurse bitten by the patient's dog?")

# ---------------------------------------------------------------- programming (en)
G("programming", "How do I convert a list of tuples to a set in Python?",
  "syn|How do I turn a list of tuples into a set in Python?",
  "typ|how do i convert a list of tuples to a set in python",
  "dir|How do I convert a set to a list of tuples in Python?",
  "ent|How do I convert a list of tuples to a set in JavaScript?",
  "qw|Why would I convert a list of tuples to a set in Python?")
G("programming", "In Python, what does 17 // 5 return?",
  "wo|What does 17 // 5 return in Python?",
  "pol|Can you tell me what 17 // 5 returns in Python?",
  "op|In Python, what does 17 % 5 return?",
  "dir|In Python, what does 5 // 17 return?",
  "op|In Python, what does -17 // 5 return?")
G("programming", "In JavaScript, is 0 == '' true?",
  "sym|In JavaScript, is '' == 0 true?",
  "typ|in javascript, is 0 == '' true?",
  "op|In JavaScript, is 0 === '' true?",
  "op|In JavaScript, is 0 != '' true?",
  "ent|In JavaScript, is 0 == null true?")
G("programming", "How do I merge the hotfix branch into main in git?",
  "wo|In git, how do I merge the hotfix branch into main?",
  "syn|How do I merge my hotfix branch into the main branch with git?",
  "dir|How do I merge main into the hotfix branch in git?",
  "act|How do I rebase the hotfix branch onto main in git?",
  "act|How do I delete the hotfix branch after merging it into main in git?")
G("programming", "Does a Python list comprehension run faster than a for loop?",
  "wo|Is a for loop slower than a Python list comprehension?",
  "syn|Is a Python list comprehension quicker than a for loop?",
  "dir|Does a for loop run faster than a Python list comprehension?",
  "qw|Why does a Python list comprehension run faster than a for loop?",
  "qw|How much faster does a Python list comprehension run than a for loop?")
G("programming", "How do I copy a log file from my local machine to a remote server with scp?",
  "wo|With scp, how do I copy a log file from my local machine to a remote server?",
  "pol|Could you show me how to copy a log file from my local machine to a remote server with scp?",
  "dir|How do I copy a log file from a remote server to my local machine with scp?",
  "obj|How do I copy a folder from my local machine to a remote server with scp?",
  "ent|How do I copy a log file from my local machine to a remote server with rsync?")
G("programming", "What is the difference between a Linux process and a thread?",
  "sym|What is the difference between a thread and a Linux process?",
  "pol|Please explain the difference between a Linux process and a thread.",
  "ent|What is the difference between a Linux process and a program?",
  "qw|When should I use a thread instead of a Linux process?",
  "act|How do I create a thread inside a Linux process?")
G("programming", "In SQL, does LEFT JOIN return rows from the left table that have no match?",
  "typ|In sql, does left join return rows from the left table that have no match?",
  "syn|In SQL, does LEFT JOIN return rows from the left table without a match?",
  "op|In SQL, does RIGHT JOIN return rows from the left table that have no match?",
  "dir|In SQL, does LEFT JOIN return rows from the right table that have no match?",
  "neg|In SQL, why does LEFT JOIN not return rows from the left table that have no match?")
G("programming", "Is Python 3.11 compatible with Django 5.0?",
  "sym|Is Django 5.0 compatible with Python 3.11?",
  "wo|Do Django 5.0 and Python 3.11 work together?",
  "num|Is Python 3.11 compatible with Django 2.2?",
  "ent|Is Python 3.11 compatible with Flask 2.0?",
  "qw|How do I upgrade Python 3.11 for Django 5.0?")
G("programming", "In Python, what is 2 ** 10?",
  "wo|What is 2 ** 10 in Python?",
  "syn|In Python, what does 2 ** 10 evaluate to?",
  "dir|In Python, what is 10 ** 2?",
  "op|In Python, what is 2 * 10?",
  "op|In Python, what is 2 ^ 10?")
G("programming", "Why does my React component with useEffect render twice?",
  "typ|why does my react component with useeffect render twice",
  "nw|Why does my React component with useEffect render 2 times?",
  "qw|When does my React component with useEffect render twice?",
  "neg|Why does my React component with useEffect not render?",
  "qual|Why does my React component with useEffect render twice only in production?")
G("programming", "Should I call super().__init__() before or after setting attributes in a subclass?",
  "wo|In a subclass, should I call super().__init__() before or after setting attributes?",
  "wo|Should I call super().__init__() after or before setting attributes in a subclass?",
  "qw|Why should I call super().__init__() before setting attributes in a subclass?",
  "mod|Must I call super().__init__() in a subclass?",
  "ent|Should I call super().__init__() before or after setting attributes in a dataclass?")

# ---------------------------------------------------------------- school (en)
G("school", "Can I transfer credits from a community college to a private university?",
  "wo|From a community college, can I transfer credits to a private university?",
  "syn|Can I move credits from a community college to a private university?",
  "dir|Can I transfer credits from a private university to a community college?",
  "qual|Can I transfer credits from a community college to a private university as an international student?",
  "qw|How many credits can I transfer from a community college to a private university?")
G("school", "Is Calculus I a prerequisite for Physics 101?",
  "wo|Do I need Calculus I before I take Physics 101?",
  "typ|is calculus I a prerequisite for physics 101?",
  "dir|Is Physics 101 a prerequisite for Calculus I?",
  "ent|Is Calculus II a prerequisite for Physics 101?",
  "qw|Why is Calculus I a prerequisite for Physics 101?")
G("school", "When is the deadline to drop a lab course without a W on my transcript?",
  "wo|Without a W on my transcript, when is the deadline to drop a lab course?",
  "pol|Could you tell me when the deadline is to drop a lab course without a W on my transcript?",
  "qual|When is the deadline to drop a lab course?",
  "neg|When is the deadline to drop a lab course with a W on my transcript?",
  "act|When is the deadline to add a lab course without a W on my transcript?")
G("school", "Can my teacher's assistant grade my final exam?",
  "voc|Can my final exam be graded by my teacher's assistant?",
  "pol|Hi, can my teacher's assistant grade my final exam?",
  "pos|Can my assistant's teacher grade my final exam?",
  "dir|Can I grade my teacher's assistant's final exam?",
  "obj|Can my teacher's assistant grade my midterm?")
G("school", "Do I need a 3.0 GPA to keep my scholarship?",
  "nw|Do I need a three-point-oh GPA to keep my scholarship?",
  "syn|Is a 3.0 GPA required to keep my scholarship?",
  "num|Do I need a 3.5 GPA to keep my scholarship?",
  "act|Do I need a 3.0 GPA to apply for my scholarship?",
  "qual|Do I need a 3.0 GPA to keep my scholarship as a part-time student?")
G("school", "How many hours per week can international students work on campus?",
  "wo|On campus, how many hours per week can international students work?",
  "syn|How many hours a week can international students work on campus?",
  "qual|How many hours per week can international students work on campus during summer break?",
  "ent|How many hours per week can international students work off campus?",
  "mod|How many hours per week must international students work on campus?")
G("school", "Was the student suspended by the principal or by the school board?",
  "wo|Was the student suspended by the school board or by the principal?",
  "voc|Did the principal or the school board suspend the student?",
  "act|Was the student expelled by the principal or by the school board?",
  "mod|Can the student be suspended by the principal or by the school board?",
  "qw|Why was the student suspended by the principal?")

# ---------------------------------------------------------------- travel (en)
G("travel", "How long is the train from Milan to Venice?",
  "sym|How long is the train from Venice to Milan?",
  "syn|How long does the train from Milan to Venice take?",
  "qw|How much is the train from Milan to Venice?",
  "ent|How long is the bus from Milan to Venice?",
  "qw|When is the last train from Milan to Venice?")
G("travel", "What is the last train from Milan to Venice tonight?",
  "wo|Tonight, what is the last train from Milan to Venice?",
  "typ|what's the last train from milan to venice tonight?",
  "dir|What is the last train from Venice to Milan tonight?",
  "op|What is the first train from Milan to Venice tomorrow?",
  "tns|What was the last train from Milan to Venice last night?")
G("travel", "Do US citizens need a visa to visit Brazil?",
  "syn|Do US citizens need a visa to travel to Brazil?",
  "pol|Could you tell me whether US citizens need a visa to visit Brazil?",
  "dir|Do Brazilian citizens need a visa to visit the US?",
  "qual|Do US citizens need a visa to work in Brazil?",
  "qw|How long can US citizens stay in Brazil without a visa?")
G("travel", "Can I bring a power bank over 100Wh in my carry-on?",
  "wo|In my carry-on, can I bring a power bank over 100Wh?",
  "typ|can i bring a powerbank over 100wh in my carry on?",
  "op|Can I bring a power bank under 100Wh in my carry-on?",
  "obj|Can I bring a power bank over 100Wh in my checked bag?",
  "num|Can I bring a power bank over 160Wh in my carry-on?")
G("travel", "If I fly from Tokyo to Los Angeles, do I arrive before I leave?",
  "wo|Do I arrive before I leave if I fly from Tokyo to Los Angeles?",
  "syn|If I fly from Tokyo to Los Angeles, do I land before I depart?",
  "dir|If I fly from Los Angeles to Tokyo, do I arrive before I leave?",
  "qw|If I fly from Tokyo to Los Angeles, why do I arrive before I leave?",
  "ent|If I fly from Tokyo to Sydney, do I arrive before I leave?")
G("travel", "Can I change my flight from Friday to Sunday without a fee?",
  "wo|Without a fee, can I change my flight from Friday to Sunday?",
  "pol|Excuse me, can I change my flight from Friday to Sunday without a fee?",
  "qual|Can I change my flight from Friday to Sunday?",
  "act|Can I cancel my flight on Friday without a fee?",
  "tns|Could I have changed my flight from Friday to Sunday without a fee?")
G("travel", "Is Lisbon warmer than Barcelona in February?",
  "wo|In February, is Lisbon warmer than Barcelona?",
  "wo|In February, is Barcelona colder than Lisbon?",
  "dir|Is Barcelona warmer than Lisbon in February?",
  "ent|Is Lisbon warmer than Barcelona in August?",
  "qw|How much warmer is Lisbon than Barcelona in February?")

# ---------------------------------------------------------------- customer service (en)
G("customer-service", "Can I get a refund if the package arrived damaged?",
  "wo|If the package arrived damaged, can I get a refund?",
  "syn|Can I get my money back if the package arrived damaged?",
  "neg|Can I get a refund if the package did not arrive damaged?",
  "qual|Can I get a refund if the package arrived damaged after 60 days?",
  "qw|How long does a refund take if the package arrived damaged?")
G("customer-service", "Was I charged twice by the merchant or by my bank?",
  "wo|Was I charged twice by my bank or by the merchant?",
  "voc|Did the merchant or my bank charge me twice?",
  "num|Was I charged three times by the merchant or by my bank?",
  "qw|Why was I charged twice by the merchant?",
  "act|Was I refunded twice by the merchant or by my bank?")
G("customer-service", "How do I change the email address on my Etsy account?",
  "pol|Please, how do I change the email address on my Etsy account?",
  "typ|How do I change the e-mail address on my Etsy account?",
  "obj|How do I change the phone number on my Etsy account?",
  "act|How do I verify the email address on my Etsy account?",
  "qw|Why can't I change the email address on my Etsy account?")
G("customer-service", "Can I transfer my subscription to my son's account?",
  "syn|Can I move my subscription to my son's account?",
  "pol|Could you tell me if I can transfer my subscription to my son's account?",
  "pos|Can I transfer my son's subscription to my account?",
  "act|Can I share my subscription with my son's account?")
G("customer-service", "Who should I contact if the courier left my parcel with a neighbor?",
  "voc|Who should I contact if my parcel was left with a neighbor by the courier?",
  "pol|Hello, who should I contact if the courier left my parcel with a neighbor?",
  "qw|Why did the courier leave my parcel with a neighbor?",
  "dir|Who should I contact if the neighbor left my parcel with the courier?",
  "neg|Who should I contact if the courier did not leave my parcel?")
G("customer-service", "Can I speak to a human agent instead of the chatbot on your website?",
  "typ|can i speak to a human agent instead of the chat bot on your website",
  "syn|Can I talk to a human agent instead of the chatbot on your website?",
  "dir|Can I speak to the chatbot on your website instead of a human agent?",
  "qw|How do I speak to a human agent instead of the chatbot on your website?",
  "qual|Can I speak to a human agent instead of the chatbot on your website on weekends?")

# ---------------------------------------------------------------- math (en)
G("math", "What is 15 minus 8?",
  "nw|What is fifteen minus eight?",
  "syn|What is 15 subtract 8?",
  "dir|What is 8 minus 15?",
  "op|What is 15 plus 8?",
  "num|What is 15 minus 9?")
G("math", "Is 3/8 greater than 2/5?",
  "wo|Is 2/5 less than 3/8?",
  "typ|is 3/8 greater than 2/5",
  "dir|Is 2/5 greater than 3/8?",
  "op|Is 3/8 less than 2/5?",
  "num|Is 3/8 greater than 2/7?")
G("math", "What is 48 divided by 6?",
  "nw|What is forty-eight divided by six?",
  "wo|If you divide 48 by 6, what do you get?",
  "dir|What is 6 divided by 48?",
  "op|What is 48 times 6?",
  "op|What is 48 minus 6?")
G("math", "Solve x - 4 = 10.",
  "pol|Please solve x - 4 = 10.",
  "typ|Solve x-4=10.",
  "op|Solve x + 4 = 10.",
  "op|Solve x - 4 = -10.",
  "dir|Solve 4 - x = 10.")
G("math", "What is the product of 12 and 9?",
  "sym|What is the product of 9 and 12?",
  "syn|What is 12 multiplied by 9?",
  "op|What is the sum of 12 and 9?",
  "op|What is the quotient of 12 and 9?",
  "num|What is the product of 12 and 19?")
G("math", "What is 5 factorial?",
  "typ|What is 5!?",
  "nw|What is five factorial?",
  "num|What is 6 factorial?",
  "op|What is 5 squared?",
  "qw|Why is 0 factorial equal to 1?")
G("math", "Is -12 greater than -8?",
  "wo|Is -8 less than -12?",
  "wo|Of -12 and -8, is -12 the greater one?",
  "dir|Is -8 greater than -12?",
  "op|Is 12 greater than -8?",
  "op|Is -12 less than 8?")
G("math", "What is 20% of 150?",
  "nw|What is twenty percent of 150?",
  "syn|What is 20 percent of 150?",
  "op|What is 150 plus 20%?",
  "num|What is 25% of 150?",
  "qw|How do I calculate 20% of 150 in my head?")
G("math", "Is 161 a prime number?",
  "typ|is 161 a prime number",
  "nw|Is one hundred sixty-one a prime number?",
  "num|Is 163 a prime number?",
  "act|How do I check whether 161 is a prime number?",
  "qw|What are the prime factors of 161?")
G("math", "What is x if 3x ≤ 12 and x is a positive integer, and how many values are there?",
  "wo|If x is a positive integer and 3x ≤ 12, what is x and how many values are there?",
  "pol|Can you help: what is x if 3x ≤ 12 and x is a positive integer, and how many values are there?",
  "op|What is x if 3x < 12 and x is a positive integer, and how many values are there?",
  "op|What is x if 3x ≥ 12 and x is a positive integer, and how many values are there?",
  "qual|What is x if 3x ≤ 12 and x is an even positive integer, and how many values are there?")
G("math", "What is the average of 4, 8 and 15?",
  "wo|What is the average of 15, 8 and 4?",
  "syn|What is the mean of 4, 8 and 15?",
  "ent|What is the median of 4, 8 and 15?",
  "num|What is the average of 4, 8 and 16?",
  "qw|How many numbers are there between 4 and 15?")
G("math", "Does 2^3 equal 3^2?",
  "sym|Does 3^2 equal 2^3?",
  "wo|Is 2^3 equal to 3^2?",
  "op|Does 2^3 equal 2*4?",
  "neg|Why does 2^3 not equal 3^2?",
  "num|Does 2^4 equal 4^2?")

# ---------------------------------------------------------------- cooking (en)
G("cooking", "Can I substitute butter for coconut oil in brownies?",
  "syn|Can I replace coconut oil with butter in brownies?",
  "pol|Could you tell me if I can substitute butter for coconut oil in brownies?",
  "dir|Can I substitute coconut oil for butter in brownies?",
  "obj|Can I substitute butter for coconut oil in bread?",
  "qw|How much butter do I use instead of coconut oil in brownies?")
G("cooking", "How long should I rest a ribeye steak after grilling it?",
  "wo|After grilling a ribeye steak, how long should I rest it?",
  "syn|How long should I let a ribeye steak rest after grilling it?",
  "op|How long should I rest a ribeye steak before grilling it?",
  "qw|Why should I rest a ribeye steak after grilling it?",
  "obj|How long should I rest a whole duck after roasting it?")
G("cooking", "How many grams are in 2 cups of flour?",
  "nw|How many grams are in two cups of flour?",
  "typ|how many grams in 2 cups of flour?",
  "dir|How many cups are in 200 grams of flour?",
  "obj|How many grams are in 2 cups of sugar?",
  "num|How many grams are in 3 cups of flour?")
G("cooking", "Should I add the eggs to the sugar or the sugar to the eggs?",
  "wo|Should I add the sugar to the eggs or the eggs to the sugar?",
  "pol|Please advise: should I add the eggs to the sugar or the sugar to the eggs?",
  "obj|Should I add the eggs to the flour or the flour to the eggs?",
  "qw|When should I add the eggs to the sugar?",
  "qw|Why does it matter whether I add the eggs to the sugar?")
G("cooking", "Can I freeze cooked brown rice and reheat it later?",
  "syn|Is it OK to freeze cooked brown rice and reheat it later?",
  "typ|can I freeze cooked brown rice & reheat it later?",
  "neg|Why shouldn't I freeze cooked brown rice and reheat it later?",
  "obj|Can I freeze uncooked brown rice and cook it later?",
  "qw|How long can I keep cooked brown rice in the freezer?")
G("cooking", "Is it safe to eat chicken cooked to 150°F?",
  "syn|Is chicken cooked to 150°F safe to eat?",
  "pol|Hi, is it safe to eat chicken cooked to 150°F?",
  "num|Is it safe to eat chicken cooked to 165°F?",
  "ent|Is it safe to eat pork cooked to 150°F?",
  "qual|Is it safe for a pregnant woman to eat chicken cooked to 150°F?")

# ---------------------------------------------------------------- legal / HR (en)
G("legal-hr", "Can my employer reduce my salary without my consent?",
  "voc|Can my salary be reduced by my employer without my consent?",
  "pol|Can you tell me whether my employer can reduce my salary without my consent?",
  "qual|Can my employer reduce my salary?",
  "op|Can my employer increase my salary without my consent?",
  "act|Can my employer delay my salary without my consent?")
G("legal-hr", "Can a manager report an employee to HR for being late?",
  "voc|Can an employee be reported to HR by a manager for being late?",
  "wo|For being late, can a manager report an employee to HR?",
  "dir|Can an employee report a manager to HR for being late?",
  "pas|Can a manager be reported to HR by an employee for being late?",
  "qw|How often can a manager report an employee to HR for being late?")
G("legal-hr", "Was the contractor sued by the client or did the contractor sue the client?",
  "wo|Did the contractor sue the client, or was the contractor sued by the client?",
  "voc|Did the client sue the contractor or was the client sued by the contractor?",
  "qw|Why was the contractor sued by the client?",
  "qw|When was the contractor sued by the client?",
  "act|Was the contractor paid by the client or did the contractor pay the client?")
G("legal-hr", "How many days of notice must I give before I quit?",
  "wo|Before I quit, how many days of notice must I give?",
  "syn|How many days of notice must I give before I resign?",
  "dir|How many days of notice must my employer give before firing me?",
  "qual|How many days of notice must I give before I quit during probation?",
  "mod|How many days of notice should I give before I quit as a courtesy?")
G("legal-hr", "Is my landlord's lawyer allowed to contact me directly?",
  "syn|Is my landlord's attorney allowed to contact me directly?",
  "pol|Please tell me: is my landlord's lawyer allowed to contact me directly?",
  "pos|Is my lawyer's landlord allowed to contact me directly?",
  "dir|Am I allowed to contact my landlord's lawyer directly?",
  "neg|Why is my landlord's lawyer not allowed to contact me directly?")
G("legal-hr", "Do I get paid overtime for working more than 40 hours a week in Oregon?",
  "wo|For working more than 40 hours a week in Oregon, do I get paid overtime?",
  "nw|Do I get paid overtime for working more than forty hours a week in Oregon?",
  "op|Do I get paid overtime for working fewer than 40 hours a week in Oregon?",
  "qual|Do I get paid overtime for working more than 40 hours a week in Oregon as a salaried manager?",
  "qw|How much overtime do I get paid for working more than 40 hours a week in Oregon?")
G("legal-hr", "Can my boss's boss overrule my performance review?",
  "voc|Can my performance review be overruled by my boss's boss?",
  "typ|can my bosses boss overrule my performance review?",
  "pos|Can my boss's boss overrule my boss's performance review?",
  "ent|Can my boss's boss's boss overrule my performance review?",
  "obj|Can my boss's boss overrule my promotion decision?")

# ---------------------------------------------------------------- telecom (en)
G("telecom", "Can I port my number from AT&T to T-Mobile?",
  "syn|Can I transfer my number from AT&T to T-Mobile?",
  "wo|Can I port my number to T-Mobile from AT&T?",
  "dir|Can I port my number from T-Mobile to AT&T?",
  "qw|How long does it take to port my number from AT&T to T-Mobile?",
  "qual|Can I port my number from AT&T to T-Mobile if I still owe on my phone?")
G("telecom", "Does my plan charge for calls from the US to Canada?",
  "syn|Does my plan charge for calling Canada from the US?",
  "pol|Could you check whether my plan charges for calls from the US to Canada?",
  "dir|Does my plan charge for calls from Canada to the US?",
  "obj|Does my plan charge for texts from the US to Canada?",
  "qw|How much does my plan charge for calls from the US to Canada?")
G("telecom", "Why is my 5G speed slower than my 4G speed on my Pixel?",
  "typ|why is my 5g speed slower than my 4g speed on my pixel",
  "wo|Why is my 4G speed faster than my 5G speed on my Pixel?",
  "dir|Why is my 4G speed slower than my 5G speed on my Pixel?",
  "qw|How do I make my 5G speed faster than my 4G speed on my Pixel?",
  "ent|Why is my 5G speed slower than my Wi-Fi speed on my Pixel?")
G("telecom", "Can I add my daughter to my family plan?",
  "pol|Hi, can I add my daughter to my family plan?",
  "syn|Can I put my daughter on my family plan?",
  "act|Can I remove my daughter from my family plan?",
  "qw|How much does it cost to add my daughter to my family plan?")
G("telecom", "How many gigabytes of data do I have left this billing cycle?",
  "syn|How much data do I have left this billing cycle?",
  "typ|How many GB of data do I have left this billing cycle?",
  "tns|How many gigabytes of data did I use last billing cycle?",
  "act|How many gigabytes of data have I used this billing cycle?",
  "qw|When does my data reset this billing cycle?")

# ---------------------------------------------------------------- sports (en)
G("sports", "Did Argentina beat France in the 2022 World Cup final?",
  "voc|Was France beaten by Argentina in the 2022 World Cup final?",
  "wo|In the 2022 World Cup final, did Argentina beat France?",
  "dir|Did France beat Argentina in the 2022 World Cup final?",
  "pas|Was Argentina beaten by France in the 2022 World Cup final?",
  "qw|How did Argentina beat France in the 2022 World Cup final?")
G("sports", "How many points is a touchdown worth?",
  "syn|How many points does a touchdown count for?",
  "typ|how many pts is a touchdown worth",
  "ent|How many points is a field goal worth?",
  "qw|Why is a touchdown worth more than a field goal?",
  "qual|How many points is a touchdown worth in Canadian football?")
G("sports", "Is a marathon longer than 40 kilometers?",
  "wo|Is 40 kilometers shorter than a marathon?",
  "nw|Is a marathon longer than forty kilometers?",
  "op|Is a marathon shorter than 40 kilometers?",
  "num|Is a marathon longer than 45 kilometers?",
  "ent|Is a half marathon longer than 40 kilometers?")
G("sports", "Can a goalkeeper score a goal by throwing the ball into the other net?",
  "wo|By throwing the ball into the other net, can a goalkeeper score a goal?",
  "syn|Can a goalie score a goal by throwing the ball into the other net?",
  "act|Can a goalkeeper score a goal by kicking the ball into the other net?",
  "ent|Can a defender score a goal by throwing the ball into the other net?",
  "neg|Why can't a goalkeeper score a goal by kicking the ball into the other net?")
G("sports", "Who has more Grand Slam titles, Serena Williams or Steffi Graf?",
  "sym|Who has more Grand Slam titles, Steffi Graf or Serena Williams?",
  "pol|Can you tell me who has more Grand Slam titles, Serena Williams or Steffi Graf?",
  "op|Who has fewer Grand Slam titles, Serena Williams or Steffi Graf?",
  "ent|Who has more Grand Slam titles, Serena Williams or Venus Williams?",
  "qw|How many Grand Slam titles does Serena Williams have?")

# ---------------------------------------------------------------- real estate (en)
G("real-estate", "Does the buyer or the seller pay the closing costs?",
  "wo|Does the seller or the buyer pay the closing costs?",
  "voc|Are the closing costs paid by the buyer or the seller?",
  "obj|Does the buyer or the seller pay the agent's commission?",
  "qw|How much are the closing costs for the buyer?",
  "qual|Does the buyer or the seller pay the closing costs in Texas?")
G("real-estate", "Can my landlord raise the rent before the lease ends?",
  "voc|Can the rent be raised by my landlord before the lease ends?",
  "pol|Please, can my landlord raise the rent before the lease ends?",
  "op|Can my landlord raise the rent after the lease ends?",
  "act|Can my landlord lower the rent before the lease ends?",
  "qw|How much can my landlord raise the rent before the lease ends?")
G("real-estate", "Can a tenant sublet the apartment to a friend without telling the landlord?",
  "wo|Without telling the landlord, can a tenant sublet the apartment to a friend?",
  "syn|Can a renter sublet the apartment to a friend without telling the landlord?",
  "dir|Can a landlord sublet the apartment to a friend without telling the tenant?",
  "qual|Can a tenant sublet the apartment to a friend?",
  "act|Can a tenant sell the apartment to a friend without telling the landlord?")
G("real-estate", "Is it cheaper to rent than to buy a house in Austin?",
  "wo|In Austin, is it cheaper to rent than to buy a house?",
  "wo|Is buying a house in Austin more expensive than renting?",
  "dir|Is it cheaper to buy than to rent a house in Austin?",
  "ent|Is it cheaper to rent than to buy a house in Denver?",
  "tns|Was it cheaper to rent than to buy a house in Austin ten years ago?")
G("real-estate", "How much is the property tax on a $400,000 home in New Jersey?",
  "nw|How much is the property tax on a four hundred thousand dollar home in New Jersey?",
  "wo|In New Jersey, how much is the property tax on a $400,000 home?",
  "num|How much is the property tax on a $600,000 home in New Jersey?",
  "ent|How much is the property tax on a $400,000 home in New York?",
  "qw|When is the property tax on a $400,000 home in New Jersey due?")

# ---------------------------------------------------------------- insurance (en)
G("insurance", "Does my car insurance cover my friend if he drives my car?",
  "wo|If my friend drives my car, does my car insurance cover him?",
  "syn|Is my friend covered by my car insurance if he drives my car?",
  "dir|Does my car insurance cover me if I drive my friend's car?",
  "pos|Does my friend's car insurance cover me if I drive his car?",
  "neg|Why doesn't my car insurance cover my friend if he drives my car?")
G("insurance", "Is my deductible higher than my out-of-pocket maximum?",
  "wo|Is my out-of-pocket maximum lower than my deductible?",
  "typ|Is my deductible higher than my out of pocket max?",
  "dir|Is my out-of-pocket maximum higher than my deductible?",
  "qw|What is the difference between my deductible and my out-of-pocket maximum?",
  "act|Does my deductible count toward my out-of-pocket maximum?")
G("insurance", "What is the difference between term and whole life insurance?",
  "sym|What is the difference between whole and term life insurance?",
  "pol|Could you explain the difference between term and whole life insurance?",
  "qw|Which is cheaper, term or whole life insurance?",
  "ent|What is the difference between term and universal life insurance?",
  "act|Can I convert term life insurance to whole life insurance?")
G("insurance", "Can I switch from my employer's health plan to my husband's plan mid-year?",
  "syn|Can I change from my employer's health plan to my husband's plan mid-year?",
  "pol|Excuse me, can I switch from my employer's health plan to my husband's plan mid-year?",
  "dir|Can I switch from my husband's health plan to my employer's plan mid-year?",
  "pos|Can my husband switch from his employer's health plan to my plan mid-year?",
  "qual|Can I switch from my employer's health plan to my husband's plan mid-year after a marriage?")
G("insurance", "Was the other driver at fault or was I at fault when he hit me from behind?",
  "wo|When he hit me from behind, was I at fault or was the other driver at fault?",
  "voc|When I was hit from behind by him, was the other driver at fault or was I?",
  "dir|Was the other driver at fault or was I at fault when I hit him from behind?",
  "qw|How is fault decided when the other driver hit me from behind?",
  "act|Will my premium go up after the other driver hit me from behind?")

# ---------------------------------------------------------------- gaming (en)
G("gaming", "Can I transfer my Minecraft world from Java Edition to Bedrock Edition?",
  "syn|Can I move my Minecraft world from Java Edition to Bedrock Edition?",
  "wo|Can I transfer my Minecraft world to Bedrock Edition from Java Edition?",
  "dir|Can I transfer my Minecraft world from Bedrock Edition to Java Edition?",
  "obj|Can I transfer my Minecraft skins from Java Edition to Bedrock Edition?",
  "qw|Why can't I transfer my Minecraft world from Java Edition to Bedrock Edition?")
G("gaming", "Can PS5 players play Call of Duty with PC players?",
  "sym|Can PC players play Call of Duty with PS5 players?",
  "typ|can ps5 players play call of duty with pc players?",
  "ent|Can PS5 players play Zelda with PC players?",
  "qw|How do PS5 players turn off crossplay with PC players in Call of Duty?",
  "neg|Why can't PS5 players play Call of Duty with PC players?")
G("gaming", "In Pokémon, are Rock moves super effective against Bug types?",
  "wo|Against Bug types, are Rock moves super effective in Pokémon?",
  "syn|In Pokémon, do Rock moves deal super effective damage to Bug types?",
  "dir|In Pokémon, are Bug moves super effective against Rock types?",
  "ent|In Pokémon, are Rock moves super effective against Steel types?",
  "neg|In Pokémon, are Rock moves not very effective against Bug types?")
G("gaming", "How many hours does it take to beat Elden Ring?",
  "syn|How long does it take to finish Elden Ring?",
  "typ|how many hours to beat elden ring?",
  "qual|How many hours does it take to beat Elden Ring with all bosses?",
  "ent|How many hours does it take to beat Dark Souls 3?",
  "qw|How much does Elden Ring cost?")
G("gaming", "Can my friend gift me a game on Steam if we live in different countries?",
  "wo|If we live in different countries, can my friend gift me a game on Steam?",
  "pol|Please tell me whether my friend can gift me a game on Steam if we live in different countries.",
  "qual|Can my friend gift me a game on Steam?",
  "act|Can my friend lend me a game on Steam if we live in different countries?")

# ---------------------------------------------------------------- mixed hard near-misses (en)
G("legal-hr", "Is my friend's sister allowed to be a witness at my wedding?",
  "syn|Can my friend's sister be a witness at my wedding?",
  "pol|Quick question: is my friend's sister allowed to be a witness at my wedding?",
  "pos|Is my sister's friend allowed to be a witness at my wedding?",
  "pos|Is my friend allowed to be a witness at my sister's wedding?",
  "neg|Why is my friend's sister not allowed to be a witness at my wedding?")
G("banking", "Can my father's accountant see my bank statements?",
  "voc|Can my bank statements be seen by my father's accountant?",
  "typ|can my fathers accountant see my bank statements?",
  "pos|Can my accountant's father see my bank statements?",
  "dir|Can my father's accountant show me his bank statements?",
  "act|Can my father's accountant change my bank statements?")
G("health", "Was the surgeon reported by the nurse for negligence?",
  "voc|Did the nurse report the surgeon for negligence?",
  "wo|For negligence, was the surgeon reported by the nurse?",
  "pas|Was the nurse reported by the surgeon for negligence?",
  "dir|Did the surgeon report the nurse for negligence?",
  "qw|Why was the surgeon reported by the nurse?")
G("school", "Was the professor cited by the student in her thesis?",
  "voc|Did the student cite the professor in her thesis?",
  "wo|In her thesis, did the student cite the professor?",
  "pas|Was the student cited by the professor in her thesis?",
  "neg|Was the professor not cited by the student in her thesis?",
  "qw|How many times was the professor cited by the student in her thesis?")
G("customer-service", "Can the seller cancel my order after I paid?",
  "voc|Can my order be cancelled by the seller after I paid?",
  "wo|After I paid, can the seller cancel my order?",
  "dir|Can I cancel my order after the seller shipped it?",
  "op|Can the seller cancel my order before I paid?",
  "qw|Why did the seller cancel my order after I paid?")
G("programming", "How do I redirect stdout to a file in bash?",
  "syn|How do I send stdout to a file in bash?",
  "typ|how to redirect STDOUT to a file in Bash",
  "ent|How do I redirect stderr to a file in bash?",
  "dir|How do I read a file into stdin in bash?",
  "act|How do I append stdout to a file in bash?")
G("programming", "Does Rust's i32 overflow panic in debug builds?",
  "wo|In debug builds, does Rust's i32 overflow panic?",
  "syn|Does an i32 overflow in Rust cause a panic in debug builds?",
  "qual|Does Rust's i32 overflow panic in release builds?",
  "ent|Does Rust's u8 underflow panic in debug builds?",
  "neg|Why doesn't Rust's i32 overflow panic in debug builds?")
G("programming", "In C, is x++ evaluated before or after the assignment in y = x++?",
  "wo|In C, in y = x++, is x++ evaluated before or after the assignment?",
  "pol|Can you explain: in C, is x++ evaluated before or after the assignment in y = x++?",
  "op|In C, is ++x evaluated before or after the assignment in y = ++x?",
  "op|In C, is x-- evaluated before or after the assignment in y = x--?",
  "ent|In Python, is x += 1 evaluated before or after the assignment?")
G("travel", "Do I need a transit visa for a layover in London on my way from Lagos to Toronto?",
  "wo|On my way from Lagos to Toronto, do I need a transit visa for a layover in London?",
  "syn|Do I need a transit visa for a stopover in London on my way from Lagos to Toronto?",
  "dir|Do I need a transit visa for a layover in London on my way from Toronto to Lagos?",
  "ent|Do I need a transit visa for a layover in Paris on my way from Lagos to Toronto?",
  "qual|Do I need a transit visa for a layover in London if I leave the airport on my way from Lagos to Toronto?")
G("travel", "Is it more expensive to fly from Chicago to Miami than from Miami to Chicago in December?",
  "wo|In December, is it more expensive to fly from Chicago to Miami than from Miami to Chicago?",
  "wo|In December, is flying from Miami to Chicago cheaper than flying from Chicago to Miami?",
  "dir|Is it more expensive to fly from Miami to Chicago than from Chicago to Miami in December?",
  "ent|Is it more expensive to fly from Chicago to Miami than from Miami to Chicago in July?",
  "qw|Why is it more expensive to fly from Chicago to Miami in December?")
G("math", "How many minutes are in 2.75 hours?",
  "nw|How many minutes are in two and three-quarter hours?",
  "wo|2.75 hours is how many minutes?",
  "dir|How many hours are in 2.75 minutes?",
  "num|How many minutes are in 4.5 hours?",
  "ent|How many seconds are in 2.75 hours?")
G("math", "What is 3 to the power of 5?",
  "nw|What is three to the power of five?",
  "typ|What is 3^5?",
  "dir|What is 5 to the power of 3?",
  "op|What is 3 times 5?",
  "num|What is 3 to the power of 6?")
G("math", "Convert 30 degrees Celsius to Fahrenheit.",
  "pol|Please convert 30 degrees Celsius to Fahrenheit.",
  "syn|What is 30 degrees Celsius in Fahrenheit?",
  "dir|Convert 30 degrees Fahrenheit to Celsius.",
  "op|Convert -30 degrees Celsius to Fahrenheit.",
  "num|Convert 35 degrees Celsius to Fahrenheit.")
G("math", "What is the remainder when 250 is divided by 7?",
  "wo|When 250 is divided by 7, what is the remainder?",
  "syn|What is 250 mod 7?",
  "dir|What is the remainder when 7 is divided by 250?",
  "ent|What is the quotient when 250 is divided by 7?",
  "num|What is the remainder when 250 is divided by 9?")
G("math", "Is the square root of 50 between 7 and 8?",
  "sym|Is the square root of 50 between 8 and 7?",
  "typ|is √50 between 7 and 8?",
  "ent|Is the cube root of 50 between 7 and 8?",
  "num|Is the square root of 50 between 6 and 7?",
  "qw|Why is the square root of 50 irrational?")
G("cooking", "How long do I boil a duck egg for a runny yolk?",
  "syn|How many minutes do I boil a duck egg for a runny yolk?",
  "pol|How long do I boil a duck egg for a runny yolk, please?",
  "op|How long do I boil a duck egg for a hard yolk?",
  "act|How long do I poach a duck egg for a runny yolk?",
  "qual|How long do I boil a duck egg for a runny yolk at high altitude?")
G("cooking", "Can I use baking soda instead of baking powder in banana bread?",
  "syn|Can I substitute baking soda for baking powder in banana bread?",
  "wo|Instead of baking powder, can I use baking soda in banana bread?",
  "dir|Can I use baking powder instead of baking soda in banana bread?",
  "qw|How much baking soda do I use instead of baking powder in banana bread?",
  "qw|Why can't I use baking soda instead of baking powder in banana bread?")
G("telecom", "Does my roaming package include incoming calls in Europe?",
  "wo|In Europe, does my roaming package include incoming calls?",
  "syn|Are incoming calls in Europe included in my roaming package?",
  "op|Does my roaming package include outgoing calls in Europe?",
  "ent|Does my roaming package include incoming calls in Asia?",
  "neg|Why doesn't my roaming package include incoming calls in Europe?")
G("telecom", "Can I call my mother's phone for free if she is on my plan?",
  "wo|If my mother is on my plan, can I call her phone for free?",
  "pol|Hello, can I call my mother's phone for free if she is on my plan?",
  "qual|Can I call my mother's phone for free if she is on my plan and abroad?",
  "qw|How much does it cost to call my mother's phone if she is on my plan?")
G("sports", "Can a player be traded to another team without his consent?",
  "voc|Can a team trade a player to another team without his consent?",
  "syn|Can a player be traded to a different team without his consent?",
  "qual|Can a player with a no-trade clause be traded to another team without his consent?",
  "mod|Must a player be traded to another team if he asks?",
  "qw|How many times can a player be traded to another team in one season?")
G("sports", "Does the home team or the away team bat first in baseball?",
  "wo|Does the away team or the home team bat first in baseball?",
  "wo|In baseball, who bats first, the home team or the away team?",
  "op|Does the home team or the away team bat last in baseball?",
  "ent|Does the home team or the away team kick off first in soccer?",
  "qw|Why does the away team bat first in baseball?")
G("real-estate", "Can I get my security deposit back if I move out before the lease ends?",
  "wo|If I move out before the lease ends, can I get my security deposit back?",
  "syn|Will I get my security deposit back if I leave before the lease ends?",
  "op|Can I get my security deposit back if I move out after the lease ends?",
  "qual|Can I get my security deposit back if I move out before the lease ends without notice?",
  "qw|How long does the landlord have to return my security deposit?")
G("real-estate", "Who pays the agent's commission when the seller's agent is also the buyer's agent?",
  "wo|When the buyer's agent is also the seller's agent, who pays the commission?",
  "pol|Please explain who pays the agent's commission when the seller's agent is also the buyer's agent.",
  "qw|How much is the agent's commission when the seller's agent is also the buyer's agent?",
  "qual|Who pays the agent's commission?",
  "act|Who signs the contract when the seller's agent is also the buyer's agent?")
G("insurance", "Does my homeowner's insurance cover water damage from my neighbor's apartment?",
  "syn|Is water damage from my neighbor's apartment covered by my homeowner's insurance?",
  "typ|does my homeowners insurance cover water damage from my neighbours apartment?",
  "dir|Does my homeowner's insurance cover water damage from my apartment to my neighbor's?",
  "pos|Does my neighbor's homeowner's insurance cover water damage from my apartment?",
  "ent|Does my homeowner's insurance cover fire damage from my neighbor's apartment?")
G("insurance", "Can I add my girlfriend to my car insurance policy?",
  "syn|Can I put my girlfriend on my car insurance policy?",
  "pol|Hi there, can I add my girlfriend to my car insurance policy?",
  "obj|Can I add my girlfriend's car to my car insurance policy?",
  "act|Can I remove my girlfriend from my car insurance policy?",
  "qw|How much more will it cost to add my girlfriend to my car insurance policy?")
G("gaming", "Is a level 30 character stronger than a level 25 character in this game?",
  "wo|In this game, is a level 25 character weaker than a level 30 character?",
  "nw|Is a level thirty character stronger than a level twenty-five character in this game?",
  "dir|Is a level 25 character stronger than a level 30 character in this game?",
  "qw|How much stronger is a level 30 character than a level 25 character in this game?",
  "num|Is a level 30 character stronger than a level 35 character in this game?")
G("gaming", "Can I trade Pokémon from Sword to Scarlet?",
  "wo|Can I trade Pokémon to Scarlet from Sword?",
  "syn|Can I move Pokémon from Sword to Scarlet?",
  "dir|Can I trade Pokémon from Scarlet to Sword?",
  "ent|Can I trade Pokémon from Sword to Legends: Arceus?",
  "qw|How do I trade Pokémon from Sword to Scarlet?")
G("shopping", "Is the price per ounce lower for the 12-pack than for the 24-pack?",
  "wo|For the 12-pack, is the price per ounce lower than for the 24-pack?",
  "wo|Is the price per ounce higher for the 24-pack than for the 12-pack?",
  "dir|Is the price per ounce lower for the 24-pack than for the 12-pack?",
  "op|Is the price per ounce higher for the 12-pack than for the 24-pack?",
  "qw|How much lower is the price per ounce for the 12-pack than for the 24-pack?")
G("customer-service", "Can I return an item bought with a gift card for cash?",
  "wo|For cash, can I return an item bought with a gift card?",
  "syn|Can I get cash back for an item I bought with a gift card?",
  "dir|Can I return an item bought with cash for a gift card?",
  "qual|Can I return an item bought with a gift card for cash without a receipt?",
  "qw|Why can't I return an item bought with a gift card for cash?")

# ---------------------------------------------------------------- shopping (zh)
G("shopping", "网上买的羽绒服可以拿到实体店退吗？",
  "wo|可以把网上买的羽绒服拿到实体店退吗？",
  "pol|请问网上买的羽绒服可以拿到实体店退吗？",
  "dir|实体店买的羽绒服可以在网上退吗？",
  "act|网上买的羽绒服可以拿到实体店换吗？",
  "qual|网上买的打折羽绒服可以拿到实体店退吗？")
G("shopping", "京东的电视比苏宁便宜吗？",
  "wo|苏宁的电视比京东贵吗？",
  "par|京东的电视是不是比苏宁便宜啊？",
  "dir|苏宁的电视比京东便宜吗？",
  "qw|京东的电视比苏宁便宜多少？",
  "ent|京东的冰箱比苏宁便宜吗？")
G("shopping", "满399减60的券能和会员折扣一起用吗？",
  "sym|会员折扣能和满399减60的券一起用吗？",
  "syn|满399减60的券可以和会员折扣叠加使用吗？",
  "num|满200减30的券能和会员折扣一起用吗？",
  "neg|满399减60的券为什么不能和会员折扣一起用？",
  "qual|满399减60的券周末能和会员折扣一起用吗？")
G("shopping", "七天无理由退掉一双运动鞋，运费由谁承担？",
  "wo|运费由谁承担，七天无理由退掉一双运动鞋的话？",
  "pol|麻烦问一下，七天无理由退掉一双运动鞋，运费由谁承担？",
  "nw|7天无理由退掉一双运动鞋，运费由谁承担？",
  "qw|七天无理由退掉一双运动鞋，运费多少钱？",
  "qual|七天无理由退掉一双运动鞋，商品有质量问题时运费由谁承担？")
G("shopping", "我可以把购物车里的东西转给我妈的账号吗？",
  "syn|我能把购物车里的东西转到我妈的账号上吗？",
  "pol|请问我可以把购物车里的东西转给我妈的账号吗？",
  "act|我可以把购物车里的东西分享给我妈吗？",
  "qw|怎么把购物车里的东西转给我妈的账号？")
G("shopping", "拼多多上买的东西比淘宝上买的质量差吗？",
  "wo|淘宝上买的东西比拼多多上买的质量好吗？",
  "typ|拼多多上买的东西比淘宝上买的质量差吗?",
  "dir|淘宝上买的东西比拼多多上买的质量差吗？",
  "qw|为什么拼多多上买的东西比淘宝上买的质量差？",
  "ent|拼多多上买的东西比京东上买的质量差吗？")
G("shopping", "iPhone 15和iPhone 15 Pro有什么区别？",
  "sym|iPhone 15 Pro和iPhone 15有什么区别？",
  "typ|iphone 15和iphone 15 pro有什么区别？",
  "ent|iPhone 15和iPhone 14 Pro有什么区别？",
  "qw|iPhone 15和iPhone 15 Pro哪个更值得买？",
  "qw|iPhone 15比iPhone 15 Pro便宜多少？")

# ---------------------------------------------------------------- banking (zh)
G("banking", "把1000欧元换成日元能换多少？",
  "nw|把一千欧元换成日元能换多少？",
  "syn|1000欧元换成日元能换多少？",
  "dir|把1000日元换成欧元能换多少？",
  "num|把100欧元换成日元能换多少？",
  "ent|把1000欧元换成韩元能换多少？")
G("banking", "从工商银行转账到招商银行要手续费吗？",
  "syn|从工商银行转钱到招商银行收手续费吗？",
  "pol|你好，请问从工商银行转账到招商银行要手续费吗？",
  "dir|从招商银行转账到工商银行要手续费吗？",
  "qw|从工商银行转账到招商银行要多久到账？",
  "qual|从工商银行转账到招商银行，周末要手续费吗？")
G("banking", "我朋友的老板能替我做贷款担保人吗？",
  "syn|我朋友的老板可以给我当贷款担保人吗？",
  "par|我朋友的老板能不能替我做贷款担保人啊？",
  "pos|我老板的朋友能替我做贷款担保人吗？",
  "mod|我朋友的老板必须替我做贷款担保人吗？")
G("banking", "信用卡还款日过后三天内还款算逾期吗？",
  "nw|信用卡还款日过后3天内还款算逾期吗？",
  "syn|信用卡过了还款日3天内还款，算不算逾期？",
  "op|信用卡还款日过后三天以上还款算逾期吗？",
  "num|信用卡还款日过后十天内还款算逾期吗？",
  "qw|信用卡还款日过后三天内还款会扣多少利息？")
G("banking", "五年期定期存款提前取出来利息怎么算？",
  "wo|提前取出来的五年期定期存款，利息怎么算？",
  "par|五年期定期存款提前取出来利息怎么算呢？",
  "qw|五年期定期存款提前取出来为什么利息少了？",
  "op|五年期定期存款到期后不取利息怎么算？",
  "obj|大额存单提前取出来利息怎么算？")
G("banking", "我被银行冻结了账户，怎么解冻？",
  "voc|银行把我的账户冻结了，怎么解冻？",
  "par|我被银行冻结了账户，怎么解冻啊？",
  "qw|我被银行冻结了账户，为什么？",
  "qw|我被银行冻结了账户，要多久才能解冻？",
  "act|我被银行注销了账户，怎么恢复？")
G("banking", "美元兑人民币汇率比上个月高吗？",
  "wo|上个月的美元兑人民币汇率比现在低吗？",
  "pol|麻烦问一下，美元兑人民币汇率比上个月高吗？",
  "dir|人民币兑美元汇率比上个月高吗？",
  "op|美元兑人民币汇率比上个月低吗？",
  "tns|美元兑人民币汇率下个月会比现在高吗？")

# ---------------------------------------------------------------- health (zh)
G("health", "感冒药和退烧药能一起吃吗？",
  "sym|退烧药和感冒药能一起吃吗？",
  "pol|医生您好，感冒药和退烧药能一起吃吗？",
  "qw|感冒药和退烧药要隔多久吃？",
  "ent|感冒药和消炎药能一起吃吗？",
  "qual|孕妇感冒药和退烧药能一起吃吗？")
G("health", "饭前吃还是饭后吃胃药比较好？",
  "wo|胃药饭后吃还是饭前吃比较好？",
  "syn|胃药是饭前服用还是饭后服用比较好？",
  "ent|饭前吃还是饭后吃降压药比较好？",
  "qw|为什么胃药要饭前吃？",
  "qw|胃药饭前多久吃比较好？")
G("health", "O型血的人能给A型血的人输血吗？",
  "syn|O型血的人可以给A型血的人献血吗？",
  "wo|A型血的人能接受O型血的人输血吗？",
  "dir|A型血的人能给O型血的人输血吗？",
  "ent|B型血的人能给A型血的人输血吗？",
  "neg|O型血的人为什么不能给A型血的人输血？")
G("health", "体温超过37.3度算发烧吗？",
  "syn|体温高于37.3度算发烧吗？",
  "typ|体温超过37.3℃算发烧吗？",
  "op|体温低于37.3度算发烧吗？",
  "num|体温超过36.5度算发烧吗？",
  "qual|婴儿体温超过37.3度算发烧吗？")
G("health", "我妈妈的医生能把她的病历给我看吗？",
  "voc|我妈妈的病历能被她的医生给我看吗？",
  "pol|请问我妈妈的医生能把她的病历给我看吗？",
  "pos|我医生的妈妈能把她的病历给我看吗？",
  "mod|我妈妈的医生必须把她的病历给我看吗？")
G("health", "打完流感疫苗多久可以喝酒？",
  "syn|接种流感疫苗后多长时间可以喝酒？",
  "par|打完流感疫苗多久可以喝酒呢？",
  "dir|喝完酒多久可以打流感疫苗？",
  "ent|打完狂犬疫苗多久可以喝酒？",
  "qw|打完流感疫苗为什么不能喝酒？")

# ---------------------------------------------------------------- programming (zh)
G("programming", "Python里怎么把字符串转换成列表？",
  "syn|Python中如何把字符串转成列表？",
  "typ|python里怎么把字符串转换成列表？",
  "dir|Python里怎么把列表转换成字符串？",
  "ent|Java里怎么把字符串转换成列表？",
  "qw|Python里为什么要把字符串转换成列表？")
G("programming", "Git怎么把release分支合并到master？",
  "syn|Git怎么把release分支合并进master分支？",
  "pol|麻烦问一下，Git怎么把release分支合并到master？",
  "dir|Git怎么把master分支合并到release？",
  "act|Git怎么把release分支变基到master？",
  "act|Git怎么删除已经合并到master的release分支？")
G("programming", "JavaScript比较数字和字符串时==和===有什么区别？",
  "sym|JavaScript比较数字和字符串时===和==有什么区别？",
  "typ|javascript比较数字和字符串时 == 和 === 有什么区别?",
  "op|JavaScript比较数字和字符串时!=和!==有什么区别？",
  "ent|Python比较数字和字符串时==和is有什么区别？",
  "qw|JavaScript比较数字和字符串时什么时候用==而不是===？")
G("programming", "Java里int转String怎么转？",
  "syn|Java中如何把int转换为String？",
  "par|Java里int转String怎么转呢？",
  "dir|Java里String转int怎么转？",
  "ent|Java里long转String怎么转？",
  "qw|Java里int转String哪种方法最快？")
G("programming", "Python里3 // 2等于多少？",
  "wo|3 // 2在Python里等于多少？",
  "typ|Python里3//2等于多少？",
  "op|Python里3 / 2等于多少？",
  "op|Python里3 ** 2等于多少？",
  "dir|Python里2 // 3等于多少？")
G("programming", "MySQL和PostgreSQL哪个性能更好？",
  "sym|PostgreSQL和MySQL哪个性能更好？",
  "syn|MySQL跟PostgreSQL比，哪个性能更好？",
  "ent|MySQL和MongoDB哪个性能更好？",
  "op|MySQL和PostgreSQL哪个性能更差？",
  "qw|MySQL和PostgreSQL为什么性能不一样？")
G("programming", "C语言里a的值在b = a++之后是多少？",
  "wo|在b = a++之后，C语言里a的值是多少？",
  "pol|请问C语言里a的值在b = a++之后是多少？",
  "op|C语言里a的值在b = a--之后是多少？",
  "obj|C语言里b的值在b = a++之后是多少？",
  "op|C语言里a的值在b = --a之后是多少？")

# ---------------------------------------------------------------- school (zh)
G("school", "从普通高中转到国际学校要什么手续？",
  "syn|从普通高中转学到国际学校需要办什么手续？",
  "pol|请问从普通高中转到国际学校要什么手续？",
  "dir|从国际学校转到普通高中要什么手续？",
  "qw|从普通高中转到国际学校要花多少钱？",
  "qual|高三从普通高中转到国际学校要什么手续？")
G("school", "高数是线性代数的先修课吗？",
  "wo|学线性代数之前要先学高数吗？",
  "typ|高数是线性代数的先修课吗?",
  "dir|线性代数是高数的先修课吗？",
  "ent|高数是概率论的先修课吗？",
  "qw|为什么高数是线性代数的先修课？")
G("school", "我同学的家长能替我请假吗？",
  "syn|我同学的家长可以帮我请假吗？",
  "par|我同学的家长能不能替我请假呀？",
  "pos|我家长的同学能替我请假吗？",
  "dir|我能替我同学的家长请假吗？",
  "qw|我同学的家长怎么替我请假？")
G("school", "大一的期末考试不及格可以补考几次？",
  "syn|大一的期末考试挂科了可以补考几次？",
  "par|大一的期末考试不及格可以补考几次呢？",
  "qw|大一的期末考试不及格什么时候补考？",
  "neg|大一的期末考试及格了可以补考几次？",
  "obj|体育考试不及格可以补考几次？")
G("school", "研究生可以被导师要求周末来实验室吗？",
  "voc|导师可以要求研究生周末来实验室吗？",
  "pol|麻烦问一下，研究生可以被导师要求周末来实验室吗？",
  "pas|导师可以被研究生要求周末来实验室吗？",
  "qual|研究生可以被导师要求来实验室吗？",
  "qw|研究生被导师要求周末来实验室怎么办？")
G("school", "留学生在校外打工每周最多几个小时？",
  "syn|留学生在校外兼职每周最多多少小时？",
  "wo|每周最多几个小时，留学生在校外打工？",
  "qual|留学生在校外打工放假期间每周最多几个小时？",
  "op|留学生在校外打工每周最少几个小时？",
  "ent|留学生在校内打工每周最多几个小时？")

# ---------------------------------------------------------------- travel (zh)
G("travel", "从成都到重庆坐高铁要多长时间？",
  "sym|从重庆到成都坐高铁要多长时间？",
  "syn|成都到重庆高铁要多久？",
  "qw|从成都到重庆坐高铁要多少钱？",
  "ent|从成都到重庆坐大巴要多长时间？",
  "qw|从成都到重庆的高铁几点发车？")
G("travel", "今晚从成都到重庆的最后一班高铁是几点？",
  "wo|从成都到重庆，今晚最后一班高铁是几点？",
  "par|今晚从成都到重庆的最后一班高铁是几点呀？",
  "dir|今晚从重庆到成都的最后一班高铁是几点？",
  "op|明早从成都到重庆的第一班高铁是几点？",
  "tns|昨晚从成都到重庆的最后一班高铁是几点？")
G("travel", "中国公民去泰国需要办签证吗？",
  "syn|中国人去泰国要签证吗？",
  "pol|请问中国公民去泰国需要办签证吗？",
  "dir|泰国公民来中国需要办签证吗？",
  "qw|中国公民去泰国免签能待多久？",
  "qual|中国公民去泰国工作需要办签证吗？")
G("travel", "充电宝超过30000毫安能带上飞机吗？",
  "syn|超过30000毫安的充电宝可以带上飞机吗？",
  "nw|充电宝超过三万毫安能带上飞机吗？",
  "op|充电宝不超过30000毫安能带上飞机吗？",
  "obj|充电宝超过30000毫安能托运吗？",
  "num|充电宝超过25000毫安能带上飞机吗？")
G("travel", "北京比东京早一个小时吗？",
  "wo|东京比北京晚一个小时吗？",
  "par|北京是不是比东京早一个小时呀？",
  "dir|东京比北京早一个小时吗？",
  "num|北京比东京早两个小时吗？",
  "ent|北京比首尔早一个小时吗？")
G("travel", "机票改签从周五改到周日要加钱吗？",
  "syn|机票从周五改签到周日需要补差价吗？",
  "pol|麻烦问一下，机票改签从周五改到周日要加钱吗？",
  "act|机票从周五退票要扣多少钱？",
  "qw|机票改签从周五改到周日怎么操作？",
  "qual|特价机票改签从周五改到周日要加钱吗？")
G("travel", "在日本能用支付宝付款吗？",
  "par|在日本能不能用支付宝付款呀？",
  "syn|在日本可以用支付宝付钱吗？",
  "ent|在日本能用微信付款吗？",
  "ent|在韩国能用支付宝付款吗？",
  "qw|在日本哪里能用支付宝付款？")
G("travel", "从上海飞洛杉矶为什么到达时间比出发时间早？",
  "wo|为什么从上海飞洛杉矶，到达时间比出发时间早？",
  "par|从上海飞洛杉矶为什么到达时间比出发时间早呢？",
  "dir|从洛杉矶飞上海为什么到达时间比出发时间早？",
  "qw|从上海飞洛杉矶要飞多久？",
  "ent|从上海飞伦敦为什么到达时间比出发时间早？")

# ---------------------------------------------------------------- customer service (zh)
G("customer-service", "快递被邻居代收了，丢了找谁？",
  "voc|邻居替我代收了快递，丢了找谁？",
  "par|快递被邻居代收了，丢了找谁呢？",
  "pas|邻居的快递被我代收了，丢了找谁？",
  "qw|快递被邻居代收了，丢了怎么赔？",
  "neg|快递没被邻居代收，丢了找谁？")
G("customer-service", "商家发错货了，退货运费谁出？",
  "wo|退货运费谁出，如果商家发错货了？",
  "pol|你好，商家发错货了，退货运费谁出？",
  "dir|我给商家寄错货了，退货运费谁出？",
  "qw|商家发错货了，怎么退货？",
  "neg|商家没发错货，退货运费谁出？")
G("customer-service", "客服能帮我把手机号换成我老公的吗？",
  "syn|客服可以帮我把绑定的手机号改成我老公的吗？",
  "pol|请问客服能帮我把手机号换成我老公的吗？",
  "obj|客服能帮我把收货地址换成我老公的吗？",
  "qw|客服帮我把手机号换成我老公的要多久？")
G("customer-service", "我被商家拉黑了还能申请售后吗？",
  "voc|商家把我拉黑了，我还能申请售后吗？",
  "par|我被商家拉黑了还能不能申请售后啊？",
  "pas|我把商家拉黑了还能申请售后吗？",
  "neg|我没被商家拉黑还不能申请售后，为什么？",
  "qw|我被商家拉黑了怎么申请售后？")
G("customer-service", "微信支付的退款多久能到账？",
  "syn|微信支付的退款多长时间能到账？",
  "par|微信支付的退款多久能到账呀？",
  "qw|微信支付的退款为什么还没到账？",
  "qw|微信支付的退款到哪个账户？",
  "qual|微信支付的退款周末多久能到账？")
G("customer-service", "淘宝人工客服周末几点下班？",
  "wo|周末淘宝人工客服几点下班？",
  "pol|麻烦问一下，淘宝人工客服周末几点下班？",
  "op|淘宝人工客服周末几点上班？",
  "qual|淘宝人工客服几点下班？",
  "ent|淘宝智能客服周末几点下班？")

# ---------------------------------------------------------------- math (zh)
G("math", "5减8等于多少？",
  "nw|五减八等于多少？",
  "par|5减8等于多少啊？",
  "dir|8减5等于多少？",
  "op|5加8等于多少？",
  "num|5减9等于多少？")
G("math", "负3比负7大吗？",
  "wo|负7比负3小吗？",
  "typ|-3比-7大吗？",
  "dir|负7比负3大吗？",
  "op|负3比7大吗？",
  "op|负3比负7小吗？")
G("math", "24除以6等于几？",
  "nw|二十四除以六等于几？",
  "syn|24除以6是多少？",
  "dir|6除以24等于几？",
  "op|24乘以6等于几？",
  "dir|24除6等于几？")
G("math", "x加5大于12，x的取值范围是多少？",
  "syn|x+5>12，x的取值范围是多少？",
  "par|x加5大于12，x的取值范围是多少呢？",
  "op|x加5小于12，x的取值范围是多少？",
  "op|x减5大于12，x的取值范围是多少？",
  "num|x加5大于15，x的取值范围是多少？")
G("math", "3的4次方是多少？",
  "nw|三的四次方是多少？",
  "typ|3^4是多少？",
  "dir|4的3次方是多少？",
  "op|3乘4是多少？",
  "num|3的5次方是多少？")
G("math", "8的阶乘是多少？",
  "typ|8!是多少？",
  "nw|八的阶乘是多少？",
  "num|9的阶乘是多少？",
  "op|8的平方是多少？",
  "qw|8的阶乘末尾有几个0？")
G("math", "15和20的最大公约数是多少？",
  "sym|20和15的最大公约数是多少？",
  "syn|15和20的最大公因数是多少？",
  "op|15和20的最小公倍数是多少？",
  "num|15和21的最大公约数是多少？",
  "qw|怎么求15和20的最大公约数？")
G("math", "一件衣服打八折后是160元，原价多少？",
  "syn|一件衣服打8折后是160元，原来卖多少钱？",
  "wo|原价多少，一件衣服打八折后是160元？",
  "num|一件衣服打七折后是160元，原价多少？",
  "dir|一件衣服原价160元，打八折后多少钱？",
  "qw|一件衣服打八折后是160元，便宜了多少？")
G("math", "a大于b时，a减b是正数吗？",
  "wo|当a比b大时，a减b是正数吗？",
  "typ|a>b时，a-b是正数吗？",
  "op|a小于b时，a减b是正数吗？",
  "dir|a大于b时，b减a是正数吗？",
  "op|a大于b时，a减b是负数吗？")
G("math", "2的10次方和1000哪个大？",
  "sym|1000和2的10次方哪个大？",
  "par|2的10次方和1000哪个大呀？",
  "op|2的10次方和1000哪个小？",
  "num|2的9次方和1000哪个大？",
  "qw|2的10次方比1000大多少？")
G("math", "一个数的3倍减去4等于11，这个数是多少？",
  "nw|一个数的三倍减去四等于十一，这个数是多少？",
  "syn|某数乘3再减4得11，这个数是多少？",
  "op|一个数的3倍加上4等于11，这个数是多少？",
  "dir|4减去一个数的3倍等于11，这个数是多少？",
  "pos|一个数减去4的3倍等于11，这个数是多少？")

# ---------------------------------------------------------------- cooking (zh)
G("cooking", "做红烧肉是先放糖还是先放酱油？",
  "wo|做红烧肉是先放酱油还是先放糖？",
  "pol|请问做红烧肉是先放糖还是先放酱油？",
  "ent|做糖醋排骨是先放糖还是先放酱油？",
  "qw|做红烧肉为什么要先放糖？",
  "qw|做红烧肉放多少糖？")
G("cooking", "能用黄油代替猪油做酥饼吗？",
  "syn|做酥饼可以用黄油代替猪油吗？",
  "par|能不能用黄油代替猪油做酥饼呀？",
  "dir|能用猪油代替黄油做酥饼吗？",
  "obj|能用黄油代替猪油炒菜吗？",
  "qw|用黄油代替猪油做酥饼要放多少？")
G("cooking", "牛排煎好后要静置多久？",
  "syn|牛排煎完要醒多长时间？",
  "par|牛排煎好后要静置多久呢？",
  "op|牛排下锅前要静置多久？",
  "qw|牛排煎好后为什么要静置？",
  "obj|烤鸡烤好后要静置多久？")
G("cooking", "剩米饭放冰箱能放几天？",
  "syn|剩饭放冰箱可以放多少天？",
  "par|剩米饭放冰箱能放几天啊？",
  "obj|剩米饭放冷冻能放几天？",
  "qw|剩米饭放冰箱为什么会变硬？",
  "neg|剩米饭不放冰箱能放几天？")
G("cooking", "把面粉加进鸡蛋里还是把鸡蛋加进面粉里？",
  "wo|把鸡蛋加进面粉里还是把面粉加进鸡蛋里？",
  "pol|麻烦问一下，是把面粉加进鸡蛋里还是把鸡蛋加进面粉里？",
  "obj|把面粉加进牛奶里还是把牛奶加进面粉里？",
  "qw|为什么要把鸡蛋加进面粉里？",
  "qw|什么时候把面粉加进鸡蛋里？")
G("cooking", "200克面粉大概是几杯？",
  "nw|两百克面粉大概是几杯？",
  "syn|200克面粉约等于多少杯？",
  "dir|两杯面粉大概是几克？",
  "obj|200克白糖大概是几杯？",
  "num|300克面粉大概是几杯？")

# ---------------------------------------------------------------- legal / HR (zh)
G("legal-hr", "公司可以不经我同意给我降薪吗？",
  "voc|我可以被公司不经同意降薪吗？",
  "pol|请问公司可以不经我同意给我降薪吗？",
  "qual|公司可以给我降薪吗？",
  "op|公司可以不经我同意给我涨薪吗？",
  "qw|公司不经我同意给我降薪怎么办？")
G("legal-hr", "员工被领导投诉到人事部了会怎么样？",
  "voc|领导把员工投诉到人事部了会怎么样？",
  "par|员工被领导投诉到人事部了会怎么样呢？",
  "pas|领导被员工投诉到人事部了会怎么样？",
  "dir|员工把领导投诉到人事部了会怎么样？",
  "qw|员工为什么被领导投诉到人事部？")
G("legal-hr", "试用期辞职要提前几天通知公司？",
  "syn|试用期辞职要提前多少天通知公司？",
  "syn|试用期离职需要提前几天告诉公司？",
  "dir|试用期公司辞退员工要提前几天通知？",
  "qual|辞职要提前几天通知公司？",
  "neg|试用期辞职不提前通知公司会怎么样？")
G("legal-hr", "我老板的朋友能给我签劳动合同吗？",
  "syn|我老板的朋友可以跟我签劳动合同吗？",
  "par|我老板的朋友能不能给我签劳动合同啊？",
  "pos|我朋友的老板能给我签劳动合同吗？",
  "dir|我能给我老板的朋友签劳动合同吗？",
  "obj|我老板的朋友能给我签保密协议吗？")
G("legal-hr", "工作日加班费是工资的1.5倍还是2倍？",
  "wo|工作日加班费是工资的2倍还是1.5倍？",
  "nw|工作日加班费是工资的一点五倍还是两倍？",
  "num|法定节假日加班费是工资的2倍还是3倍？",
  "qw|工作日加班费怎么算？",
  "dir|工资是工作日加班费的1.5倍还是2倍？")
G("legal-hr", "公司让员工替老板背锅违法吗？",
  "voc|员工被公司要求替老板背锅违法吗？",
  "pol|麻烦问一下，公司让员工替老板背锅违法吗？",
  "dir|公司让老板替员工背锅违法吗？",
  "neg|公司不让员工替老板背锅违法吗？",
  "qw|公司让员工替老板背锅怎么维权？")
G("legal-hr", "离职后公司多久内要把工资结清？",
  "syn|辞职以后公司多长时间内要结清工资？",
  "par|离职后公司多久内要把工资结清呀？",
  "qw|离职后公司不结清工资怎么办？",
  "obj|离职后公司多久内要把社保转出？")

# ---------------------------------------------------------------- telecom (zh)
G("telecom", "从移动携号转网到联通要多久？",
  "syn|从移动携号转网到联通要多长时间？",
  "wo|携号转网从移动到联通要多久？",
  "dir|从联通携号转网到移动要多久？",
  "qw|从移动携号转网到联通要多少钱？",
  "qual|合约期内从移动携号转网到联通要多久？")
G("telecom", "给国外打电话比国外打回来贵吗？",
  "wo|国外打回来比给国外打电话便宜吗？",
  "par|给国外打电话是不是比国外打回来贵呀？",
  "dir|国外打回来比给国外打电话贵吗？",
  "qw|给国外打电话一分钟多少钱？",
  "op|给国外打电话比国外打回来便宜吗？")
G("telecom", "我的套餐流量用完了怎么办？",
  "par|我的套餐流量用完了怎么办啊？",
  "pol|请问，我的套餐流量用完了怎么办？",
  "qw|我的套餐流量为什么用得这么快？",
  "tns|我的套餐流量快用完了怎么办？",
  "obj|我的套餐通话时长用完了怎么办？")
G("telecom", "移动5G套餐比移动4G套餐贵多少？",
  "wo|移动4G套餐比移动5G套餐便宜多少？",
  "typ|移动5g套餐比移动4g套餐贵多少？",
  "dir|移动4G套餐比移动5G套餐贵多少？",
  "qw|移动5G套餐为什么比移动4G套餐贵？",
  "ent|移动5G套餐比宽带套餐贵多少？")
G("telecom", "能把我爸的副卡加到我的主卡上吗？",
  "syn|可以把我爸的副卡绑到我的主卡下吗？",
  "pol|麻烦问一下，能把我爸的副卡加到我的主卡上吗？",
  "act|能把我爸的副卡从我的主卡上删掉吗？",
  "qw|把我爸的副卡加到我的主卡上要多少钱？")
G("telecom", "宽带在周末晚上网速为什么变慢？",
  "wo|为什么宽带在周末晚上网速变慢？",
  "par|宽带在周末晚上网速为什么变慢呢？",
  "qual|宽带网速为什么变慢？",
  "qw|宽带在周末晚上网速变慢怎么办？",
  "op|宽带在周末晚上网速为什么变快？")

# ---------------------------------------------------------------- sports (zh)
G("sports", "阿根廷在2022年世界杯决赛赢了法国吗？",
  "voc|法国在2022年世界杯决赛输给阿根廷了吗？",
  "par|阿根廷在2022年世界杯决赛是不是赢了法国呀？",
  "dir|法国在2022年世界杯决赛赢了阿根廷吗？",
  "qw|阿根廷在2022年世界杯决赛怎么赢的法国？",
  "ent|阿根廷在2014年世界杯决赛赢了德国吗？")
G("sports", "湖人被勇士淘汰了吗？",
  "voc|勇士淘汰了湖人吗？",
  "par|湖人被勇士淘汰了啊？",
  "pas|勇士被湖人淘汰了吗？",
  "qw|湖人什么时候被勇士淘汰的？",
  "neg|湖人没被勇士淘汰吗？")
G("sports", "马拉松全程是多少公里？",
  "syn|全程马拉松有多少公里？",
  "par|马拉松全程是多少公里呀？",
  "ent|半程马拉松是多少公里？",
  "qw|马拉松全程要跑多久？",
  "qw|马拉松为什么是42.195公里？")
G("sports", "乒乓球比赛一局是11分还是21分？",
  "wo|乒乓球比赛一局是21分还是11分？",
  "nw|乒乓球比赛一局是十一分还是二十一分？",
  "ent|羽毛球比赛一局是11分还是21分？",
  "qw|乒乓球比赛一共打几局？",
  "qw|乒乓球比赛为什么从21分改成11分？")
G("sports", "姚明比奥尼尔重吗？",
  "wo|奥尼尔比姚明轻吗？",
  "par|姚明是不是比奥尼尔重啊？",
  "dir|奥尼尔比姚明重吗？",
  "qw|姚明比奥尼尔重多少？",
  "ent|姚明比易建联重吗？")
G("sports", "足球比赛中守门员能用手接队友的回传球吗？",
  "syn|足球比赛里守门员可以用手接队友的回传球吗？",
  "pol|请问足球比赛中守门员能用手接队友的回传球吗？",
  "dir|足球比赛中队友能用手接守门员的回传球吗？",
  "qual|足球比赛中守门员能用手接队友用头回传的球吗？",
  "neg|足球比赛中守门员为什么不能用手接队友的回传球？")

# ---------------------------------------------------------------- real estate (zh)
G("real-estate", "买二手房的契税是买方交还是卖方交？",
  "wo|买二手房的契税是卖方交还是买方交？",
  "voc|买二手房的契税由买方还是卖方缴纳？",
  "obj|买二手房的个税是买方交还是卖方交？",
  "qw|买二手房的契税交多少？",
  "ent|买新房的契税是买方交还是卖方交？")
G("real-estate", "房东可以在合同到期前涨房租吗？",
  "voc|房租可以在合同到期前被房东涨吗？",
  "pol|请问房东可以在合同到期前涨房租吗？",
  "op|房东可以在合同到期后涨房租吗？",
  "act|房东可以在合同到期前降房租吗？",
  "qw|房东在合同到期前涨房租怎么办？")
G("real-estate", "租客可以把房子转租给朋友吗？",
  "syn|租户能把房子转租给朋友吗？",
  "par|租客可不可以把房子转租给朋友呀？",
  "dir|朋友可以把房子转租给租客吗？",
  "qual|租客可以不经房东同意把房子转租给朋友吗？",
  "act|租客可以把房子卖给朋友吗？")
G("real-estate", "在上海租房比买房划算吗？",
  "wo|在上海买房比租房亏吗？",
  "par|在上海租房是不是比买房划算啊？",
  "dir|在上海买房比租房划算吗？",
  "ent|在成都租房比买房划算吗？",
  "tns|十年前在上海租房比买房划算吗？")
G("real-estate", "合租提前退租押金能退吗？",
  "syn|合租提前退租的话押金可以退回吗？",
  "par|合租提前退租押金能不能退呢？",
  "qw|合租提前退租押金能退多少？",
  "op|合租到期退租押金能退吗？",
  "qual|合租提前退租没提前一个月通知，押金能退吗？")
G("real-estate", "我爸妈的房子过户给我要交多少税？",
  "syn|父母的房子过户到我名下要交多少税？",
  "pol|麻烦问一下，我爸妈的房子过户给我要交多少税？",
  "qw|我爸妈的房子过户给我要多长时间？",
  "act|我爸妈的房子赠与给我和卖给我哪个税少？",
  "ent|我爷爷的房子过户给我要交多少税？")

# ---------------------------------------------------------------- insurance (zh)
G("insurance", "我朋友开我的车出了事故，我的车险赔吗？",
  "voc|我的车被我朋友开出了事故，我的车险赔吗？",
  "par|我朋友开我的车出了事故，我的车险赔不赔啊？",
  "dir|我开我朋友的车出了事故，我的车险赔吗？",
  "pos|我朋友开我的车出了事故，我朋友的车险赔吗？",
  "qw|我朋友开我的车出了事故，我的车险赔多少？")
G("insurance", "医保和商业保险能一起报销吗？",
  "sym|商业保险和医保能一起报销吗？",
  "syn|医保和商业医疗险可以同时报销吗？",
  "qw|医保和商业保险先报哪个？",
  "ent|医保和意外险能一起报销吗？",
  "neg|医保和商业保险为什么不能一起报销？")
G("insurance", "被追尾了是对方全责吗？",
  "voc|别人追尾了我，是对方全责吗？",
  "par|被追尾了是不是对方全责呀？",
  "pas|我追尾了别人，是对方全责吗？",
  "qw|被追尾了怎么处理？",
  "act|被追尾了保费明年会涨吗？")
G("insurance", "少儿重疾险和少儿医疗险有什么区别？",
  "sym|少儿医疗险和少儿重疾险有什么区别？",
  "pol|请问少儿重疾险和少儿医疗险有什么区别？",
  "ent|少儿重疾险和寿险有什么区别？",
  "qw|少儿重疾险和少儿医疗险哪个更便宜？",
  "qw|少儿重疾险和少儿医疗险该先买哪个？")
G("insurance", "给父母买保险，投保人是我还是父母？",
  "wo|给父母买保险，投保人是父母还是我？",
  "syn|帮爸妈买保险，投保人写我还是写爸妈？",
  "dir|父母给我买保险，投保人是我还是父母？",
  "obj|给父母买保险，受益人是我还是父母？",
  "qw|给父母买保险要多少钱？")

# ---------------------------------------------------------------- gaming (zh)
G("gaming", "王者荣耀的账号能从安卓转到苹果吗？",
  "syn|王者荣耀账号可以从安卓迁移到苹果吗？",
  "pol|请问王者荣耀的账号能从安卓转到苹果吗？",
  "dir|王者荣耀的账号能从苹果转到安卓吗？",
  "qw|王者荣耀的账号从安卓转到苹果要多少钱？",
  "ent|和平精英的账号能从安卓转到苹果吗？")
G("gaming", "原神里火克冰还是冰克火？",
  "wo|原神里冰克火还是火克冰？",
  "par|原神里火克冰还是冰克火呀？",
  "ent|原神里雷克水还是水克雷？",
  "qw|原神里火和冰反应伤害多少？",
  "ent|原神里火克草还是草克火？")
G("gaming", "Switch和PS5能联机玩《我的世界》吗？",
  "sym|PS5和Switch能联机玩《我的世界》吗？",
  "par|Switch和PS5能不能联机玩《我的世界》呢？",
  "ent|Switch和PS5能联机玩《塞尔达》吗？",
  "qw|Switch和PS5怎么联机玩《我的世界》？",
  "neg|Switch和PS5为什么不能联机玩《我的世界》？")
G("gaming", "游戏里我被队友举报了会封号吗？",
  "voc|游戏里队友举报了我会封号吗？",
  "par|游戏里我被队友举报了会不会封号啊？",
  "pas|游戏里我举报了队友会封号吗？",
  "qw|游戏里我被队友举报了会封几天？",
  "neg|游戏里我没被队友举报也会封号吗？")
G("gaming", "LOL里30级比20级多几个符文页？",
  "nw|LOL里三十级比二十级多几个符文页？",
  "typ|lol里30级比20级多几个符文页？",
  "dir|LOL里20级比30级多几个符文页？",
  "num|LOL里30级比10级多几个符文页？",
  "qw|LOL里30级要多久才能升到？")

# ---------------------------------------------------------------- mixed hard near-misses (zh)
G("banking", "把美元换成港币划算还是把人民币换成港币划算？",
  "wo|把人民币换成港币划算还是把美元换成港币划算？",
  "pol|请问把美元换成港币划算还是把人民币换成港币划算？",
  "dir|把港币换成美元划算还是把港币换成人民币划算？",
  "ent|把美元换成日元划算还是把人民币换成日元划算？",
  "qw|把美元换成港币去哪里换最划算？")
G("banking", "我借给朋友五万块，没打欠条能要回来吗？",
  "nw|我借给朋友5万块，没打欠条能要回来吗？",
  "syn|我把五万块借给了朋友，没写借条能要回来吗？",
  "dir|我跟朋友借了五万块，没打欠条要还吗？",
  "neg|我借给朋友五万块，打了欠条能要回来吗？",
  "qw|我借给朋友五万块，没打欠条怎么要回来？")
G("banking", "信用卡额度从两万提到五万要多久？",
  "nw|信用卡额度从2万提到5万要多久？",
  "par|信用卡额度从两万提到五万要多久呀？",
  "dir|信用卡额度从五万降到两万要多久？",
  "qw|信用卡额度从两万提到五万要什么条件？",
  "num|信用卡额度从两万提到十万要多久？")
G("health", "孩子被狗咬了要打几针狂犬疫苗？",
  "voc|狗把孩子咬了要打几针狂犬疫苗？",
  "syn|孩子被狗咬了要打几针狂犬病疫苗？",
  "ent|孩子被猫抓了要打几针狂犬疫苗？",
  "qw|孩子被狗咬了多久内要打狂犬疫苗？",
  "qual|孩子被打过疫苗的狗咬了要打几针狂犬疫苗？")
G("health", "我老婆的表姐能替我在医院签手术同意书吗？",
  "syn|我老婆的表姐可以代我在医院签手术同意书吗？",
  "pol|麻烦问一下，我老婆的表姐能替我在医院签手术同意书吗？",
  "pos|我表姐的老婆能替我在医院签手术同意书吗？",
  "qw|我老婆的表姐怎么替我在医院签手术同意书？")
G("health", "血压高压超过140算高血压吗？",
  "syn|收缩压超过140算高血压吗？",
  "nw|血压高压超过一百四算高血压吗？",
  "op|血压高压低于140算高血压吗？",
  "ent|血压低压超过80算高血压吗？",
  "num|血压高压超过120算高血压吗？")
G("programming", "怎么把本地文件传到服务器上？",
  "syn|如何把本地的文件上传到服务器？",
  "par|怎么把本地文件传到服务器上呢？",
  "dir|怎么把服务器上的文件传到本地？",
  "obj|怎么把本地文件夹传到服务器上？",
  "qw|为什么把本地文件传到服务器上很慢？")
G("programming", "Python里if a != b和if not a == b有区别吗？",
  "sym|Python里if not a == b和if a != b有区别吗？",
  "pol|请问Python里if a != b和if not a == b有区别吗？",
  "op|Python里if a == b和if not a == b有区别吗？",
  "op|Python里if a != b和if a is not b有区别吗？",
  "ent|JavaScript里if a != b和if !(a == b)有区别吗？")
G("programming", "Linux里怎么把标准错误重定向到标准输出？",
  "syn|Linux中如何将stderr重定向到stdout？",
  "typ|linux里怎么把标准错误重定向到标准输出?",
  "dir|Linux里怎么把标准输出重定向到标准错误？",
  "act|Linux里怎么把标准错误丢弃？",
  "qw|Linux里为什么要把标准错误重定向到标准输出？")
G("school", "我班主任的女儿能当我的家教吗？",
  "syn|我班主任的女儿可以给我做家教吗？",
  "par|我班主任的女儿能不能当我的家教呢？",
  "pos|我女儿的班主任能当我的家教吗？",
  "dir|我能当我班主任的女儿的家教吗？",
  "mod|我班主任的女儿应该当我的家教吗？")
G("school", "数学比语文多考了20分能进重点班吗？",
  "nw|数学比语文多考了二十分能进重点班吗？",
  "wo|语文比数学少考了20分能进重点班吗？",
  "dir|语文比数学多考了20分能进重点班吗？",
  "qw|数学比语文多考多少分能进重点班？",
  "ent|数学比英语多考了20分能进重点班吗？")
G("school", "被老师批评了该怎么跟家长说？",
  "voc|老师批评了我，该怎么跟家长说？",
  "par|被老师批评了该怎么跟家长说呢？",
  "pas|老师被我批评了该怎么跟家长说？",
  "dir|被家长批评了该怎么跟老师说？",
  "qw|被老师批评了为什么要跟家长说？")
G("travel", "从香港坐船到澳门要多久？",
  "sym|从澳门坐船到香港要多久？",
  "syn|香港坐船去澳门要多长时间？",
  "qw|从香港坐船到澳门要多少钱？",
  "ent|从香港坐大巴到澳门要多久？",
  "qw|从香港坐船到澳门在哪里上船？")
G("travel", "入境日本可以带多少现金？",
  "syn|进日本最多能带多少现金？",
  "pol|请问入境日本可以带多少现金？",
  "dir|出境日本可以带多少现金？",
  "obj|入境日本可以带多少香烟？",
  "ent|入境韩国可以带多少现金？")
G("travel", "在机场把人民币换成欧元汇率比银行差吗？",
  "wo|在银行把人民币换成欧元汇率比机场好吗？",
  "par|在机场把人民币换成欧元汇率是不是比银行差呀？",
  "dir|在机场把欧元换成人民币汇率比银行差吗？",
  "dir|在银行把人民币换成欧元汇率比机场差吗？",
  "qw|在机场把人民币换成欧元汇率比银行差多少？")
G("customer-service", "卖家可以给买家退一半的钱吗？",
  "syn|卖家能给买家退一半货款吗？",
  "pol|你好，卖家可以给买家退一半的钱吗？",
  "dir|买家可以给卖家退一半的钱吗？",
  "num|卖家可以给买家退三分之一的钱吗？",
  "qw|卖家给买家退一半的钱怎么操作？")
G("customer-service", "会员到期后自动续费能退吗？",
  "syn|会员到期后被自动续费了可以退款吗？",
  "par|会员到期后自动续费能不能退啊？",
  "op|会员到期前自动续费能退吗？",
  "act|会员到期后自动续费能关闭吗？",
  "qual|年度会员到期后自动续费超过七天能退吗？")
G("math", "7大于等于7吗？",
  "syn|7≥7成立吗？",
  "par|7是不是大于等于7呢？",
  "op|7大于7吗？",
  "op|7小于7吗？",
  "num|7大于等于8吗？")
G("math", "负数乘以负数等于正数吗？",
  "syn|负数和负数相乘结果是正数吗？",
  "par|负数乘以负数等于正数吧？",
  "op|负数加负数等于正数吗？",
  "op|负数乘以正数等于正数吗？",
  "qw|负数乘以负数为什么等于正数？")
G("math", "100的30%比50的50%大吗？",
  "wo|50的50%比100的30%小吗？",
  "typ|100的30％比50的50％大吗？",
  "dir|50的50%比100的30%大吗？",
  "qw|100的30%比50的50%大多少？",
  "num|100的20%比50的50%大吗？")
G("math", "一个数除以0.5等于乘以2吗？",
  "syn|一个数除以0.5是不是相当于乘以2？",
  "nw|一个数除以零点五等于乘以二吗？",
  "num|一个数除以0.25等于乘以2吗？",
  "op|一个数除以0.5等于除以2吗？",
  "qw|一个数除以0.5为什么等于乘以2？")
G("math", "从1加到50等于多少？",
  "nw|从一加到五十等于多少？",
  "par|从1加到50等于多少啊？",
  "num|从1加到60等于多少？",
  "op|从1乘到5等于多少？",
  "qw|从1加到50有什么简便算法？")
G("cooking", "先放盐还是先放油炒青菜？",
  "wo|炒青菜先放油还是先放盐？",
  "pol|请问炒青菜先放盐还是先放油？",
  "ent|炒鸡蛋先放盐还是先放油？",
  "qw|炒青菜为什么要先放油？",
  "qw|炒青菜放多少盐合适？")
G("cooking", "把冷冻的饺子直接下锅煮还是解冻后再煮？",
  "wo|冷冻的饺子是解冻后再煮还是直接下锅煮？",
  "par|把冷冻的饺子直接下锅煮还是解冻后再煮呢？",
  "act|把冷冻的饺子直接下锅煎还是解冻后再煎？",
  "qw|冷冻的饺子直接下锅要煮多久？",
  "obj|把冷冻的汤圆直接下锅煮还是解冻后再煮？")
G("cooking", "做蛋糕用低筋面粉代替高筋面粉可以吗？",
  "syn|做蛋糕可以用低筋粉替代高筋粉吗？",
  "pol|麻烦问一下，做蛋糕用低筋面粉代替高筋面粉可以吗？",
  "dir|做蛋糕用高筋面粉代替低筋面粉可以吗？",
  "obj|做面包用低筋面粉代替高筋面粉可以吗？",
  "qw|做蛋糕为什么要用低筋面粉？")
G("legal-hr", "员工可以向公司索赔吗？公司没给交社保。",
  "wo|公司没给交社保，员工可以向公司索赔吗？",
  "syn|公司没缴社保，员工能找公司要赔偿吗？",
  "dir|公司没给交社保，公司可以向员工索赔吗？",
  "qw|公司没给交社保，员工可以向公司索赔多少？",
  "neg|公司给交了社保，员工可以向公司索赔吗？")
G("legal-hr", "我被前同事起诉了怎么办？",
  "voc|前同事把我起诉了怎么办？",
  "par|我被前同事起诉了怎么办啊？",
  "pas|我把前同事起诉了怎么办？",
  "qw|我被前同事起诉了要赔多少？",
  "ent|我被前公司起诉了怎么办？")
G("telecom", "手机欠费停机后多久会被销号？",
  "syn|手机欠费停机以后多长时间会被注销号码？",
  "par|手机欠费停机后多久会被销号呢？",
  "qw|手机欠费停机后怎么恢复？",
  "op|手机欠费停机前多久会收到提醒？",
  "neg|手机没欠费为什么会被停机？")
G("telecom", "国际漫游时接电话收费吗？",
  "syn|国际漫游时接听电话要钱吗？",
  "pol|请问国际漫游时接电话收费吗？",
  "op|国际漫游时打电话收费吗？",
  "obj|国际漫游时收短信收费吗？",
  "qw|国际漫游时接电话一分钟多少钱？")
G("sports", "中国女排比美国女排排名高吗？",
  "wo|美国女排比中国女排排名低吗？",
  "par|中国女排是不是比美国女排排名高呀？",
  "dir|美国女排比中国女排排名高吗？",
  "ent|中国男排比美国男排排名高吗？",
  "qw|中国女排比美国女排排名高几位？")
G("sports", "NBA一场比赛打四节每节多少分钟？",
  "nw|NBA一场比赛打4节每节多少分钟？",
  "wo|NBA一场比赛每节多少分钟，一共打四节？",
  "ent|CBA一场比赛打四节每节多少分钟？",
  "qw|NBA一场比赛打四节中场休息多久？",
  "qual|NBA一场比赛打四节加时赛每节多少分钟？")
G("real-estate", "房贷从等额本息改成等额本金划算吗？",
  "syn|房贷还款方式由等额本息换成等额本金合算吗？",
  "par|房贷从等额本息改成等额本金划算不划算呢？",
  "dir|房贷从等额本金改成等额本息划算吗？",
  "qw|房贷从等额本息改成等额本金怎么办理？",
  "qw|房贷从等额本息改成等额本金能省多少钱？")
G("real-estate", "我舅舅的房子能用我的名字贷款吗？",
  "syn|我舅舅的房子可以用我的名义贷款吗？",
  "pol|请问我舅舅的房子能用我的名字贷款吗？",
  "pos|我的房子能用我舅舅的名字贷款吗？",
  "pos|我舅舅的儿子的房子能用我的名字贷款吗？",
  "qw|我舅舅的房子用我的名字贷款要什么材料？")
G("insurance", "我给我妈买的保险，受益人能写我老婆吗？",
  "syn|我给我妈买的保险，受益人可以填我老婆吗？",
  "par|我给我妈买的保险，受益人能写我老婆不？",
  "dir|我妈给我买的保险，受益人能写我老婆吗？",
  "pos|我给我老婆买的保险，受益人能写我妈吗？",
  "qw|我给我妈买的保险，受益人怎么改成我老婆？")
G("insurance", "车险过期三天内出险能赔吗？",
  "nw|车险过期3天内出险能赔吗？",
  "par|车险过期三天内出险能不能赔呀？",
  "op|车险生效前三天内出险能赔吗？",
  "num|车险过期三十天内出险能赔吗？",
  "qw|车险过期三天内出险怎么办？")
G("gaming", "我能把皮肤送给好友吗？",
  "syn|我可以把皮肤赠送给好友吗？",
  "par|我能把皮肤送给好友不？",
  "act|我能向好友索要皮肤吗？",
  "obj|我能把英雄送给好友吗？",
  "qw|我怎么把皮肤送给好友？")
G("gaming", "打排位输了会掉星吗？",
  "syn|排位赛输了会扣星吗？",
  "par|打排位输了会不会掉星啊？",
  "op|打排位赢了会掉星吗？",
  "qual|打排位挂机输了会掉星吗？",
  "qw|打排位输了掉几颗星？")


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
        group = f"x18-{index:03d}"
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
                # only a changed or moved sign or symbol, or a typo/case change, may leave the normalised text unchanged
                assert code in ("op", "sym", "wo", "dir", "typ"), (group, b)
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
    path = os.path.join(here, "..", "extra-18.jsonl")
    if len(sys.argv) > 1:
        path = sys.argv[1]
    data = rows()
    with open(path, "w", encoding="utf-8") as out:
        for row in data:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{path}: {len(data)} pairs in {len(GROUPS)} groups")


if __name__ == "__main__":
    main()
