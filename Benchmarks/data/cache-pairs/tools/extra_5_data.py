#!/usr/bin/env python3
"""Literal data for dev-extra-5.jsonl and test-extra-5.jsonl (semantic-cache question pairs).

    python3 Benchmarks/data/cache-pairs/tools/extra_5_data.py

Each group is one stored question `a` and 3-6 new questions `b`, each with a label (True: one complete, correct
answer to `a` fully answers `b`) and a class. Written by a helper that did not read Sources/ or Tests/ and did not
run the verifier. Groups are numbered in the order written; whole groups go to dev or test by the parity of the
first byte of SHA-256 of the neutral id "g5-NNN" (even: dev, ids d5-NNN; odd: test, ids t5-NNN), which does not
depend on a group's text, labels or classes.
"""
import hashlib
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

T, F = True, False
GROUPS = []


def g(domain, a, *variants):
    GROUPS.append((domain, a, variants))


# ---------------------------------------------------------------- English
# shopping
g("shopping", "Do you offer free shipping on orders over $75?",
  ("Do you offer free shipping on orders over $45?", F, "number"),
  ("Do you offer free shipping on orders under $75?", F, "antonym"),
  ("Do you offer free international shipping on orders over $75?", F, "qualifier"),
  ("Is shipping free for orders over $75?", T, "rephrase"),
  ("do you offer free shiping on orders over $75", T, "typo-case"))
g("shopping", "How do I cancel my order?",
  ("How do I track my order?", F, "action"),
  ("How do I cancel my membership?", F, "object"),
  ("Why did you cancel my order?", F, "shared-vocabulary"),
  ("How can I cancel my order?", T, "synonym"),
  ("Could you tell me how to cancel my order, please?", T, "politeness"))
g("shopping", "Can I exchange a jacket I bought on sale for a different size?",
  ("Can I exchange a jacket I bought at full price for a different size?", F, "qualifier"),
  ("Can I exchange a jacket I bought on sale for a different color?", F, "object"),
  ("Can I get a refund for a jacket I bought on sale?", F, "action"),
  ("If I bought a jacket on sale, can I swap it for another size?", T, "rephrase"),
  ("i got a jacket on sale but it doesnt fit, can i exchange it for another size", T, "rephrase"))
g("shopping", "Is the Samsung Galaxy S24 cheaper than the iPhone 15?",
  ("Is the iPhone 15 cheaper than the Samsung Galaxy S24?", F, "direction"),
  ("Is the Samsung Galaxy S24 more expensive than the iPhone 15?", F, "antonym"),
  ("Is the Samsung Galaxy S24 cheaper than the iPhone 14?", F, "entity"),
  ("Does the Samsung Galaxy S24 cost less than the iPhone 15?", T, "synonym"),
  ("is the samsung galaxy s24 cheaper than the iphone 15", T, "typo-case"))
g("shopping", "What time does the store close on Saturdays?",
  ("What time does the store open on Saturdays?", F, "antonym"),
  ("What time does the store close on Sundays?", F, "number"),
  ("Does the store close on Saturdays?", F, "question-word"),
  ("On Saturdays, what time does the store close?", T, "reorder"),
  ("When does the store close on Saturdays?", T, "synonym"))
g("shopping", "Can I use a coupon and a gift card on the same order?",
  ("Can I use two coupons on the same order?", F, "object"),
  ("Why can't I use a coupon and a gift card on the same order?", F, "question-word"),
  ("Can I use a coupon and a gift card on the same order in store?", F, "qualifier"),
  ("Is it possible to combine a coupon with a gift card in one order?", T, "rephrase"),
  ("Can I use a coupon and a gift card on one order?", T, "synonym"))
g("shopping", "How long does delivery take to Alaska?",
  ("How long does delivery take from Alaska?", F, "direction"),
  ("How much does delivery cost to Alaska?", F, "question-word"),
  ("How long does express delivery take to Alaska?", F, "qualifier"),
  ("How many days does it take to deliver to Alaska?", T, "rephrase"),
  ("Delivery to Alaska - how long does it take?", T, "reorder"))
g("shopping", "Can I return items bought with a gift card for cash?",
  ("Can I return items bought with cash for a gift card?", F, "direction"),
  ("Can I return items bought with a credit card for cash?", F, "object"),
  ("Can I exchange items bought with a gift card for cash?", F, "action"),
  ("If I paid with a gift card, can I get cash back when I return the items?", T, "rephrase"),
  ("Could you tell me if items bought with a gift card can be returned for cash?", T, "politeness"))
g("shopping", "Does the price match guarantee apply to Amazon?",
  ("Does the price match guarantee apply to Walmart?", F, "entity"),
  ("Does the price match guarantee apply to Amazon Marketplace sellers?", F, "qualifier"),
  ("Will you match Amazon's price?", T, "rephrase"),
  ("does the price match guarantee apply to amazon", T, "typo-case"))
g("shopping", "How many items can I buy per order during the sale?",
  ("How many items can I return per order during the sale?", F, "action"),
  ("How many items can I buy per customer during the sale?", F, "object"),
  ("How many items must I buy per order during the sale?", F, "modality"),
  ("During the sale, how many items can I buy per order?", T, "reorder"),
  ("What is the maximum number of items I can purchase in one order during the sale?", T, "rephrase"))
g("shopping", "Does Costco accept Mastercard?",
  ("Does Costco accept Visa?", F, "entity"),
  ("Does Sam's Club accept Mastercard?", F, "entity"),
  ("Does Costco accept Mastercard at its gas stations?", F, "qualifier"),
  ("Can I pay with Mastercard at Costco?", T, "rephrase"),
  ("does costco take mastercard", T, "synonym"))
g("shopping", "What's the refund policy for gift cards?",
  ("What's the refund policy?", F, "qualifier"),
  ("What's the refund policy for gift cards bought on Black Friday?", F, "qualifier"),
  ("What's the expiration policy for gift cards?", F, "object"),
  ("Gift cards: what's your refund policy?", T, "reorder"),
  ("Hi! I'd like to know your refund policy for gift cards.", T, "politeness"))
g("shopping", "Where can I find my order number?",
  ("Where can I find my tracking number?", F, "object"),
  ("Why can't I find my order number?", F, "question-word"),
  ("Where can I change my order number?", F, "action"),
  ("Where do I find my order number?", T, "synonym"),
  ("wher can i find my order number", T, "typo-case"),
  ("I can't remember my order number - where would I see it?", T, "rephrase"))
g("shopping", "Can I buy a laptop now and pay for it in 4 installments?",
  ("Can I buy a laptop now and pay for it in 12 installments?", F, "number"),
  ("Can I buy a laptop now and pay for it in 4 installments without interest?", F, "qualifier"),
  ("Can I return a laptop I paid for in 4 installments?", F, "action"),
  ("Is it possible to purchase a laptop today and split the payment into 4 installments?", T, "rephrase"),
  ("can i buy a laptop now and pay it in 4 instalments", T, "typo-case"))

# banking
g("banking", "How do I transfer money from PayPal to my bank account?",
  ("How do I transfer money from my bank account to PayPal?", F, "direction"),
  ("How long does it take to transfer money from PayPal to my bank account?", F, "question-word"),
  ("How do I transfer money from Venmo to my bank account?", F, "entity"),
  ("How do I move money from PayPal into my bank account?", T, "synonym"),
  ("whats the way to transfer money from paypal to my bank acount", T, "typo-case"))
g("banking", "What is the daily ATM withdrawal limit?",
  ("What is the daily ATM deposit limit?", F, "action"),
  ("What is the weekly ATM withdrawal limit?", F, "number"),
  ("What is the daily ATM withdrawal limit abroad?", F, "qualifier"),
  ("How much cash can I withdraw from an ATM per day?", T, "rephrase"),
  ("Could you tell me the daily ATM withdrawal limit?", T, "politeness"))
g("banking", "How do I freeze my debit card?",
  ("How do I unfreeze my debit card?", F, "action"),
  ("How do I freeze my credit card?", F, "object"),
  ("Why is my debit card frozen?", F, "question-word"),
  ("How can I temporarily lock my debit card?", T, "synonym"),
  ("how do i freeze my debit crad", T, "typo-case"))
g("banking", "Is the interest rate on savings higher than on a CD?",
  ("Is the interest rate on a CD higher than on savings?", F, "direction"),
  ("Is the interest rate on savings lower than on a CD?", F, "antonym"),
  ("Is the interest rate on savings higher than on a money market account?", F, "entity"),
  ("Do savings accounts pay a higher interest rate than CDs?", T, "rephrase"),
  ("Compared with a CD, is the interest rate on savings higher?", T, "reorder"))
g("banking", "Can I deposit a check over $5,000 with the mobile app?",
  ("Can I deposit a check over $500 with the mobile app?", F, "number"),
  ("Can I deposit a check under $5,000 with the mobile app?", F, "antonym"),
  ("Can I cash a check over $5,000 with the mobile app?", F, "action"),
  ("With the mobile app, can I deposit a check over $5,000?", T, "reorder"),
  ("Is it possible to deposit a check of more than $5,000 using the mobile app?", T, "rephrase"))
g("banking", "What fee do you charge for international wire transfers?",
  ("What fee do you charge for domestic wire transfers?", F, "qualifier"),
  ("What fee do you charge for incoming international wire transfers?", F, "qualifier"),
  ("What limit do you set for international wire transfers?", F, "object"),
  ("How much is the fee for an international wire transfer?", T, "rephrase"),
  ("What fee do you charge for international wire transfers, please?", T, "politeness"))
g("banking", "How do I add my wife as an authorized user on my credit card?",
  ("How do I remove my wife as an authorized user on my credit card?", F, "action"),
  ("How do I add myself as an authorized user on my wife's credit card?", F, "direction"),
  ("How do I add my son as an authorized user on my credit card?", F, "object"),
  ("How can I make my wife an authorized user on my credit card?", T, "rephrase"),
  ("how do I add my wife as an authorised user on my credit card", T, "typo-case"))
g("banking", "Can I pay my credit card bill using a different credit card?",
  ("Can I pay my credit card bill using a debit card?", F, "object"),
  ("Can I pay my mortgage using a different credit card?", F, "shared-vocabulary"),
  ("Is it possible to pay off a credit card bill using a different credit card?", T, "rephrase"),
  ("can I pay my credit card bill using a diffrent credit card??", T, "typo-case"))
g("banking", "What happens if my account balance goes below zero?",
  ("What happens if my account balance goes above $250,000?", F, "number"),
  ("What happens if my account balance goes below the minimum balance?", F, "object"),
  ("What happens if my account balance stays at zero?", F, "shared-vocabulary"),
  ("What happens when my account balance drops below zero?", T, "synonym"),
  ("What happens if my account goes negative?", T, "rephrase"))
g("banking", "Should I pay off my car loan or my student loan first?",
  ("Should I pay off my student loan or my car loan first?", T, "reorder"),
  ("Should I pay off my car loan or save for retirement first?", F, "object"),
  ("Should I refinance my car loan or my student loan first?", F, "action"),
  ("Which should I pay off first, my car loan or my student loan?", T, "rephrase"))
g("banking", "Is a credit score of 700 good enough for a mortgage?",
  ("Is a credit score of 600 good enough for a mortgage?", F, "number"),
  ("Is a credit score of 700 good enough for a car loan?", F, "object"),
  ("Is a credit score of 700 good enough for a jumbo mortgage?", F, "qualifier"),
  ("Is a 700 credit score enough to get a mortgage?", T, "rephrase"),
  ("For a mortgage, is a credit score of 700 good enough?", T, "reorder"))
g("banking", "What's the exchange rate from euros to dollars today?",
  ("What's the exchange rate from dollars to euros today?", F, "direction"),
  ("What was the exchange rate from euros to dollars yesterday?", F, "number"),
  ("What's the exchange rate from euros to pounds today?", F, "entity"),
  ("Today's euro to dollar exchange rate?", T, "rephrase"),
  ("How many dollars does one euro buy today?", T, "rephrase"))
g("banking", "Can I open a joint checking account online?",
  ("Can I close a joint checking account online?", F, "antonym"),
  ("Can I open a business checking account online?", F, "object"),
  ("Can I open a joint checking account online with a non-resident?", F, "qualifier"),
  ("Is it possible to open a joint checking account on the internet?", T, "synonym"),
  ("Can I open a joint checking account online? Thanks in advance", T, "politeness"))

# health
g("health", "Can I take ibuprofen with acetaminophen?",
  ("Can I take ibuprofen with aspirin?", F, "entity"),
  ("Should I take ibuprofen with acetaminophen?", F, "modality"),
  ("Can I take ibuprofen with acetaminophen while pregnant?", F, "qualifier"),
  ("Is it safe to take ibuprofen and acetaminophen together?", T, "rephrase"),
  ("can i take ibuprofen w/ acetaminophen", T, "typo-case"))
g("health", "How much vitamin D should an adult take per day?",
  ("How much vitamin D should a child take per day?", F, "object"),
  ("How much vitamin C should an adult take per day?", F, "entity"),
  ("How much vitamin D should an adult take per week?", F, "number"),
  ("What is the recommended daily dose of vitamin D for adults?", T, "rephrase"),
  ("Per day, how much vitamin D should an adult take?", T, "reorder"))
g("health", "Should I use ice or heat on a sprained ankle?",
  ("Should I use heat or ice on a sprained ankle?", T, "reorder"),
  ("Should I use ice or heat on a sprained wrist?", F, "object"),
  ("Should I use ice or heat on a sprained ankle after 3 days?", F, "qualifier"),
  ("Ice or heat for a sprained ankle?", T, "rephrase"))
g("health", "Is it safe to drink coffee before a blood test?",
  ("Is it safe to drink coffee after a blood test?", F, "direction"),
  ("Is it safe to drink water before a blood test?", F, "object"),
  ("Is it safe to drink coffee before a fasting blood test?", F, "qualifier"),
  ("Can I have coffee before a blood test?", T, "synonym"),
  ("Before a blood test, is it safe to drink coffee?", T, "reorder"))
g("health", "What is a normal resting heart rate for adults?",
  ("What is a normal resting heart rate for children?", F, "object"),
  ("What is a normal maximum heart rate for adults?", F, "qualifier"),
  ("What is a dangerous resting heart rate for adults?", F, "antonym"),
  ("What's a normal resting heart rate in adults?", T, "synonym"),
  ("For an adult, what counts as a normal heart rate at rest?", T, "rephrase"))
g("health", "Does getting the flu shot protect me against COVID-19?",
  ("Does getting the COVID-19 shot protect me against the flu?", F, "direction"),
  ("Does getting the flu shot protect me against the common cold?", F, "entity"),
  ("Can the flu vaccine protect me from COVID-19?", T, "rephrase"),
  ("does getting the flu shot protect me against covid 19", T, "typo-case"))
g("health", "How many hours of sleep does a 15-year-old need?",
  ("How many hours of sleep does a 5-year-old need?", F, "object"),
  ("How many hours of sleep does a 15-year-old get on average?", F, "shared-vocabulary"),
  ("How much sleep does a 15-year-old need?", T, "synonym"),
  ("Could you tell me how many hours of sleep a 15-year-old needs?", T, "politeness"))
g("health", "Can I exercise with a mild fever?",
  ("Can I exercise with a high fever?", F, "qualifier"),
  ("Can I exercise after a mild fever?", F, "direction"),
  ("Can I exercise with a mild cold?", F, "object"),
  ("Is it OK to work out when I have a slight fever?", T, "rephrase"),
  ("can I excercise with a mild fever", T, "typo-case"))
g("health", "How long after a tetanus shot can I swim?",
  ("How long before a tetanus shot can I swim?", F, "direction"),
  ("How long after a flu shot can I swim?", F, "entity"),
  ("How long after a tetanus shot can I drink alcohol?", F, "action"),
  ("After getting a tetanus shot, how long should I wait before swimming?", T, "rephrase"),
  ("how long after a tetnus shot can i go swimming", T, "typo-case"))
g("health", "Is it normal for a newborn to sleep 18 hours a day?",
  ("Is it normal for a newborn to sleep 8 hours a day?", F, "number"),
  ("Is it normal for a toddler to sleep 18 hours a day?", F, "object"),
  ("Is it normal for a newborn to eat 18 times a day?", F, "action"),
  ("Is sleeping 18 hours a day normal for a newborn baby?", T, "reorder"),
  ("My newborn sleeps about 18 hours a day. Is that normal?", T, "rephrase"))

# programming
g("programming", "In Python, what does x == None return when x is 0?",
  ("In Python, what does x != None return when x is 0?", F, "operator"),
  ("In Python, what does x == None return when x is an empty list?", F, "object"),
  ("In JavaScript, what does x == null return when x is 0?", F, "entity"),
  ("In Python, when x is 0, what does x == None return?", T, "reorder"),
  ("What is the result of x == None in Python if x equals 0?", T, "rephrase"))
g("programming", "How do I merge the main branch into my feature branch?",
  ("How do I merge my feature branch into the main branch?", F, "direction"),
  ("How do I rebase my feature branch onto the main branch?", F, "action"),
  ("How do I merge the main branch into my feature branch without a merge commit?", F, "qualifier"),
  ("What's the command to merge main into my feature branch?", T, "rephrase"),
  ("how do i merge the main branch into my feature branch", T, "typo-case"))
g("programming", "What is the difference between let and const in JavaScript?",
  ("What is the difference between let and var in JavaScript?", F, "entity"),
  ("What is the difference between const and let in JavaScript?", T, "reorder"),
  ("When should I use let instead of const in JavaScript?", F, "shared-vocabulary"),
  ("let vs const in JavaScript: what's the difference?", T, "rephrase"))
g("programming", "How do I turn a string like '42' into an integer in Python?",
  ("How do I turn an integer like 42 into a string in Python?", F, "direction"),
  ("How do I turn a string like '4.2' into a float in Python?", F, "object"),
  ("How do I turn a string like '42' into an integer in Java?", F, "entity"),
  ("python: turn a string into an int", T, "rephrase"),
  ("How can I convert a string like '42' into an integer in Python?", T, "synonym"))
g("programming", "Does Python 3.12 support the match statement?",
  ("Does Python 3.9 support the match statement?", F, "entity"),
  ("Does Python 3.12 support the switch statement?", F, "object"),
  ("Is the match statement supported in Python 3.12?", T, "reorder"),
  ("Does python 3.12 support the match statment", T, "typo-case"))
g("programming", "What does `if not items:` check in Python?",
  ("What does `if items:` check in Python?", F, "negation"),
  ("What does `if items is not None:` check in Python?", F, "operator"),
  ("In Python, what is `if not items:` checking for?", T, "rephrase"),
  ("What does `if not items:` check in Python? I'd be grateful for an explanation.", T, "politeness"))
g("programming", "How do I sort a list in descending order in Python?",
  ("How do I sort a list in ascending order in Python?", F, "antonym"),
  ("How do I sort a dictionary in descending order in Python?", F, "object"),
  ("How do I sort a list in descending order in Java?", F, "entity"),
  ("python sort list descending", T, "rephrase"),
  ("How can I sort a Python list from largest to smallest?", T, "rephrase"))
g("programming", "How do I undo my last git commit but keep the changes?",
  ("How do I undo my last git commit and discard the changes?", F, "antonym"),
  ("How do I undo my last git push but keep the changes?", F, "object"),
  ("How do I undo my last two git commits but keep the changes?", F, "number"),
  ("How can I undo the most recent git commit while keeping my changes?", T, "rephrase"),
  ("how do i undo my last git commit but keep the changes??", T, "typo-case"))
g("programming", "Is a tuple faster than a list in Python?",
  ("Is a list faster than a tuple in Python?", F, "direction"),
  ("Is a tuple slower than a list in Python?", F, "antonym"),
  ("Is a tuple faster than a set in Python?", F, "object"),
  ("In Python, is a tuple faster than a list?", T, "reorder"),
  ("Are tuples faster than lists in Python?", T, "synonym"))
g("programming", "What does the && operator do in bash?",
  ("What does the || operator do in bash?", F, "operator"),
  ("What does the & operator do in bash?", F, "operator"),
  ("What does the && operator do in PowerShell?", F, "entity"),
  ("In bash, what is the && operator for?", T, "rephrase"),
  ("what does && do in bash", T, "typo-case"))
g("programming", "How do I check if a file exists in Node.js?",
  ("How do I check if a directory exists in Node.js?", F, "object"),
  ("How do I delete a file if it exists in Node.js?", F, "action"),
  ("How do I check if a file exists in Deno?", F, "entity"),
  ("Node.js: how to test whether a file exists?", T, "rephrase"),
  ("How can I tell whether a file exists using Node.js?", T, "synonym"))
g("programming", "Should I use a HashMap or a TreeMap when I need sorted keys in Java?",
  ("Should I use a HashMap or a TreeMap when I need fast lookups in Java?", F, "shared-vocabulary"),
  ("Should I use a TreeMap or a HashMap when I need sorted keys in Java?", T, "reorder"),
  ("In Java, HashMap or TreeMap if I need the keys kept sorted?", T, "rephrase"),
  ("Should I use a HashMap or a LinkedHashMap when I need sorted keys in Java?", F, "entity"))
g("programming", "How do I make a GET request with curl?",
  ("How do I make a POST request with curl?", F, "entity"),
  ("How do I make a GET request with wget?", F, "entity"),
  ("How do I make a GET request with curl and follow redirects?", F, "qualifier"),
  ("curl GET request how to", T, "rephrase"),
  ("How do I send a GET request using curl?", T, "synonym"))
g("programming", "What is the time complexity of inserting into a binary heap?",
  ("What is the time complexity of deleting from a binary heap?", F, "action"),
  ("What is the space complexity of inserting into a binary heap?", F, "object"),
  ("What is the time complexity of inserting into a binary search tree?", F, "entity"),
  ("Binary heap insertion: what's the time complexity?", T, "reorder"),
  ("What's the Big-O time for an insert into a binary heap?", T, "rephrase"))
g("programming", "In SQL, does WHERE price > 100 include rows where price is 100?",
  ("In SQL, does WHERE price >= 100 include rows where price is 100?", F, "operator"),
  ("In SQL, does WHERE price < 100 include rows where price is 100?", F, "operator"),
  ("In SQL, does WHERE price > 100 include rows where price is NULL?", F, "object"),
  ("In SQL, are rows where price equals 100 included by WHERE price > 100?", T, "reorder"),
  ("If price is exactly 100, will WHERE price > 100 return that row in SQL?", T, "rephrase"))
g("programming", "What is the output of print(3 // 2) in Python?",
  ("What is the output of print(3 / 2) in Python?", F, "operator"),
  ("What is the output of print(3 % 2) in Python?", F, "operator"),
  ("What is the output of print(2 // 3) in Python?", F, "direction"),
  ("In Python, what does print(3 // 2) print?", T, "rephrase"),
  ("what is the output of print(3//2) in python", T, "typo-case"))
g("programming", "How do I check if a number is even in JavaScript?",
  ("How do I check if a number is odd in JavaScript?", F, "antonym"),
  ("How do I check if a number is even in Rust?", F, "entity"),
  ("How do I check if a number is an integer in JavaScript?", F, "object"),
  ("JavaScript: how to test whether a number is even", T, "rephrase"),
  ("how do i check if a number is even in javascript?", T, "typo-case"))
g("programming", "Why is `[] == false` true in JavaScript?",
  ("Why is `[] === false` false in JavaScript?", F, "operator"),
  ("Why is `[] == ![]` true in JavaScript?", F, "operator"),
  ("In JavaScript, why does `[] == false` evaluate to true?", T, "rephrase"),
  ("why is [] == false true in javascript", T, "typo-case"))
g("programming", "What's the difference between git pull and git fetch?",
  ("What's the difference between git fetch and git pull?", T, "reorder"),
  ("What's the difference between git pull and git clone?", F, "entity"),
  ("When should I use git pull instead of git fetch?", F, "shared-vocabulary"),
  ("git pull vs git fetch", T, "rephrase"))
g("programming", "Does a child class inherit private methods from its parent class in Java?",
  ("Does a parent class inherit private methods from its child class in Java?", F, "direction"),
  ("Does a child class inherit protected methods from its parent class in Java?", F, "qualifier"),
  ("Does a child class inherit private methods from its parent class in C++?", F, "entity"),
  ("In Java, are a parent class's private methods inherited by its subclass?", T, "rephrase"),
  ("In Java, does a subclass inherit its superclass's private methods?", T, "synonym"))
g("programming", "Why does npm say react-dom depends on react 18?",
  ("Why does npm say react depends on react-dom 18?", F, "direction"),
  ("Why does npm say react-dom depends on react 17?", F, "number"),
  ("Why does yarn say react-dom depends on react 18?", F, "entity"),
  ("Why does npm tell me that react-dom requires react 18?", T, "synonym"),
  ("npm says react-dom depends on react 18. Why?", T, "reorder"))
g("programming", "What does the ! operator do before a variable in JavaScript?",
  ("What does the !! operator do before a variable in JavaScript?", F, "operator"),
  ("What does the ~ operator do before a variable in JavaScript?", F, "operator"),
  ("In JavaScript, what does putting ! in front of a variable do?", T, "rephrase"),
  ("What does the ! operator do in front of a variable in JavaScript?", T, "synonym"))
g("programming", "How do I upload a file to an S3 bucket with the AWS CLI?",
  ("How do I download a file from an S3 bucket with the AWS CLI?", F, "antonym"),
  ("How do I upload a folder to an S3 bucket with the AWS CLI?", F, "object"),
  ("How do I upload a file to an S3 bucket with boto3?", F, "entity"),
  ("AWS CLI: how do I copy a local file up to an S3 bucket?", T, "rephrase"),
  ("how to upload file to s3 bucket using aws cli", T, "typo-case"))
g("programming", "Can a foreign key reference a column that is not a primary key?",
  ("Can a primary key reference a column that is not a foreign key?", F, "direction"),
  ("Can a foreign key reference a column that is a primary key?", F, "negation"),
  ("Can a foreign key be NULL?", F, "shared-vocabulary"),
  ("Is it possible for a foreign key to point at a non-primary-key column?", T, "rephrase"),
  ("Can a foreign key reference a non-primary-key column?", T, "rephrase"))
g("programming", "In C, is i++ faster than ++i?",
  ("In C, is ++i faster than i++?", F, "direction"),
  ("In C++, is i++ faster than ++i?", F, "entity"),
  ("In C, is i++ slower than ++i?", F, "antonym"),
  ("Is i++ faster than ++i in C?", T, "reorder"),
  ("In C, is i++ quicker than ++i?", T, "synonym"))
g("programming", "Why does my while loop with i <= 10 run 11 times?",
  ("Why does my while loop with i < 10 run 11 times?", F, "operator"),
  ("Why does my while loop with i <= 10 run 10 times?", F, "number"),
  ("Why does my for loop with i <= 10 run 11 times?", F, "entity"),
  ("My while loop uses i <= 10 and runs 11 times - why?", T, "reorder"),
  ("Why does my while loop with i<=10 run 11 times", T, "typo-case"))
g("programming", "How do I kill the process that is using port 8080 on Linux?",
  ("How do I kill the process that is using port 3000 on Linux?", F, "number"),
  ("How do I find the process that is using port 8080 on Linux?", F, "action"),
  ("How do I kill the process that is using port 8080 on Windows?", F, "entity"),
  ("Linux: how do I stop whatever process is listening on port 8080?", T, "rephrase"),
  ("how do I kill the proccess using port 8080 on linux", T, "typo-case"))

# math
g("math", "What is the derivative of x^2?",
  ("What is the derivative of x^3?", F, "operator"),
  ("What is the integral of x^2?", F, "action"),
  ("What is the derivative of x^-2?", F, "operator"),
  ("what's the derivative of x squared", T, "rephrase"),
  ("What's the derivative of x^2?", T, "typo-case"))
g("math", "Is 2^11 greater than 10^3?",
  ("Is 10^3 greater than 2^11?", F, "direction"),
  ("Is 2^11 less than 10^3?", F, "antonym"),
  ("Is 2^11 greater than 10^4?", F, "number"),
  ("Is 2 to the power of 11 bigger than 10 cubed?", T, "rephrase"),
  ("Is 2^11 > 10^3?", T, "rephrase"))
g("math", "What is 15% of 120?",
  ("What is 15% of 130?", F, "number"),
  ("120 is 15% of what number?", F, "direction"),
  ("What is 120 plus 15%?", F, "operator"),
  ("Calculate fifteen percent of one hundred twenty.", T, "rephrase"),
  ("what is 15 percent of 120", T, "typo-case"))
g("math", "Solve x + 5 = 12.",
  ("Solve x - 5 = 12.", F, "operator"),
  ("Solve x + 5 = 21.", F, "number"),
  ("Solve 5x = 12.", F, "operator"),
  ("Solve for x: x + 5 = 12", T, "rephrase"),
  ("solve x+5=12", T, "typo-case"))
g("math", "How many prime numbers are there less than 100?",
  ("How many prime numbers are there less than 1000?", F, "number"),
  ("How many odd numbers are there less than 100?", F, "object"),
  ("What is the sum of the prime numbers less than 100?", F, "question-word"),
  ("How many primes are below 100?", T, "synonym"),
  ("Could you tell me how many prime numbers there are under 100?", T, "politeness"))
g("math", "If x > 3, is x^2 > 9?",
  ("If x < 3, is x^2 < 9?", F, "operator"),
  ("If x^2 > 9, is x > 3?", F, "direction"),
  ("If x >= 3, is x^2 > 9?", F, "operator"),
  ("Does x > 3 imply x^2 > 9?", T, "rephrase"),
  ("If x is greater than 3, is x squared greater than 9?", T, "rephrase"))
g("math", "What is the area of a circle with radius 4?",
  ("What is the area of a circle with diameter 4?", F, "object"),
  ("What is the circumference of a circle with radius 4?", F, "shared-vocabulary"),
  ("What is the surface area of a sphere with radius 4?", F, "entity"),
  ("Find the area of a circle whose radius is 4.", T, "rephrase"),
  ("What's the area of a circle with a radius of 4?", T, "synonym"))
g("math", "Is every square a rectangle?",
  ("Is every rectangle a square?", F, "direction"),
  ("Is every square a rhombus?", F, "object"),
  ("Are all squares rectangles?", T, "synonym"),
  ("is every square a rectangle", T, "typo-case"))
g("math", "What is the probability of getting at least one six when I roll a pair of dice?",
  ("What is the probability of getting exactly one six when I roll a pair of dice?", F, "quantifier"),
  ("What is the probability of getting at least one six when I roll three dice?", F, "number"),
  ("What is the probability of getting at most one six when I roll a pair of dice?", F, "quantifier"),
  ("With two dice, what's the probability of getting at least one six?", T, "reorder"),
  ("If I roll two dice, what are the chances that at least one of them shows a six?", T, "rephrase"))
g("math", "Is 0.999... equal to 1?",
  ("Is 0.999... less than 1?", F, "operator"),
  ("Is 0.999 equal to 1?", F, "number"),
  ("Does 0.9 repeating equal 1?", T, "rephrase"),
  ("Is 0.999 recurring exactly equal to one?", T, "rephrase"))
g("math", "What is 7 times 8?",
  ("What is 7 plus 8?", F, "operator"),
  ("What is 7 times 9?", F, "number"),
  ("What is 7 divided by 8?", F, "operator"),
  ("What is 8 times 7?", T, "reorder"),
  ("What's 7 x 8?", T, "rephrase"))
g("math", "What is 10 minus 4?",
  ("What is 4 minus 10?", F, "direction"),
  ("What is 10 plus 4?", F, "operator"),
  ("Subtract 4 from 10.", T, "rephrase"),
  ("whats 10 - 4", T, "typo-case"))
g("math", "Is log(a*b) equal to log(a) + log(b)?",
  ("Is log(a+b) equal to log(a) * log(b)?", F, "operator"),
  ("Is log(a/b) equal to log(a) - log(b)?", F, "operator"),
  ("Is log(a*b) equal to log(a) * log(b)?", F, "operator"),
  ("Does log(ab) = log a + log b?", T, "rephrase"),
  ("is log(ab) = log(a) + log(b)", T, "typo-case"))
g("math", "How do I find the inverse of a 2x2 matrix?",
  ("How do I find the inverse of a 3x3 matrix?", F, "number"),
  ("How do I find the determinant of a 2x2 matrix?", F, "object"),
  ("What's the method for inverting a 2x2 matrix?", T, "rephrase"),
  ("how to find inverse of 2x2 matrix", T, "typo-case"))
g("math", "Which is bigger, 3/4 or 5/7?",
  ("Which is bigger, 5/7 or 3/4?", T, "reorder"),
  ("Which is smaller, 3/4 or 5/7?", F, "antonym"),
  ("Which is bigger, 3/4 or 5/6?", F, "number"),
  ("Out of 3/4 and 5/7, which one is larger?", T, "rephrase"))
g("math", "Is the square root of 2 rational?",
  ("Is the square root of 4 rational?", F, "number"),
  ("Is the cube root of 2 rational?", F, "operator"),
  ("Is the square root of 2 irrational?", F, "antonym"),
  ("Is √2 a rational number?", T, "rephrase"),
  ("Is sqrt(2) rational?", T, "rephrase"))
g("math", "If a train travels 60 miles in 1.5 hours, what is its average speed?",
  ("If a train travels 90 miles in 1.5 hours, what is its average speed?", F, "number"),
  ("If a train travels 60 miles at 1.5 miles per minute, how long does it take?", F, "shared-vocabulary"),
  ("A train covers 60 miles in an hour and a half. What's its average speed?", T, "rephrase"),
  ("What is the average speed of a train that goes 60 miles in 1.5 hours?", T, "reorder"))
g("math", "Is the sum of two odd integers always even?",
  ("Is the product of two odd integers always even?", F, "operator"),
  ("Is the sum of two even integers always even?", F, "object"),
  ("Is the sum of three odd integers always even?", F, "number"),
  ("Is the sum of two odd integers always odd?", F, "antonym"),
  ("Do two odd integers always add up to an even number?", T, "rephrase"),
  ("If you add two odd integers, is the result always even?", T, "rephrase"))

# school / tutoring
g("school", "When is the deadline to apply for fall semester financial aid?",
  ("When is the deadline to apply for spring semester financial aid?", F, "number"),
  ("Where do I apply for fall semester financial aid?", F, "question-word"),
  ("When is the deadline to accept fall semester financial aid?", F, "action"),
  ("What's the last day to apply for financial aid for the fall semester?", T, "rephrase"),
  ("Could you tell me when the deadline to apply for fall semester financial aid is?", T, "politeness"))
g("school", "Can I retake an exam if I failed it?",
  ("Can I retake an exam if I passed it?", F, "antonym"),
  ("Can I retake an exam if I missed it?", F, "shared-vocabulary"),
  ("How many times can I retake an exam if I failed it?", F, "question-word"),
  ("If I failed an exam, can I retake it?", T, "reorder"),
  ("can i retake a exam if i failed it", T, "typo-case"))
g("school", "What is the average score on the SAT math section?",
  ("What is the average score on the SAT reading section?", F, "object"),
  ("What is the average score on the ACT math section?", F, "entity"),
  ("What is the maximum score on the SAT math section?", F, "shared-vocabulary"),
  ("On the SAT math section, what is the average score?", T, "reorder"),
  ("What's the mean score for SAT math?", T, "synonym"))
g("school", "How do I explain fractions to a 7-year-old?",
  ("How do I explain fractions to a 12-year-old?", F, "number"),
  ("How do I explain decimals to a 7-year-old?", F, "object"),
  ("What's a good way to teach fractions to a seven year old?", T, "rephrase"),
  ("Could you help me explain fractions to my 7-year-old?", T, "politeness"))
g("school", "Who is the author of the novel Pride and Prejudice?",
  ("Who is the author of the novel Sense and Sensibility?", F, "object"),
  ("When was the novel Pride and Prejudice published?", F, "question-word"),
  ("The novel Pride and Prejudice was written by whom?", T, "reorder"),
  ("who is the author of the novel pride & prejudice", T, "typo-case"))
g("school", "What is the difference between mitosis and meiosis?",
  ("What is the difference between meiosis and mitosis?", T, "reorder"),
  ("What are the similarities between mitosis and meiosis?", F, "antonym"),
  ("What is the difference between mitosis and binary fission?", F, "entity"),
  ("mitosis vs meiosis difference", T, "rephrase"))
g("school", "Did World War I start before the Russian Revolution?",
  ("Did World War I end before the Russian Revolution?", F, "antonym"),
  ("Did the Russian Revolution start before World War I?", F, "direction"),
  ("Did World War I start after the Russian Revolution?", F, "direction"),
  ("Was the start of World War I earlier than the Russian Revolution?", T, "rephrase"),
  ("Did WW1 start before the Russian Revolution?", T, "synonym"))
g("school", "How many credits do I need to graduate with a bachelor's degree?",
  ("How many credits do I need to graduate with a master's degree?", F, "entity"),
  ("How many credits can I transfer toward a bachelor's degree?", F, "shared-vocabulary"),
  ("How many credits do I need to graduate with a bachelor's degree with honors?", F, "qualifier"),
  ("What's the number of credits required to graduate with a bachelor's?", T, "rephrase"),
  ("To graduate with a bachelor's degree, how many credits do I need?", T, "reorder"))
g("school", "Is the chemistry final harder than the midterm?",
  ("Is the midterm harder than the chemistry final?", F, "direction"),
  ("Is the chemistry final easier than the midterm?", F, "antonym"),
  ("Is the physics final harder than the midterm?", F, "entity"),
  ("Is the chemistry final more difficult than the midterm?", T, "synonym"),
  ("Is the chem final harder than the midterm?", T, "synonym"))
g("school", "Can my kid switch from French to Spanish after the first semester?",
  ("Can my kid switch from Spanish to French after the first semester?", F, "direction"),
  ("Can my kid switch from French to Spanish after the second semester?", F, "number"),
  ("Can my kid switch from French to Spanish before the first semester?", F, "direction"),
  ("After the first semester, can my child change from French to Spanish?", T, "reorder"),
  ("Is my kid allowed to switch from French to Spanish once the first semester is over?", T, "rephrase"))
g("school", "Do tutors help with homework for kids under 10?",
  ("Do tutors help with homework for kids over 10?", F, "antonym"),
  ("Do tutors help with test prep for kids under 10?", F, "object"),
  ("Do tutors help with homework for kids under 10 online?", F, "qualifier"),
  ("For kids younger than 10, do tutors help with homework?", T, "reorder"),
  ("Do your tutors help kids younger than ten with their homework?", T, "rephrase"))

# travel
g("travel", "Do I need a visa to visit Japan from the US as a tourist?",
  ("Do I need a visa to visit the US from Japan as a tourist?", F, "direction"),
  ("Do I need a visa to visit China from the US as a tourist?", F, "entity"),
  ("Do I need a visa to work in Japan as a US citizen?", F, "action"),
  ("Do I need a visa to visit Japan from the US as a tourist for more than 90 days?", F, "qualifier"),
  ("As an American tourist, do I need a visa to visit Japan?", T, "rephrase"),
  ("Do I need a visa to visit Japan from the U.S. as a tourist", T, "typo-case"))
g("travel", "How much is the checked bag fee on international flights?",
  ("How much is the checked bag fee on domestic flights?", F, "qualifier"),
  ("How much is the carry-on bag fee on international flights?", F, "object"),
  ("How heavy can a checked bag be on international flights?", F, "question-word"),
  ("What does it cost to check a bag on an international flight?", T, "rephrase"),
  ("how much is the checked-bag fee on international flights", T, "typo-case"))
g("travel", "What is the fastest way to get from JFK to Manhattan?",
  ("What is the fastest way to get from Manhattan to JFK?", F, "direction"),
  ("What is the cheapest way to get from JFK to Manhattan?", F, "shared-vocabulary"),
  ("What is the fastest way to get from LaGuardia to Manhattan?", F, "entity"),
  ("Fastest way from JFK to Manhattan?", T, "rephrase"),
  ("From JFK to Manhattan, what's the quickest way to get there?", T, "synonym"))
g("travel", "Can I change my flight date without paying a fee?",
  ("Can I change my flight date by paying a fee?", F, "negation"),
  ("Can I cancel my flight without paying a fee?", F, "action"),
  ("Can I change my flight destination without paying a fee?", F, "object"),
  ("Is it possible to change the date of my flight for free?", T, "rephrase"),
  ("Hello, I'd like to know if I can change my flight date without paying a fee.", T, "politeness"))
g("travel", "Is it cheaper to fly into Rome or Milan from London?",
  ("Is it cheaper to fly into London from Rome or Milan?", F, "direction"),
  ("Is it cheaper to fly into Milan or Rome from London?", T, "reorder"),
  ("Is it faster to fly into Rome or Milan from London?", F, "shared-vocabulary"),
  ("Is it cheaper to fly into Rome or Milan from Paris?", F, "entity"),
  ("From London, is it cheaper to fly into Rome or Milan?", T, "reorder"))
g("travel", "What time is check-in at the hotel?",
  ("What time is check-out at the hotel?", F, "antonym"),
  ("Can I check in early at the hotel?", F, "shared-vocabulary"),
  ("At the hotel, what time is check-in?", T, "reorder"),
  ("From what time can I check in at the hotel?", T, "rephrase"))
g("travel", "How many hours before an international flight should I arrive at the airport?",
  ("How many hours before a domestic flight should I arrive at the airport?", F, "qualifier"),
  ("How many hours before an international flight does check-in close?", F, "shared-vocabulary"),
  ("How early should I get to the airport for an international flight?", T, "rephrase"),
  ("how many hours before an international flight should i arrive at the airport", T, "typo-case"))
g("travel", "Is travel insurance required for a Schengen visa?",
  ("Is travel insurance required for a US visa?", F, "entity"),
  ("Is travel insurance recommended for a Schengen visa?", F, "modality"),
  ("How much travel insurance coverage is required for a Schengen visa?", F, "question-word"),
  ("Do I need travel insurance to get a Schengen visa?", T, "synonym"),
  ("Is travel insurance mandatory for a Schengen visa?", T, "synonym"))
g("travel", "Can I pack a 20000mAh power bank in my checked suitcase?",
  ("Can I pack a 20000mAh power bank in my carry-on bag?", F, "object"),
  ("Can I pack a laptop in my checked suitcase?", F, "object"),
  ("Can I pack two 20000mAh power banks in my checked suitcase?", F, "number"),
  ("Are 20000mAh power banks allowed in checked baggage?", T, "rephrase"),
  ("can i pack a 20000mah powerbank in my checked suitcase", T, "typo-case"))
g("travel", "Is the train from Paris to Brussels faster than the bus?",
  ("Is the train from Brussels to Paris faster than the bus?", F, "direction"),
  ("Is the bus from Paris to Brussels faster than the train?", F, "direction"),
  ("Is the train from Paris to Brussels cheaper than the bus?", F, "shared-vocabulary"),
  ("Going from Paris to Brussels, is the train quicker than the bus?", T, "rephrase"),
  ("Is the Paris to Brussels train faster than the bus?", T, "reorder"))
g("travel", "Do kids under 2 need their own seat on a plane?",
  ("Do kids over 2 need their own seat on a plane?", F, "antonym"),
  ("Do kids under 2 need their own passport?", F, "object"),
  ("Do kids under 12 need their own seat on a plane?", F, "number"),
  ("Does a child younger than two need a separate seat on a flight?", T, "rephrase"),
  ("Do kids under 2 need their own seat on a plane? Thanks!", T, "politeness"))

# customer service
g("customer-service", "How do I reset my password?",
  ("How do I change my password?", F, "action"),
  ("How do I reset my security questions?", F, "object"),
  ("I forgot my password, how do I reset it?", T, "rephrase"),
  ("how do i reset my pasword", T, "typo-case"),
  ("Could you please tell me how to reset my password?", T, "politeness"))
g("customer-service", "Can I speak to a human instead of the chatbot?",
  ("Can I speak to the chatbot instead of a human?", F, "direction"),
  ("Can I email a human instead of the chatbot?", F, "action"),
  ("Is there a way to talk to a real person rather than the bot?", T, "rephrase"),
  ("Could I please speak to a human instead of the chatbot?", T, "politeness"))
g("customer-service", "What are your phone support hours on weekends?",
  ("What are your phone support hours on weekdays?", F, "qualifier"),
  ("What are your phone support hours on public holidays?", F, "qualifier"),
  ("What is your phone support number on weekends?", F, "object"),
  ("On weekends, what are your phone support hours?", T, "reorder"),
  ("When is phone support open on weekends?", T, "rephrase"))
g("customer-service", "How long does it take to get a refund to my credit card?",
  ("How long does it take to get a refund to my PayPal account?", F, "object"),
  ("How do I get a refund to my credit card?", F, "question-word"),
  ("How many days until a refund shows up on my credit card?", T, "rephrase"),
  ("how long does it take to get a refund to my credit card", T, "typo-case"))
g("customer-service", "Why was I charged twice for one order?",
  ("Why was I charged once for two orders?", F, "number"),
  ("Why was I charged twice for one subscription?", F, "object"),
  ("Why was I refunded twice for one order?", F, "action"),
  ("What should I do if I was charged twice for one order?", F, "question-word"),
  ("Why did I get billed two times for a single order?", T, "synonym"),
  ("Why was I charged twice for one order??", T, "typo-case"))
g("customer-service", "Can I change the delivery address after the order has shipped?",
  ("Can I change the delivery address before the order has shipped?", F, "direction"),
  ("Can I change the billing address after the order has shipped?", F, "object"),
  ("Can I cancel the order after it has shipped?", F, "action"),
  ("After my order has shipped, can I still change the delivery address?", T, "reorder"),
  ("Is it still possible to update the shipping address once the order is on its way?", T, "rephrase"))
g("customer-service", "How do I file a complaint about a rude employee?",
  ("How do I file a complaint about a late delivery?", F, "object"),
  ("How do I withdraw a complaint about a rude employee?", F, "action"),
  ("How do I file a compliment about a helpful employee?", F, "antonym"),
  ("What's the process for complaining about a rude staff member?", T, "rephrase"),
  ("How can I complain about an employee who was rude?", T, "rephrase"))
g("customer-service", "Does the warranty cover accidental damage?",
  ("Does the warranty cover water damage?", F, "object"),
  ("Does the extended warranty cover accidental damage?", F, "qualifier"),
  ("Does the warranty exclude accidental damage?", F, "antonym"),
  ("Is accidental damage covered by the warranty?", T, "reorder"),
  ("does the warrenty cover accidental damage", T, "typo-case"))

# telecom
g("telecom", "How do I transfer my number from Verizon to T-Mobile?",
  ("How do I transfer my number from T-Mobile to Verizon?", F, "direction"),
  ("How do I transfer my number from Verizon to AT&T?", F, "entity"),
  ("How long does it take to transfer my number from Verizon to T-Mobile?", F, "question-word"),
  ("How can I port my Verizon number over to T-Mobile?", T, "synonym"),
  ("how do i transfer my number from verizon to t mobile", T, "typo-case"))
g("telecom", "Does my plan include international roaming?",
  ("Does my plan include international calling?", F, "object"),
  ("Does my plan include domestic roaming?", F, "qualifier"),
  ("How do I add international roaming to my plan?", F, "action"),
  ("Is international roaming included in my plan?", T, "reorder"),
  ("Does my plan come with international roaming?", T, "synonym"))
g("telecom", "Why is my upload speed slower than my download speed?",
  ("Why is my download speed slower than my upload speed?", F, "direction"),
  ("Why is my upload speed faster than my download speed?", F, "antonym"),
  ("Why is my internet's upload speed lower than its download speed?", T, "synonym"),
  ("Why is my upload speed so much slower than my download speed?", T, "rephrase"))
g("telecom", "How do I turn off voicemail on my iPhone?",
  ("How do I turn on voicemail on my iPhone?", F, "antonym"),
  ("How do I turn off voicemail on my Android?", F, "entity"),
  ("How do I turn off call forwarding on my iPhone?", F, "object"),
  ("How can I disable voicemail on an iPhone?", T, "synonym"),
  ("iPhone: how to turn off voicemail", T, "reorder"))
g("telecom", "Can I keep my phone number if I switch to a prepaid plan?",
  ("Can I keep my phone number if I switch to a postpaid plan?", F, "antonym"),
  ("Can I keep my phone number if I cancel my plan?", F, "action"),
  ("If I switch to a prepaid plan, can I keep my phone number?", T, "reorder"),
  ("Is it possible to keep my number when switching to a prepaid plan?", T, "rephrase"))
g("telecom", "How much data do I have left this month?",
  ("How much data did I use last month?", F, "shared-vocabulary"),
  ("How much data do I have left this week?", F, "number"),
  ("How many minutes do I have left this month?", F, "object"),
  ("How much of my data is remaining this month?", T, "synonym"),
  ("check remaining data this month", T, "rephrase"))
g("telecom", "Does the unlimited plan slow down after 50GB?",
  ("Does the unlimited plan slow down after 30GB?", F, "number"),
  ("Does the unlimited plan slow down before 50GB?", F, "direction"),
  ("Does the prepaid unlimited plan slow down after 50GB?", F, "qualifier"),
  ("After 50GB, does the unlimited plan get throttled?", T, "rephrase"),
  ("Does the unlimited plan slow down after 50 GB", T, "typo-case"))
g("telecom", "Can I use my eSIM in two phones at the same time?",
  ("Can I use two eSIMs in one phone at the same time?", F, "direction"),
  ("Can I use my physical SIM in two phones at the same time?", F, "object"),
  ("Can I move my eSIM to a new phone?", F, "action"),
  ("Is it possible to have my eSIM active on two phones simultaneously?", T, "rephrase"),
  ("Can my eSIM be used on two phones at once?", T, "synonym"))

# HR / enterprise
g("hr-enterprise", "How many vacation days do I get after 5 years?",
  ("How many vacation days do I get after 3 years?", F, "number"),
  ("How many sick days do I get after 5 years?", F, "object"),
  ("How many vacation days can I carry over after 5 years?", F, "action"),
  ("After 5 years of service, how many vacation days do I get?", T, "reorder"),
  ("how many vacation days do i get after five years", T, "typo-case"))
g("hr-enterprise", "Can my manager see my personal emails on a company laptop?",
  ("Can I see my manager's personal emails on a company laptop?", F, "direction"),
  ("Can my manager see my personal emails on a personal laptop?", F, "qualifier"),
  ("Can my manager delete my personal emails on a company laptop?", F, "action"),
  ("Is my manager able to read my personal emails on a work laptop?", T, "synonym"),
  ("If I check my personal email on a company laptop, can my manager see it?", T, "rephrase"))
g("hr-enterprise", "Does the company match 401(k) contributions for part-time employees?",
  ("Does the company match 401(k) contributions for full-time employees?", F, "qualifier"),
  ("Does the company match 401(k) contributions?", F, "qualifier"),
  ("Does the company match Roth IRA contributions for part-time employees?", F, "entity"),
  ("Are part-time employees eligible for the company's 401(k) match?", T, "rephrase"),
  ("For part-time employees, does the company match 401(k) contributions?", T, "reorder"))
g("hr-enterprise", "Who approves overtime requests?",
  ("Who submits overtime requests?", F, "action"),
  ("Who approves vacation requests?", F, "object"),
  ("When are overtime requests approved?", F, "question-word"),
  ("Who approves overtime requests on weekends?", F, "qualifier"),
  ("Overtime requests are approved by whom?", T, "reorder"),
  ("Who signs off on overtime requests?", T, "synonym"))
g("hr-enterprise", "How do I request parental leave in Workday?",
  ("How do I cancel parental leave in Workday?", F, "action"),
  ("How do I request sick leave in Workday?", F, "object"),
  ("How do I request parental leave in SAP SuccessFactors?", F, "entity"),
  ("What are the steps to request parental leave in Workday?", T, "rephrase"),
  ("Could you explain how I request parental leave in Workday?", T, "politeness"))
g("hr-enterprise", "Is the notice period longer for managers than for staff?",
  ("Is the notice period longer for staff than for managers?", F, "direction"),
  ("Is the notice period shorter for managers than for staff?", F, "antonym"),
  ("Is the probation period longer for managers than for staff?", F, "object"),
  ("Do managers have a longer notice period than staff?", T, "rephrase"),
  ("is the notice period longer for managers than for staff", T, "typo-case"))
g("hr-enterprise", "Do all employees have to complete the security training?",
  ("Do only new employees have to complete the security training?", F, "quantifier"),
  ("Do all employees have to complete the security training by Friday?", F, "qualifier"),
  ("Can all employees complete the security training?", F, "modality"),
  ("Do all employees have to complete the compliance training?", F, "object"),
  ("Is the security training mandatory for every employee?", T, "rephrase"),
  ("Do all employees have to complete the security training? Just checking.", T, "politeness"))
g("hr-enterprise", "Does the new policy apply to employees hired before 2020?",
  ("Does the new policy apply to employees hired after 2020?", F, "direction"),
  ("Does the new policy apply to employees hired before 2010?", F, "number"),
  ("Does the new policy apply to contractors hired before 2020?", F, "object"),
  ("Do employees hired before 2020 fall under the new policy?", T, "rephrase"),
  ("For employees hired before 2020, does the new policy apply?", T, "reorder"))
g("hr-enterprise", "Can I work remotely from another country for 2 weeks?",
  ("Can I work remotely from another country for 2 months?", F, "number"),
  ("Can I work remotely from another state for 2 weeks?", F, "object"),
  ("Must I work remotely from another country for 2 weeks?", F, "modality"),
  ("For 2 weeks, can I work remotely from another country?", T, "reorder"),
  ("am I allowed to work remotly from abroad for two weeks?", T, "rephrase"))
g("hr-enterprise", "How do I give a new hire access to the shared drive?",
  ("How do I remove a new hire's access to the shared drive?", F, "action"),
  ("How do I give a contractor access to the shared drive?", F, "object"),
  ("How do I get access to the shared drive as a new hire?", F, "direction"),
  ("What's the way to grant a new employee access to the shared drive?", T, "synonym"),
  ("How do I give a new hire acess to the shared drive", T, "typo-case"))

# insurance
g("insurance", "Does my homeowners insurance cover water damage from a burst pipe?",
  ("Does my homeowners insurance cover water damage from a flood?", F, "object"),
  ("Does my renters insurance cover water damage from a burst pipe?", F, "entity"),
  ("How do I file a claim for water damage from a burst pipe?", F, "shared-vocabulary"),
  ("Is water damage from a burst pipe covered by my homeowners insurance?", T, "reorder"),
  ("does my home owners insurance cover water damage from a burst pipe", T, "typo-case"))
g("insurance", "Will my premium go up if I file a claim?",
  ("Will my premium go down if I file a claim?", F, "antonym"),
  ("Will my premium go up if I don't file a claim?", F, "negation"),
  ("Will my deductible go up if I file a claim?", F, "object"),
  ("How much will my premium go up if I file a claim?", F, "question-word"),
  ("Does filing a claim raise my premium?", T, "rephrase"),
  ("If I file a claim, will my premium go up?", T, "reorder"))
g("insurance", "Is my spouse covered under my health insurance?",
  ("Am I covered under my spouse's health insurance?", F, "direction"),
  ("Is my spouse covered under my dental insurance?", F, "object"),
  ("Is my ex-spouse covered under my health insurance?", F, "entity"),
  ("Does my health insurance cover my spouse?", T, "reorder"),
  ("Does my health insurance plan also cover my husband or wife?", T, "rephrase"))
g("insurance", "What is the waiting period for pre-existing conditions?",
  ("What is the waiting period for maternity coverage?", F, "object"),
  ("What is the grace period for pre-existing conditions?", F, "shared-vocabulary"),
  ("How long is the waiting period for pre-existing conditions?", T, "synonym"),
  ("what's the waiting period for pre existing conditions", T, "typo-case"))
g("insurance", "Does travel insurance cover trip cancellation due to illness?",
  ("Does travel insurance cover trip cancellation due to bad weather?", F, "object"),
  ("Does travel insurance cover trip delay due to illness?", F, "shared-vocabulary"),
  ("Does travel insurance cover trip cancellation due to a pre-existing illness?", F, "qualifier"),
  ("If I cancel a trip because I'm sick, does travel insurance cover it?", T, "rephrase"),
  ("Does travel insurance cover trip cancelation due to illness", T, "typo-case"))
g("insurance", "Does car insurance cover a rental car in Mexico?",
  ("Does car insurance cover a rental car in Canada?", F, "entity"),
  ("Does car insurance cover a borrowed car in Mexico?", F, "object"),
  ("Does car insurance cover a rental car in Mexico for a business trip?", F, "qualifier"),
  ("If I rent a car in Mexico, will my car insurance cover it?", T, "rephrase"),
  ("Does my auto insurance cover a rental car in Mexico?", T, "synonym"))
g("insurance", "Can I add my teenage son to my auto policy?",
  ("Can I remove my teenage son from my auto policy?", F, "action"),
  ("Can my teenage son add me to his auto policy?", F, "direction"),
  ("Can I add my teenage son to my health policy?", F, "object"),
  ("Is it possible to put my teenage son on my car insurance policy?", T, "synonym"),
  ("Can I add my teenage son to my auto policy? Thank you.", T, "politeness"))

# government
g("government", "How do I renew my passport by mail?",
  ("How do I renew my passport in person?", F, "qualifier"),
  ("How do I renew my driver's license by mail?", F, "object"),
  ("How do I renew my child's passport by mail?", F, "qualifier"),
  ("What's the process for renewing a passport by mail?", T, "rephrase"),
  ("how do i renew my passport by mail?", T, "typo-case"))
g("government", "When is the deadline to file federal taxes?",
  ("When is the deadline to file state taxes?", F, "entity"),
  ("When is the deadline to file federal taxes if I get an extension?", F, "qualifier"),
  ("Where do I file federal taxes?", F, "question-word"),
  ("What's the federal tax filing deadline?", T, "rephrase"),
  ("By what date do I have to file my federal taxes?", T, "rephrase"))
g("government", "Can a green card holder vote in local elections?",
  ("Can a green card holder vote in federal elections?", F, "qualifier"),
  ("Can a green card holder run in local elections?", F, "action"),
  ("Must a green card holder vote in local elections?", F, "modality"),
  ("Are green card holders allowed to vote in local elections?", T, "rephrase"),
  ("In local elections, can a green card holder vote?", T, "reorder"))
g("government", "How long does it take to get a replacement Social Security card?",
  ("How long does it take to get a new Social Security number?", F, "object"),
  ("How much does it cost to get a replacement Social Security card?", F, "question-word"),
  ("How long does it take to get a replacement Medicare card?", F, "entity"),
  ("How long until I receive a replacement Social Security card?", T, "rephrase"),
  ("how long does it take to get a replacement social security card", T, "typo-case"))
g("government", "Do I need an appointment to get a Real ID at the DMV?",
  ("Do I need an appointment to renew my license at the DMV?", F, "object"),
  ("Do I need a birth certificate to get a Real ID at the DMV?", F, "shared-vocabulary"),
  ("Do I need an appointment to get a Real ID at the DMV on Saturdays?", F, "qualifier"),
  ("Is an appointment required for a Real ID at the DMV?", T, "rephrase"),
  ("do i need a appointment to get a real id at the dmv", T, "typo-case"))
g("government", "Can I apply for unemployment benefits if I quit my job?",
  ("Can I apply for unemployment benefits if I was fired from my job?", F, "direction"),
  ("Can I apply for unemployment benefits if I quit my second job?", F, "qualifier"),
  ("Can I apply for disability benefits if I quit my job?", F, "object"),
  ("If I quit my job, can I apply for unemployment benefits?", T, "reorder"),
  ("I quit my job voluntarily. Am I still able to apply for unemployment benefits?", T, "rephrase"))

# cooking
g("cooking", "How many minutes should I boil a large egg for a runny yolk?",
  ("How many minutes should I boil a large egg for a hard yolk?", F, "antonym"),
  ("How many minutes should I poach a large egg for a runny yolk?", F, "action"),
  ("How many minutes should I boil a duck egg for a runny yolk?", F, "entity"),
  ("How long do I boil a large egg to get a runny yolk?", T, "rephrase"),
  ("For a runny yolk, how many minutes should I boil a large egg?", T, "reorder"))
g("cooking", "Can I substitute baking soda for baking powder in chocolate chip cookies?",
  ("Can I substitute baking powder for baking soda in chocolate chip cookies?", F, "direction"),
  ("Can I substitute baking soda for yeast in chocolate chip cookies?", F, "entity"),
  ("Can I use baking soda instead of baking powder in chocolate chip cookies?", T, "rephrase"),
  ("can i substitute baking soda for baking powder in chocolate chip cookies", T, "typo-case"))
g("cooking", "What temperature should I bake chicken breasts at?",
  ("What temperature should I grill chicken breasts at?", F, "action"),
  ("What temperature should I bake chicken wings at?", F, "object"),
  ("How long should I bake chicken breasts?", F, "question-word"),
  ("At what temperature do I bake chicken breasts?", T, "reorder"),
  ("What oven temp for baked chicken breasts?", T, "rephrase"))
g("cooking", "How do I convert 200 grams of flour to cups?",
  ("How do I convert 200 grams of sugar to cups?", F, "object"),
  ("How do I convert 2 cups of flour to grams?", F, "direction"),
  ("How do I convert 250 grams of flour to cups?", F, "number"),
  ("How many cups is 200 grams of flour?", T, "rephrase"),
  ("How do I convert 200 g of flour into cups?", T, "synonym"))
g("cooking", "Is it safe to refreeze thawed chicken?",
  ("Is it safe to refreeze thawed shrimp?", F, "object"),
  ("Is it safe to refreeze cooked chicken?", F, "qualifier"),
  ("Is it safe to eat thawed chicken?", F, "action"),
  ("Can thawed chicken be safely frozen again?", T, "rephrase"),
  ("Is it safe to refreeze chicken that has thawed?", T, "reorder"))
g("cooking", "How much salt should I add per liter of pasta water?",
  ("How much salt should I add per gallon of pasta water?", F, "number"),
  ("How much oil should I add per liter of pasta water?", F, "object"),
  ("Should I add salt to pasta water?", F, "question-word"),
  ("Per liter of pasta water, how much salt should I add?", T, "reorder"),
  ("How much salt should I put in each litre of pasta water?", T, "synonym"))
g("cooking", "Should I add the pasta before or after the water boils?",
  ("Should I add the salt before or after the water boils?", F, "object"),
  ("Should I add the pasta after or before the water boils?", T, "reorder"),
  ("Do I put the pasta in before the water boils or once it's boiling?", T, "rephrase"),
  ("Should I add the sauce before or after the pasta is drained?", F, "shared-vocabulary"))
g("cooking", "Can I make this recipe without eggs?",
  ("Can I make this recipe with eggs?", F, "negation"),
  ("Can I make this recipe without butter?", F, "object"),
  ("Can I double this recipe without eggs?", F, "action"),
  ("Is there a way to make this recipe egg-free?", T, "rephrase"),
  ("can i make this recipie without eggs", T, "typo-case"))
g("cooking", "How long do cooked rice leftovers last in the fridge?",
  ("How long do cooked rice leftovers last in the freezer?", F, "object"),
  ("How long do uncooked rice grains last in the pantry?", F, "shared-vocabulary"),
  ("How long does leftover cooked rice keep in the fridge?", T, "synonym"),
  ("In the fridge, how long is leftover cooked rice good for?", T, "reorder"))


# ---------------------------------------------------------------- Chinese
# shopping
g("shopping", "拼多多买的东西七天内可以无理由退货吗？",
  ("拼多多买的东西十五天内可以无理由退货吗？", F, "number"),
  ("拼多多买的生鲜七天内可以无理由退货吗？", F, "object"),
  ("拼多多买的东西七天内可以无理由换货吗？", F, "action"),
  ("在拼多多买东西，七天之内能不能无理由退货？", T, "rephrase"),
  ("拼多多买的东西7天内可以无理由退货吗", T, "typo-case"))
g("shopping", "京东的运费险怎么买？",
  ("京东的运费险怎么退？", F, "action"),
  ("京东的运费险怎么理赔？", F, "action"),
  ("淘宝的运费险怎么买？", F, "entity"),
  ("请问京东的运费险怎么购买？", T, "politeness"),
  ("京东运费险如何购买", T, "synonym"))
g("shopping", "满300减50的优惠券可以和会员折扣一起用吗？",
  ("满300减30的优惠券可以和会员折扣一起用吗？", F, "number"),
  ("满200减50的优惠券可以和会员折扣一起用吗？", F, "number"),
  ("满300减50的优惠券可以和店铺红包一起用吗？", F, "object"),
  ("会员折扣能和满300减50的优惠券叠加使用吗？", T, "reorder"),
  ("满300减50的券能跟会员折扣同时用吗", T, "synonym"))
g("shopping", "为什么我的订单一直显示待发货？",
  ("为什么我的订单一直显示待收货？", F, "object"),
  ("为什么我的订单一直显示已发货？", F, "shared-vocabulary"),
  ("订单显示待发货一般要等多久？", F, "question-word"),
  ("我的订单怎么一直是待发货状态？", T, "rephrase"),
  ("我的订单为什么一直显示待发货呢？", T, "particles"))
g("shopping", "双十一买的东西降价了能退差价吗？",
  ("双十一之前买的东西降价了能退差价吗？", F, "qualifier"),
  ("618买的东西降价了能退差价吗？", F, "entity"),
  ("双十一买的东西降价了能退货吗？", F, "action"),
  ("双十一买的东西降价了，可以退差价吗", T, "synonym"),
  ("双11买的东西降价了能退差价吗", T, "typo-case"))
g("shopping", "网上买的衣服不合适，怎么换货？",
  ("网上买的衣服不合适，怎么退货？", F, "action"),
  ("网上买的鞋不合适，怎么换货？", F, "object"),
  ("实体店买的衣服不合适，怎么换货？", F, "qualifier"),
  ("网购的衣服尺码不对，怎么申请换货？", T, "rephrase"),
  ("网上买的衣服不合适了，要怎么换货呀", T, "particles"))
g("shopping", "订单已经发货了还能取消吗？",
  ("订单还没发货能取消吗？", F, "negation"),
  ("订单已经发货了还能改地址吗？", F, "action"),
  ("订单已经签收了还能取消吗？", F, "shared-vocabulary"),
  ("已经发货的订单还可以取消吗", T, "reorder"),
  ("订单已经发货了，还能不能取消呀？", T, "particles"))
g("shopping", "iPhone 15 和 iPhone 14 比，哪个续航时间更长？",
  ("iPhone 14 和 iPhone 15 比，哪个续航时间更长？", T, "reorder"),
  ("iPhone 15 和 iPhone 14 比，哪个拍照效果更好？", F, "object"),
  ("iPhone 15 Pro 和 iPhone 14 比，哪个续航时间更长？", F, "entity"),
  ("iphone15跟iphone14比哪个续航时间长", T, "typo-case"),
  ("iPhone 15 和 iPhone 14 比，哪个续航时间更短？", F, "antonym"))
g("shopping", "买了会员还能用学生优惠吗？",
  ("买了会员还能用新人优惠吗？", F, "object"),
  ("没买会员能用学生优惠吗？", F, "negation"),
  ("买了会员还能退吗？", F, "shared-vocabulary"),
  ("开了会员以后，学生优惠还能用吗？", T, "rephrase"),
  ("买了会员还能用学生优惠么", T, "particles"))
g("shopping", "海外购的商品可以开发票吗？",
  ("海外购的商品可以退货吗？", F, "action"),
  ("自营的商品可以开发票吗？", F, "qualifier"),
  ("海外购商品能开发票吗", T, "synonym"),
  ("请问一下海外购的商品可以开发票吗", T, "politeness"))

# banking
g("banking", "怎么把支付宝的钱转到银行卡？",
  ("怎么把银行卡的钱转到支付宝？", F, "direction"),
  ("怎么把微信的钱转到银行卡？", F, "entity"),
  ("支付宝的钱转到银行卡要手续费吗？", F, "question-word"),
  ("支付宝里的钱怎么转到银行卡上？", T, "reorder"),
  ("请问怎么把支付宝的钱转到银行卡", T, "politeness"))
g("banking", "100美元能换多少人民币？",
  ("100人民币能换多少美元？", F, "direction"),
  ("100欧元能换多少人民币？", F, "entity"),
  ("1000美元能换多少人民币？", F, "number"),
  ("一百美元换成人民币是多少？", T, "rephrase"),
  ("100美元可以换多少人民币呀？", T, "particles"))
g("banking", "信用卡还款逾期一天会影响个人征信吗？",
  ("信用卡还款逾期三十天会影响个人征信吗？", F, "number"),
  ("信用卡还款逾期一天会影响房贷审批吗？", F, "object"),
  ("花呗还款逾期一天会影响个人征信吗？", F, "entity"),
  ("信用卡晚还一天会不会上征信？", T, "rephrase"),
  ("信用卡还款逾期一天会影响个人征信么", T, "particles"))
g("banking", "把钱从我的账户转给我妈要多久到账？",
  ("把钱从我妈的账户转给我要多久到账？", F, "direction"),
  ("把钱从我的账户转给我妈要多少手续费？", F, "question-word"),
  ("跨行把钱从我的账户转给我妈要多久到账？", F, "qualifier"),
  ("我从自己的账户给我妈转账，多久能到账？", T, "rephrase"),
  ("把钱从我的账户转给我妈，要多长时间到账呢", T, "particles"))
g("banking", "银行卡突然被冻结了怎么解冻？",
  ("银行卡怎么冻结？", F, "action"),
  ("信用卡突然被冻结了怎么解冻？", F, "object"),
  ("银行卡突然被冻结了是什么原因？", F, "question-word"),
  ("银行卡突然冻结了，要怎么解冻呢？", T, "particles"),
  ("银行卡突然被冻结了如何解冻", T, "synonym"))
g("banking", "定期存款提前取出的话利息怎么算？",
  ("活期存款的利息怎么算？", F, "object"),
  ("定期存款到期后取出的话利息怎么算？", F, "qualifier"),
  ("定期存款能提前取出吗？", F, "question-word"),
  ("定期存款提前支取的话，利息是怎么计算的？", T, "synonym"),
  ("请问定期存款提前取出的话利息怎么算", T, "politeness"))
g("banking", "信用卡分期提前还款要手续费吗？",
  ("房贷提前还款要手续费吗？", F, "object"),
  ("信用卡分期延期还款要手续费吗？", F, "antonym"),
  ("信用卡分期提前还款能退手续费吗？", F, "shared-vocabulary"),
  ("信用卡分期的话，提前还清要不要手续费？", T, "rephrase"),
  ("信用卡分期提前还款需要手续费吗", T, "synonym"))
g("banking", "招商银行的信用卡可以绑定微信支付吗？",
  ("招商银行的信用卡可以绑定支付宝吗？", F, "entity"),
  ("工商银行的信用卡可以绑定微信支付吗？", F, "entity"),
  ("招商银行的借记卡可以绑定微信支付吗？", F, "object"),
  ("招行信用卡能绑微信支付吗", T, "synonym"),
  ("微信支付能绑定招商银行的信用卡吗？", T, "reorder"))
g("banking", "用微信把钱转给别人，对方没收怎么办？",
  ("别人用微信把钱转给我，我没收怎么办？", F, "direction"),
  ("用支付宝把钱转给别人，对方没收怎么办？", F, "entity"),
  ("用微信把钱转给别人，对方没收会自动退回吗？", F, "question-word"),
  ("微信转账给别人，对方一直没收钱，该怎么办？", T, "rephrase"),
  ("用微信把钱转给别人了，对方一直没收怎么办呀", T, "particles"))
g("banking", "人民币换港币在哪里换最划算？",
  ("港币换人民币在哪里换最划算？", F, "direction"),
  ("人民币换港币在哪里换最方便？", F, "shared-vocabulary"),
  ("人民币换韩元在哪里换最划算？", F, "entity"),
  ("在哪儿把人民币换成港币最划算？", T, "rephrase"),
  ("人民币换港币在哪换最划算啊", T, "particles"))
g("banking", "手机银行单笔转账最多能转多少？",
  ("手机银行单笔转账最少要转多少？", F, "antonym"),
  ("手机银行每天转账最多能转多少？", F, "number"),
  ("网上银行单笔转账最多能转多少？", F, "entity"),
  ("手机银行一次最多可以转多少钱？", T, "rephrase"),
  ("手机银行单笔转账上限是多少", T, "synonym"))

# health
g("health", "大人能同时吃布洛芬和对乙酰氨基酚吗？",
  ("大人能同时吃布洛芬和阿司匹林吗？", F, "entity"),
  ("大人能同时吃对乙酰氨基酚和布洛芬吗？", T, "reorder"),
  ("小孩能同时吃布洛芬和对乙酰氨基酚吗？", F, "qualifier"),
  ("大人可以把布洛芬和对乙酰氨基酚一起吃吗", T, "synonym"),
  ("大人必须同时吃布洛芬和对乙酰氨基酚吗？", F, "modality"))
g("health", "发烧38度要不要去医院？",
  ("发烧39度要不要去医院？", F, "number"),
  ("小孩发烧38度要不要去医院？", F, "qualifier"),
  ("发烧38度要不要吃退烧药？", F, "object"),
  ("发烧38度需要去医院吗？", T, "rephrase"),
  ("发烧38°C要不要去医院", T, "typo-case"))
g("health", "空腹抽血前能喝水吗？",
  ("空腹抽血前能喝咖啡吗？", F, "object"),
  ("空腹抽血后能喝水吗？", F, "direction"),
  ("空腹抽血前必须喝水吗？", F, "modality"),
  ("空腹抽血之前可以喝水吗？", T, "synonym"),
  ("请问空腹抽血前能喝水吗", T, "politeness"))
g("health", "成年人每天需要补充多少维生素D？",
  ("儿童每天需要补充多少维生素D？", F, "object"),
  ("成年人每天需要补充多少维生素C？", F, "entity"),
  ("成年人每天最多能补充多少维生素D？", F, "quantifier"),
  ("成年人一天要补多少维生素D？", T, "synonym"),
  ("每天成年人需要补充多少维生素D呢？", T, "reorder"))
g("health", "孕妇头疼可以吃布洛芬吗？",
  ("孕妇头疼可以吃对乙酰氨基酚吗？", F, "entity"),
  ("哺乳期头疼可以吃布洛芬吗？", F, "qualifier"),
  ("孕妇头疼吃布洛芬有什么副作用？", F, "question-word"),
  ("怀孕了头疼能吃布洛芬吗？", T, "rephrase"),
  ("孕妇头疼可以吃布洛芬吗", T, "typo-case"))
g("health", "饭前吃药还是饭后吃药好？",
  ("饭后吃药还是饭前吃药好？", T, "reorder"),
  ("胃药饭前吃还是饭后吃好？", F, "qualifier"),
  ("饭前吃药和饭后吃药效果一样吗？", F, "shared-vocabulary"),
  ("药是饭前吃好，还是饭后吃好？", T, "rephrase"))
g("health", "高血压患者每天盐的摄入量不能超过多少克？",
  ("糖尿病患者每天盐的摄入量不能超过多少克？", F, "entity"),
  ("高血压患者每天糖的摄入量不能超过多少克？", F, "object"),
  ("高血压患者每天盐的摄入量至少要多少克？", F, "quantifier"),
  ("高血压的人一天最多吃多少克盐？", T, "rephrase"),
  ("高血压患者每天吃盐不能超过几克", T, "synonym"))
g("health", "打完新冠疫苗多久可以洗澡？",
  ("打完狂犬疫苗多久可以洗澡？", F, "entity"),
  ("打完新冠疫苗多久可以喝酒？", F, "action"),
  ("打新冠疫苗前多久不能洗澡？", F, "direction"),
  ("新冠疫苗打完以后，隔多久能洗澡？", T, "reorder"),
  ("打完新冠疫苗多久可以洗澡呢", T, "particles"))
g("health", "每周至少运动几次才健康？",
  ("每周最多运动几次才健康？", F, "quantifier"),
  ("每天至少运动几次才健康？", F, "number"),
  ("每周至少运动几分钟才健康？", F, "object"),
  ("一周起码要运动几次才算健康？", T, "synonym"),
  ("要健康的话，每周至少运动几次？", T, "reorder"))

# programming
g("programming", "Python里怎么把 '123' 这样的字符串转成整数？",
  ("Python里怎么把 123 这样的整数转成字符串？", F, "direction"),
  ("Java里怎么把 '123' 这样的字符串转成整数？", F, "entity"),
  ("Python里怎么把 'a,b,c' 这样的字符串转成列表？", F, "object"),
  ("Python 字符串转 int 怎么写", T, "rephrase"),
  ("在Python中如何将 '123' 这样的字符串转换为整数？", T, "synonym"))
g("programming", "git 怎么把 dev 分支合并到 main？",
  ("git 怎么把 main 分支合并到 dev？", F, "direction"),
  ("git 怎么把 dev 分支 rebase 到 main？", F, "action"),
  ("git 怎么把 dev 分支合并到 main，不产生 merge commit？", F, "qualifier"),
  ("怎么用 git 将 dev 分支 merge 进 main", T, "synonym"),
  ("git怎么把dev分支合并到main", T, "typo-case"))
g("programming", "JS 里 == 和 === 有什么区别？",
  ("JS 里 === 和 == 有什么区别？", T, "reorder"),
  ("JS 里 != 和 !== 有什么区别？", F, "operator"),
  ("JS 里 = 和 == 有什么区别？", F, "operator"),
  ("Python 里 == 和 is 有什么区别？", F, "entity"),
  ("javascript 中 == 跟 === 的区别是啥", T, "synonym"))
g("programming", "for i in range(1, 10) 循环几次？",
  ("for i in range(0, 10) 循环几次？", F, "number"),
  ("for i in range(1, 10, 2) 循环几次？", F, "number"),
  ("for i in range(1, 10) 最后一个 i 是多少？", F, "question-word"),
  ("range(1, 10) 的 for 循环会执行多少次", T, "rephrase"),
  ("for i in range(1,10) 循环几次", T, "typo-case"))
g("programming", "C 语言里 if (!p) 是什么意思？",
  ("C 语言里 if (p) 是什么意思？", F, "negation"),
  ("C 语言里 if (*p) 是什么意思？", F, "operator"),
  ("C 语言里 if (!*p) 是什么意思？", F, "operator"),
  ("C 语言中 if (!p) 代表什么意思？", T, "synonym"),
  ("C语言if(!p)啥意思", T, "typo-case"))
g("programming", "Python 3.12 还支持 distutils 吗？",
  ("Python 3.11 还支持 distutils 吗？", F, "entity"),
  ("Python 3.12 还支持 setuptools 吗？", F, "object"),
  ("Python 3.12 为什么不支持 distutils 了？", F, "question-word"),
  ("distutils 在 Python 3.12 里还能用吗？", T, "reorder"),
  ("python3.12 还支持 distutils 吗", T, "typo-case"))
g("programming", "MySQL 里怎么给表加一个索引？",
  ("MySQL 里怎么给表删一个索引？", F, "action"),
  ("MySQL 里怎么给表加一个字段？", F, "object"),
  ("PostgreSQL 里怎么给表加一个索引？", F, "entity"),
  ("MySQL 如何给表添加索引", T, "synonym"),
  ("在MySQL里，怎么给一张表加索引呀", T, "particles"))
g("programming", "Docker 容器怎么访问宿主机的端口？",
  ("宿主机怎么访问 Docker 容器的端口？", F, "direction"),
  ("Docker 容器怎么访问另一个容器的端口？", F, "object"),
  ("Docker 容器里要怎么访问宿主机上的端口", T, "rephrase"),
  ("docker容器如何访问宿主机端口", T, "synonym"))
g("programming", "Vue 的父组件怎么给子组件传值？",
  ("Vue 的子组件怎么给父组件传值？", F, "direction"),
  ("React 的父组件怎么给子组件传值？", F, "entity"),
  ("Vue 的父组件怎么调用子组件的方法？", F, "action"),
  ("Vue 父组件向子组件传数据怎么写", T, "synonym"),
  ("在 Vue 里，父组件要怎么把值传给子组件", T, "rephrase"))
g("programming", "Java 的 ArrayList 是线程安全的吗？",
  ("Java 的 Vector 是线程安全的吗？", F, "entity"),
  ("Java 的 ArrayList 怎么变成线程安全的？", F, "question-word"),
  ("Java 的 HashMap 是线程安全的吗？", F, "object"),
  ("ArrayList 在 Java 里线程安全吗", T, "reorder"),
  ("Java ArrayList 是不是线程安全的", T, "rephrase"))
g("programming", "React 的 useEffect 什么时候执行？",
  ("React 的 useEffect 为什么执行两次？", F, "question-word"),
  ("React 的 useLayoutEffect 什么时候执行？", F, "entity"),
  ("React 的 useEffect 清理函数什么时候执行？", F, "qualifier"),
  ("useEffect 在 React 里是什么时候执行的", T, "reorder"),
  ("React 的 useEffect 是在什么时候执行的呢", T, "particles"))
g("programming", "SQL 里 WHERE age >= 18 和 WHERE age > 18 有什么区别？",
  ("SQL 里 WHERE age > 18 和 WHERE age >= 18 有什么区别？", T, "reorder"),
  ("SQL 里 WHERE age <= 18 和 WHERE age < 18 有什么区别？", F, "operator"),
  ("SQL 里 WHERE age >= 18 和 WHERE age > 17 有什么区别？", F, "number"),
  ("SQL 中 WHERE age >= 18 跟 WHERE age > 18 的区别是啥", T, "synonym"))
g("programming", "数组长度为 n，下标最大是 n 还是 n-1？",
  ("数组长度为 n，下标最小是 0 还是 1？", F, "antonym"),
  ("数组长度为 n+1，下标最大是 n 还是 n+1？", F, "number"),
  ("长度为 n 的数组，最大下标是 n-1 还是 n？", T, "reorder"),
  ("数组长度为n，最大下标是n还是n-1", T, "typo-case"))
g("programming", "Excel 里怎么把一列的数字从大到小排序？",
  ("Excel 里怎么把一列的数字从小到大排序？", F, "antonym"),
  ("Excel 里怎么把一行的数字从大到小排序？", F, "object"),
  ("WPS 里怎么把一列的数字从大到小排序？", F, "entity"),
  ("Excel 一列数字降序排列怎么弄", T, "rephrase"),
  ("Excel 中如何将一列数字按从大到小排序", T, "synonym"))
g("programming", "Linux 怎么把文件从服务器下载到本地？",
  ("Linux 怎么把文件从本地上传到服务器？", F, "direction"),
  ("Linux 怎么把文件夹从服务器下载到本地？", F, "object"),
  ("Windows 怎么把文件从服务器下载到本地？", F, "entity"),
  ("Linux 下如何把服务器上的文件下载到本地", T, "synonym"),
  ("linux怎么把服务器上的文件下到本地", T, "typo-case"))
g("programming", "Python 里 a && b 为什么会报错？",
  ("Python 里 a || b 为什么会报错？", F, "operator"),
  ("JavaScript 里 a && b 为什么会报错？", F, "entity"),
  ("Python 里 a and b 为什么会报错？", F, "operator"),
  ("为什么在 Python 里写 a && b 会报错", T, "reorder"),
  ("Python 里写 a && b 为啥会报错", T, "synonym"))

# math
g("math", "x的平方的导数是多少？",
  ("x的立方的导数是多少？", F, "operator"),
  ("x的平方的积分是多少？", F, "action"),
  ("x的平方根的导数是多少？", F, "operator"),
  ("x²的导数是多少", T, "typo-case"),
  ("x 平方求导等于多少", T, "rephrase"))
g("math", "3加5乘2等于多少？",
  ("3乘5加2等于多少？", F, "operator"),
  ("(3加5)乘2等于多少？", F, "operator"),
  ("3减5乘2等于多少？", F, "operator"),
  ("3+5×2=?", T, "rephrase"),
  ("3加5乘以2等于几", T, "synonym"))
g("math", "a大于b，b大于c，那a一定大于c吗？",
  ("a大于b，b小于c，那a一定大于c吗？", F, "operator"),
  ("a大于b，b大于c，那c一定大于a吗？", F, "direction"),
  ("a大于b，b大于c，那a可能等于c吗？", F, "modality"),
  ("如果a>b且b>c，a是不是一定大于c？", T, "rephrase"),
  ("a>b，b>c，a一定大于c吗", T, "typo-case"))
g("math", "100以内有多少个质数？",
  ("1000以内有多少个质数？", F, "number"),
  ("100以内有多少个偶数？", F, "object"),
  ("100以内的质数之和是多少？", F, "question-word"),
  ("一百以内的质数一共有几个？", T, "synonym"),
  ("100以内质数有多少个呀", T, "particles"))
g("math", "一元二次方程 x^2 - 5x + 6 = 0 怎么解？",
  ("一元二次方程 x^2 + 5x + 6 = 0 怎么解？", F, "operator"),
  ("一元二次方程 x^2 - 5x - 6 = 0 怎么解？", F, "operator"),
  ("一元二次方程 x^2 - 5x + 4 = 0 怎么解？", F, "number"),
  ("x²-5x+6=0 这个方程怎么解", T, "rephrase"),
  ("麻烦问下 x^2 - 5x + 6 = 0 这个一元二次方程怎么解", T, "politeness"))
g("math", "抛两枚硬币至少一次正面的概率是多少？",
  ("抛两枚硬币恰好一次正面的概率是多少？", F, "quantifier"),
  ("抛三枚硬币至少一次正面的概率是多少？", F, "number"),
  ("抛两枚硬币最多一次正面的概率是多少？", F, "quantifier"),
  ("两枚硬币抛出去，至少出现一次正面的概率是多少", T, "reorder"),
  ("抛两枚硬币，至少有一次是正面的概率是多少呢", T, "particles"))
g("math", "2的10次方比10的3次方大吗？",
  ("10的3次方比2的10次方大吗？", F, "direction"),
  ("2的10次方比10的3次方小吗？", F, "antonym"),
  ("2的10次方比10的4次方大吗？", F, "number"),
  ("2^10 比 10^3 大吗", T, "rephrase"),
  ("2的10次方比10的3次方大吗", T, "typo-case"))
g("math", "小明比小红高5厘米，小红比小刚高3厘米，小明比小刚高多少？",
  ("小明比小红高5厘米，小红比小刚矮3厘米，小明比小刚高多少？", F, "antonym"),
  ("小红比小明高5厘米，小红比小刚高3厘米，小明比小刚高多少？", F, "direction"),
  ("小明比小红高5厘米，小红比小刚高4厘米，小明比小刚高多少？", F, "number"),
  ("小明比小红高5厘米，小红比小刚高3厘米，小刚比小明矮多少？", T, "rephrase"),
  ("小明比小红高5cm，小红比小刚高3cm，小明比小刚高多少", T, "typo-case"))
g("math", "一个数除以0.5等于多少倍的这个数？",
  ("一个数乘以0.5等于多少倍的这个数？", F, "operator"),
  ("一个数除以0.25等于多少倍的这个数？", F, "number"),
  ("一个数除以0.5，结果是这个数的几倍？", T, "rephrase"),
  ("一个数除以0.5，等于这个数的多少倍", T, "reorder"))
g("math", "sin(30°) 是多少？",
  ("cos(30°) 是多少？", F, "entity"),
  ("sin(60°) 是多少？", F, "number"),
  ("sin 30 度的值等于多少", T, "rephrase"),
  ("sin30°等于几", T, "typo-case"))
g("math", "从5个人里选2个人有多少种选法？",
  ("从5个人里选2个人排成一排有多少种排法？", F, "qualifier"),
  ("从6个人里选2个人有多少种选法？", F, "number"),
  ("从5个人里选3个人有多少种选法？", F, "number"),
  ("5个人中挑2个人，一共有几种选法？", T, "synonym"),
  ("从五个人里选两个人，有多少种选法", T, "typo-case"))
g("math", "1到100所有奇数的和是多少？",
  ("1到100所有偶数的和是多少？", F, "object"),
  ("1到100所有奇数的个数是多少？", F, "question-word"),
  ("1到100所有奇数的积是多少？", F, "operator"),
  ("1至100之间全部奇数加起来是多少", T, "synonym"),
  ("1+3+5+…+99 等于多少？", T, "rephrase"))

# school / tutoring
g("school", "新高考数学卷满分是多少分？",
  ("新高考语文卷满分是多少分？", F, "object"),
  ("中考数学卷满分是多少分？", F, "entity"),
  ("新高考数学卷平均分是多少？", F, "shared-vocabulary"),
  ("新高考数学卷总分多少分", T, "synonym"),
  ("请问新高考数学卷满分多少分呀", T, "politeness"))
g("school", "孩子三年级数学跟不上怎么办？",
  ("孩子五年级数学跟不上怎么办？", F, "number"),
  ("孩子三年级英语跟不上怎么办？", F, "object"),
  ("孩子三年级数学跟不上是什么原因？", F, "question-word"),
  ("三年级的孩子数学跟不上，该怎么办？", T, "reorder"),
  ("孩子上三年级了，数学跟不上该怎么办呀", T, "rephrase"))
g("school", "英语四级多少分算过？",
  ("英语六级多少分算过？", F, "entity"),
  ("英语四级考多少分算高分？", F, "shared-vocabulary"),
  ("英语四级考多少分才算通过？", T, "rephrase"),
  ("英语4级多少分算过", T, "typo-case"))
g("school", "期末考试挂科了能补考吗？",
  ("期中考试挂科了能补考吗？", F, "entity"),
  ("期末考试挂科了必须重修吗？", F, "action"),
  ("期末考试挂科了能补考几次？", F, "question-word"),
  ("期末挂科的话，可以补考吗？", T, "synonym"),
  ("期末考试挂科了能补考吗", T, "typo-case"))
g("school", "学生证可以在线上补办吗？",
  ("学生证可以在线下补办吗？", F, "qualifier"),
  ("身份证可以在线上补办吗？", F, "object"),
  ("学生证补办要多久？", F, "question-word"),
  ("学生证能不能网上补办？", T, "synonym"),
  ("学生证可以线上补办吗", T, "particles"))
g("school", "一对一家教和补习班哪个效果更好？",
  ("补习班和一对一家教哪个效果更好？", T, "reorder"),
  ("一对一家教和补习班哪个更便宜？", F, "shared-vocabulary"),
  ("一对一家教和网课哪个效果更好？", F, "entity"),
  ("请家教一对一和上补习班，哪种效果好一些", T, "rephrase"))
g("school", "研究生可以转专业吗？",
  ("本科生可以转专业吗？", F, "entity"),
  ("研究生可以转导师吗？", F, "object"),
  ("研究生可以跨专业考吗？", F, "shared-vocabulary"),
  ("读研的时候能换专业吗？", T, "rephrase"),
  ("研究生可以转专业么", T, "particles"))

# travel
g("travel", "从北京到上海的高铁最早一班是几点？",
  ("从上海到北京的高铁最早一班是几点？", F, "direction"),
  ("从北京到上海的高铁最晚一班是几点？", F, "antonym"),
  ("从北京到杭州的高铁最早一班是几点？", F, "entity"),
  ("北京到上海的高铁，最早的一班几点发车？", T, "rephrase"),
  ("从北京到上海的高铁最早一班是几点呀", T, "particles"))
g("travel", "去日本旅游需要办签证吗？",
  ("去韩国旅游需要办签证吗？", F, "entity"),
  ("去日本留学需要办签证吗？", F, "qualifier"),
  ("日本人来中国旅游需要办签证吗？", F, "direction"),
  ("去日本玩要不要签证？", T, "rephrase"),
  ("请问去日本旅游需要办签证吗？", T, "politeness"))
g("travel", "国际航班托运行李限重多少公斤？",
  ("国内航班托运行李限重多少公斤？", F, "qualifier"),
  ("国际航班手提行李限重多少公斤？", F, "object"),
  ("国际航班托运行李超重怎么收费？", F, "question-word"),
  ("国际航班的托运行李最多能带多少公斤？", T, "rephrase"),
  ("国际航班托运行李限重多少kg", T, "typo-case"))
g("travel", "高铁票改签要手续费吗？",
  ("高铁票退票要手续费吗？", F, "action"),
  ("机票改签要手续费吗？", F, "object"),
  ("高铁票开车后改签要手续费吗？", F, "qualifier"),
  ("高铁票改签收不收手续费？", T, "rephrase"),
  ("高铁票改签要手续费么", T, "particles"))
g("travel", "周末去故宫需要提前预约吗？",
  ("周末去颐和园需要提前预约吗？", F, "entity"),
  ("周末去故宫需要提前几天预约？", F, "question-word"),
  ("周末去故宫可以现场买票吗？", F, "shared-vocabulary"),
  ("周末的话去故宫要不要提前预约？", T, "rephrase"),
  ("周末去故宫需要提前预约吗", T, "typo-case"))
g("travel", "学生证买火车票可以打几折？",
  ("学生证买机票可以打几折？", F, "object"),
  ("军人证买火车票可以打几折？", F, "entity"),
  ("学生证买火车票一年可以用几次？", F, "question-word"),
  ("用学生证买火车票能打几折", T, "synonym"),
  ("学生证买火车票是打几折啊", T, "particles"))
g("travel", "上海到杭州坐高铁还是开车更快？",
  ("上海到杭州坐高铁还是开车更便宜？", F, "shared-vocabulary"),
  ("上海到苏州坐高铁还是开车更快？", F, "entity"),
  ("上海到杭州开车还是坐高铁更快？", T, "reorder"),
  ("从上海去杭州，高铁和自驾哪个快？", T, "rephrase"))
g("travel", "护照有效期不足六个月还能出国吗？",
  ("护照有效期不足三个月还能出国吗？", F, "number"),
  ("护照有效期超过六个月还能出国吗？", F, "antonym"),
  ("签证有效期不足六个月还能出国吗？", F, "object"),
  ("护照剩下不到半年有效期，还可以出国吗？", T, "rephrase"),
  ("护照有效期不足6个月还能出国吗", T, "typo-case"))

# customer service
g("customer-service", "怎么联系人工客服？",
  ("怎么投诉人工客服？", F, "action"),
  ("人工客服几点下班？", F, "question-word"),
  ("人工客服怎么联系？", T, "reorder"),
  ("如何联系人工客服", T, "synonym"),
  ("怎么转人工客服啊", T, "rephrase"))
g("customer-service", "会员自动续费怎么关闭？",
  ("会员自动续费怎么开通？", F, "antonym"),
  ("会员自动续费关闭后还能退钱吗？", F, "shared-vocabulary"),
  ("爱奇艺会员自动续费怎么关闭？", F, "entity"),
  ("怎么关掉会员自动续费？", T, "synonym"),
  ("会员的自动续费要怎么关闭呢", T, "particles"))
g("customer-service", "快递显示已签收但是我没收到怎么办？",
  ("快递显示未签收但是我已经收到了怎么办？", F, "negation"),
  ("快递显示已签收但是我没收到，可以投诉吗？", F, "question-word"),
  ("快递显示已签收但是我没收到，快递员要赔吗？", F, "shared-vocabulary"),
  ("快递说已签收，可我根本没收到，该怎么办？", T, "rephrase"),
  ("快递显示已签收但是我没收到怎么办", T, "typo-case"))
g("customer-service", "发票开错了可以重开吗？",
  ("发票丢了可以重开吗？", F, "shared-vocabulary"),
  ("发票开错了可以作废吗？", F, "action"),
  ("发票开错了多久内可以重开？", F, "question-word"),
  ("发票开错了能重新开吗", T, "synonym"),
  ("发票开错了，可以重新开一张吗？", T, "rephrase"))
g("customer-service", "退款多久能退回到原支付账户？",
  ("退款多久能退回到银行卡？", F, "object"),
  ("退款能不能退回到原支付账户？", F, "question-word"),
  ("退款一般几天能退回原来的支付账户？", T, "rephrase"),
  ("退款多久能退回到原支付账户呢", T, "particles"))
g("customer-service", "积分可以转给家人吗？",
  ("家人的积分可以转给我吗？", F, "direction"),
  ("积分可以兑换现金吗？", F, "shared-vocabulary"),
  ("优惠券可以转给家人吗？", F, "object"),
  ("积分能不能转给家里人用？", T, "synonym"),
  ("请问积分可以转给家人吗", T, "politeness"))

# telecom
g("telecom", "移动手机号怎么携号转网到联通？",
  ("联通手机号怎么携号转网到移动？", F, "direction"),
  ("移动手机号怎么携号转网到电信？", F, "entity"),
  ("移动手机号携号转网到联通要多少钱？", F, "question-word"),
  ("移动号码如何携号转网去联通", T, "synonym"),
  ("我想把移动的号转到联通，要怎么办理？", T, "rephrase"))
g("telecom", "手机怎么开通国际漫游服务？",
  ("手机怎么取消国际漫游服务？", F, "action"),
  ("手机怎么开通国际长途服务？", F, "object"),
  ("手机国际漫游服务开通了怎么收费？", F, "question-word"),
  ("手机国际漫游服务怎么开通", T, "reorder"),
  ("麻烦问一下，手机怎么开通国际漫游服务？", T, "politeness"))
g("telecom", "5G套餐降级成4G套餐要违约金吗？",
  ("4G套餐升级成5G套餐要违约金吗？", F, "antonym"),
  ("5G套餐降级成4G套餐要多久生效？", F, "question-word"),
  ("合约期内5G套餐降级成4G套餐要违约金吗？", F, "qualifier"),
  ("5G套餐改成4G套餐需要交违约金吗", T, "synonym"),
  ("从5G套餐降到4G套餐要付违约金吗", T, "rephrase"))
g("telecom", "宽带上传速度比下载速度慢正常吗？",
  ("宽带下载速度比上传速度慢正常吗？", F, "direction"),
  ("宽带上传速度比下载速度快正常吗？", F, "antonym"),
  ("手机上传速度比下载速度慢正常吗？", F, "object"),
  ("宽带的上传比下载慢，这正常吗？", T, "rephrase"),
  ("宽带上传速度比下载速度慢，这是正常的吗", T, "particles"))
g("telecom", "流量用超了怎么收费？",
  ("通话时长用超了怎么收费？", F, "object"),
  ("流量没用完可以结转到下个月吗？", F, "shared-vocabulary"),
  ("国际流量用超了怎么收费？", F, "qualifier"),
  ("流量超出套餐之后怎么收费？", T, "rephrase"),
  ("流量用超了怎么收费啊", T, "particles"))
g("telecom", "手机怎么关闭 5G？",
  ("手机怎么开启 5G？", F, "antonym"),
  ("手机怎么关闭 VoLTE？", F, "object"),
  ("手机关闭 5G 会更省电吗？", F, "question-word"),
  ("手机上的 5G 怎么关掉", T, "synonym"),
  ("手机怎么关闭5G", T, "typo-case"))
g("telecom", "副卡没用完的流量可以共享给主卡吗？",
  ("主卡没用完的流量可以共享给副卡吗？", F, "direction"),
  ("副卡没用完的通话分钟可以共享给主卡吗？", F, "object"),
  ("副卡没用完的流量必须共享给主卡吗？", F, "modality"),
  ("副卡剩下的流量能不能共享给主卡用？", T, "synonym"),
  ("请问副卡没用完的流量可以共享给主卡吗", T, "politeness"))
g("telecom", "家里 WiFi 信号弱怎么办？",
  ("家里 WiFi 网速慢怎么办？", F, "shared-vocabulary"),
  ("公司 WiFi 信号弱怎么办？", F, "qualifier"),
  ("家里 WiFi 信号弱是什么原因？", F, "question-word"),
  ("家里的 WiFi 信号不好，该怎么解决？", T, "rephrase"),
  ("家里wifi信号弱怎么办", T, "typo-case"))

# HR / enterprise
g("hr-enterprise", "试用期员工可以请年假吗？",
  ("试用期员工可以请病假吗？", F, "object"),
  ("正式员工可以请年假吗？", F, "qualifier"),
  ("试用期员工必须休年假吗？", F, "modality"),
  ("试用期的员工能不能请年假？", T, "synonym"),
  ("在试用期内可以请年假吗", T, "rephrase"))
g("hr-enterprise", "工作满5年年假有几天？",
  ("工作满10年年假有几天？", F, "number"),
  ("工作满5年病假有几天？", F, "object"),
  ("工作满5年年假怎么申请？", F, "question-word"),
  ("年假有几天？我工作满5年了", T, "reorder"),
  ("工作满5年有几天年假呀", T, "particles"))
g("hr-enterprise", "加班费是工资的几倍？",
  ("周末加班费是工资的几倍？", F, "qualifier"),
  ("法定节假日加班费是工资的几倍？", F, "qualifier"),
  ("加班费怎么申请？", F, "question-word"),
  ("加班费按工资的几倍算？", T, "synonym"),
  ("加班费是工资的几倍呢", T, "particles"))
g("hr-enterprise", "离职需要提前多少天通知公司？",
  ("公司辞退员工需要提前多少天通知？", F, "direction"),
  ("试用期离职需要提前多少天通知公司？", F, "qualifier"),
  ("辞职要提前几天跟公司说？", T, "rephrase"),
  ("离职需要提前多少天通知公司", T, "typo-case"))
g("hr-enterprise", "报销超过5000元需要谁审批？",
  ("报销超过1000元需要谁审批？", F, "number"),
  ("报销低于5000元需要谁审批？", F, "antonym"),
  ("报销超过5000元需要多久审批？", F, "question-word"),
  ("超过5000元的报销要谁来审批？", T, "reorder"),
  ("报销超过5000块需要谁审批", T, "synonym"))
g("hr-enterprise", "女职工退休年龄是多少岁？",
  ("男职工退休年龄是多少岁？", F, "entity"),
  ("女干部退休年龄是多少岁？", F, "qualifier"),
  ("女职工多少岁退休？", T, "rephrase"),
  ("女职工退休年龄是多少岁啊", T, "particles"))
g("hr-enterprise", "公司可以不给全职员工交社保吗？",
  ("全职员工可以不让公司交社保吗？", F, "direction"),
  ("公司可以不给实习生交社保吗？", F, "object"),
  ("公司可以给全职员工少交社保吗？", F, "shared-vocabulary"),
  ("公司能不能不给全职员工缴纳社保？", T, "synonym"),
  ("公司可以不给全职员工交社保吗", T, "typo-case"))
g("hr-enterprise", "怎么在钉钉上给新员工开通账号？",
  ("怎么在钉钉上给离职员工注销账号？", F, "action"),
  ("怎么在企业微信上给新员工开通账号？", F, "entity"),
  ("新员工怎么在钉钉上申请账号？", F, "direction"),
  ("钉钉里怎样给新入职的员工开账号", T, "synonym"),
  ("新员工的钉钉账号，管理员要怎么开通？", T, "rephrase"))
g("hr-enterprise", "所有部门都要参加周五的消防演练吗？",
  ("至少有几个部门要参加周五的消防演练？", F, "quantifier"),
  ("所有部门都要参加周六的消防演练吗？", F, "number"),
  ("所有部门都可以参加周五的消防演练吗？", F, "modality"),
  ("周五的消防演练是每个部门都得参加吗？", T, "rephrase"),
  ("周五的消防演练，所有部门都要参加吗？", T, "reorder"))

# insurance
g("insurance", "车险出险一次第二年保费会涨多少？",
  ("车险出险两次第二年保费会涨多少？", F, "number"),
  ("车险不出险第二年保费会降多少？", F, "negation"),
  ("车险出险一次第二年保费会涨吗？", F, "question-word"),
  ("出险一次的话，车险第二年的保费要涨多少？", T, "reorder"),
  ("车险出险1次第二年保费会涨多少", T, "typo-case"))
g("insurance", "医保可以报销门诊费用吗？",
  ("医保可以报销住院费用吗？", F, "object"),
  ("商业保险可以报销门诊费用吗？", F, "entity"),
  ("异地医保可以报销门诊费用吗？", F, "qualifier"),
  ("门诊的费用医保能报销吗？", T, "reorder"),
  ("医保能报门诊费用吗", T, "synonym"))
g("insurance", "重疾险和医疗险有什么区别？",
  ("医疗险和重疾险有什么区别？", T, "reorder"),
  ("重疾险和寿险有什么区别？", F, "entity"),
  ("重疾险和医疗险哪个更划算？", F, "question-word"),
  ("重疾险跟医疗险的区别是什么", T, "synonym"))
g("insurance", "给孩子买的保险能转给我自己吗？",
  ("给我自己买的保险能转给孩子吗？", F, "direction"),
  ("给孩子买的保险能退掉吗？", F, "action"),
  ("给孩子买的保险能转给孩子他爸吗？", F, "object"),
  ("给孩子买的保险可以转到我自己名下吗", T, "rephrase"),
  ("给孩子买的保险能转给我自己吗", T, "typo-case"))
g("insurance", "意外险能报销门诊看病的钱吗？",
  ("意外险能报销住院看病的钱吗？", F, "object"),
  ("意外险能报销因为意外受伤去门诊的钱吗？", F, "qualifier"),
  ("医疗险能报销门诊看病的钱吗？", F, "entity"),
  ("门诊看病的费用，意外险可以报销吗？", T, "reorder"),
  ("意外险可以报销门诊看病的费用吗", T, "synonym"))
g("insurance", "买保险有没有等待期？",
  ("买车险有没有等待期？", F, "qualifier"),
  ("买保险有没有犹豫期？", F, "shared-vocabulary"),
  ("买保险的等待期是多少天？", F, "question-word"),
  ("保险是不是有等待期", T, "rephrase"),
  ("买保险有等待期吗", T, "synonym"))

# government
g("government", "身份证过期了怎么补办？",
  ("身份证丢了要怎么补办？", F, "shared-vocabulary"),
  ("护照过期了怎么补办？", F, "object"),
  ("身份证过期了在哪里补办？", F, "question-word"),
  ("身份证过期了，要怎么办理补办？", T, "rephrase"),
  ("身份证过期了怎么补办呢", T, "particles"))
g("government", "外地户口可以在上海办居住证吗？",
  ("外地户口可以在北京办居住证吗？", F, "entity"),
  ("上海户口可以在外地办居住证吗？", F, "direction"),
  ("外地户口在上海办居住证需要什么材料？", F, "question-word"),
  ("户口在外地，能在上海办居住证吗？", T, "rephrase"),
  ("外地户口可以在上海办理居住证吗", T, "synonym"))
g("government", "个税年度汇算什么时候截止？",
  ("个税年度汇算什么时候开始？", F, "antonym"),
  ("个税年度汇算在哪里办理？", F, "question-word"),
  ("个税年度汇算的截止时间是什么时候？", T, "rephrase"),
  ("个税年度汇算截止日期是哪天", T, "synonym"))
g("government", "社保断缴一个月会有什么影响？",
  ("社保断缴三个月会有什么影响？", F, "number"),
  ("医保断缴一个月会有什么影响？", F, "object"),
  ("社保断缴一个月之后怎么补缴？", F, "question-word"),
  ("社保断交一个月有啥影响", T, "typo-case"),
  ("社保停缴一个月会有哪些影响？", T, "synonym"))
g("government", "公积金可以用来付房租吗？",
  ("公积金可以用来付房贷吗？", F, "object"),
  ("公积金可以用来付首付吗？", F, "object"),
  ("公积金每年最多能提取多少来付房租？", F, "question-word"),
  ("租房的房租能用公积金来付吗？", T, "reorder"),
  ("公积金能不能拿来交房租", T, "synonym"))
g("government", "驾照到期前多久可以换证？",
  ("驾照到期后多久可以换证？", F, "direction"),
  ("身份证到期前多久可以换证？", F, "object"),
  ("驾照到期前换证需要体检吗？", F, "question-word"),
  ("驾照在到期之前多长时间可以去换证？", T, "synonym"),
  ("驾照到期前多久可以换证呢", T, "particles"))

# cooking
g("cooking", "红烧肉一般要小火炖多久？",
  ("红烧排骨一般要小火炖多久？", F, "object"),
  ("红烧肉一般要放多少冰糖？", F, "question-word"),
  ("红烧肉用高压锅一般要炖多久？", F, "qualifier"),
  ("红烧肉小火炖多长时间合适？", T, "synonym"),
  ("红烧肉一般要小火炖多久呀", T, "particles"))
g("cooking", "做戚风蛋糕可以用小苏打代替泡打粉吗？",
  ("做戚风蛋糕可以用泡打粉代替小苏打吗？", F, "direction"),
  ("做面包可以用小苏打代替泡打粉吗？", F, "object"),
  ("做戚风蛋糕可以用酵母代替泡打粉吗？", F, "entity"),
  ("做戚风蛋糕时没有泡打粉，能拿小苏打替代吗？", T, "rephrase"),
  ("做戚风蛋糕能用小苏打代替泡打粉吗", T, "synonym"))
g("cooking", "200克面粉是几杯？",
  ("2杯面粉是几克？", F, "direction"),
  ("200克白糖是几杯？", F, "object"),
  ("250克面粉是几杯？", F, "number"),
  ("200g面粉等于多少杯", T, "synonym"),
  ("200克面粉大概是几杯呀", T, "particles"))
g("cooking", "冷冻的肉解冻后还能再冻吗？",
  ("冷冻的肉解冻后还能吃吗？", F, "action"),
  ("冷冻的海鲜解冻后还能再冻吗？", F, "object"),
  ("肉解冻了能不能再放回冷冻？", T, "rephrase"),
  ("冷冻的肉解冻后还能再冻么", T, "particles"))
g("cooking", "炒青菜应该先放盐还是后放盐？",
  ("炖汤应该先放盐还是后放盐？", F, "object"),
  ("炒青菜应该先放油还是后放油？", F, "object"),
  ("炒青菜应该后放盐还是先放盐？", T, "reorder"),
  ("炒青菜的时候，盐是先放好还是最后放好？", T, "rephrase"))
g("cooking", "米饭和水的比例是多少？",
  ("水和米饭的比例是多少？", F, "direction"),
  ("煮粥米和水的比例是多少？", F, "qualifier"),
  ("糙米和水的比例是多少？", F, "entity"),
  ("煮米饭时米和水按什么比例放？", T, "rephrase"),
  ("煮米饭的时候米和水的比例是多少？", T, "rephrase"))

# ---------------------------------------------------------------- more negation / quantifier / modality groups
g("shopping", "Can I get a refund if I haven't opened the box?",
  ("Can I get a refund if I have opened the box?", F, "negation"),
  ("Can I get a refund if I haven't opened the box after 60 days?", F, "qualifier"),
  ("Can I get store credit if I haven't opened the box?", F, "object"),
  ("If the box is still unopened, can I get my money back?", T, "rephrase"))
g("travel", "Can I bring my own food into the stadium?",
  ("Must I bring my own food into the stadium?", F, "modality"),
  ("Can I bring my own alcohol into the stadium?", F, "object"),
  ("Can I bring my own food out of the stadium and come back in?", F, "direction"),
  ("Am I allowed to bring outside food into the stadium?", T, "rephrase"),
  ("can i bring my own food into the stadium??", T, "typo-case"))
g("hr-enterprise", "Do I have to give two weeks' notice before quitting?",
  ("Should I give two weeks' notice before quitting?", F, "modality"),
  ("Do I have to give four weeks' notice before quitting?", F, "number"),
  ("Do I have to give two weeks' notice before quitting a part-time job?", F, "qualifier"),
  ("Is it mandatory to give two weeks' notice before I quit?", T, "rephrase"))
g("travel", "Do all flights to Europe allow a free checked bag?",
  ("Do any flights to Europe allow a free checked bag?", F, "quantifier"),
  ("Do all flights to Europe allow two free checked bags?", F, "number"),
  ("Do all flights from Europe allow a free checked bag?", F, "direction"),
  ("Does every flight to Europe include a free checked bag?", T, "synonym"))
g("school", "Is at least one parent required to sign the consent form?",
  ("Are both parents required to sign the consent form?", F, "quantifier"),
  ("Is at most one parent allowed to sign the consent form?", F, "quantifier"),
  ("Is at least one parent required to sign the medical form?", F, "object"),
  ("Does at least one parent have to sign the consent form?", T, "synonym"))
g("health", "Which foods should I avoid when taking warfarin?",
  ("Which foods should I eat when taking warfarin?", F, "antonym"),
  ("Which foods should I avoid when stopping warfarin?", F, "action"),
  ("Which drinks should I avoid when taking warfarin?", F, "object"),
  ("What foods do I need to stay away from while I'm on warfarin?", T, "rephrase"))
g("programming", "Why isn't my Python script finding the module?",
  ("Why is my Python script finding the wrong module?", F, "negation"),
  ("Why isn't my Python script finding the file?", F, "object"),
  ("Why can't my Python script find the module?", T, "synonym"),
  ("why isnt my python script finding the module", T, "typo-case"))
g("banking", "What happens if I don't pay my credit card bill on time?",
  ("What happens if I pay my credit card bill on time?", F, "negation"),
  ("What happens if I don't pay my phone bill on time?", F, "object"),
  ("What happens if I don't pay my credit card bill at all?", F, "qualifier"),
  ("What are the consequences of paying my credit card bill late?", T, "rephrase"),
  ("If I miss the due date on my credit card bill, what happens?", T, "rephrase"))
g("shopping", "Can I use more than one promo code per order?",
  ("Can I use more than three promo codes per order?", F, "number"),
  ("Can I use more than one promo code per account?", F, "object"),
  ("Can I use more than one gift card per order?", F, "object"),
  ("Is it possible to apply multiple promo codes to a single order?", T, "rephrase"))
g("health", "没有医保卡可以在医院挂号吗？",
  ("有医保卡可以在医院挂号吗？", F, "negation"),
  ("没有身份证可以在医院挂号吗？", F, "object"),
  ("没有医保卡可以在网上挂号吗？", F, "qualifier"),
  ("没带医保卡的话，能在医院挂号吗？", T, "rephrase"),
  ("没有医保卡可以在医院挂号么", T, "particles"))
g("hr-enterprise", "公司能要求员工周末加班吗？",
  ("公司必须给周末加班的员工发加班费吗？", F, "shared-vocabulary"),
  ("公司能要求实习生周末加班吗？", F, "object"),
  ("公司能要求员工法定节假日加班吗？", F, "qualifier"),
  ("公司有权让员工周末加班吗？", T, "synonym"))
g("school", "所有课程都必须线下上吗？",
  ("有些课程必须线下上吗？", F, "quantifier"),
  ("所有课程都可以线下上吗？", F, "modality"),
  ("所有课程都必须线上上吗？", F, "antonym"),
  ("是不是每门课都得去线下上？", T, "rephrase"))
g("health", "至少要提前几天预约体检？",
  ("最多能提前几天预约体检？", F, "quantifier"),
  ("至少要提前几天取消体检预约？", F, "action"),
  ("体检至少要提前几天预约？", T, "reorder"),
  ("预约体检最少得提前几天", T, "synonym"))
g("banking", "不满18岁可以办信用卡吗？",
  ("满18岁可以办信用卡吗？", F, "negation"),
  ("不满18岁可以办储蓄卡吗？", F, "object"),
  ("不满16岁可以办信用卡吗？", F, "number"),
  ("未满18岁能办信用卡吗", T, "synonym"),
  ("还没到18岁，可以申请信用卡吗？", T, "rephrase"))
g("banking", "任何人都可以查我的征信吗？",
  ("只有我自己可以查我的征信吗？", F, "quantifier"),
  ("任何人都可以查我的社保吗？", F, "object"),
  ("任何银行都可以查我的征信吗？", F, "object"),
  ("是不是谁都能查我的征信？", T, "rephrase"))
g("customer-service", "外卖超时没送到可以不付钱吗？",
  ("外卖超时送到了可以不付钱吗？", F, "negation"),
  ("外卖超时没送到可以投诉吗？", F, "action"),
  ("快递超时没送到可以不付钱吗？", F, "object"),
  ("外卖超过时间还没送到，能不付钱吗？", T, "rephrase"))
g("programming", "Python 里 if x is not None 和 if x 有什么区别？",
  ("Python 里 if x is None 和 if not x 有什么区别？", F, "negation"),
  ("Python 里 if x 和 if x is not None 有什么区别？", T, "reorder"),
  ("Python 里 if x != None 和 if x 有什么区别？", F, "operator"),
  ("JavaScript 里 if (x !== null) 和 if (x) 有什么区别？", F, "entity"))

# ---------------------------------------------------------------- output
CJK = re.compile(r"[\u4e00-\u9fff]")


def split_of(number: int) -> str:
    """dev or test from the neutral id g5-NNN only (even first SHA-256 byte: dev)."""
    neutral = f"g5-{number:03d}"
    return "dev" if hashlib.sha256(neutral.encode()).digest()[0] % 2 == 0 else "test"


def rows():
    for number, (domain, a, variants) in enumerate(GROUPS, 1):
        split = split_of(number)
        group = ("d5-" if split == "dev" else "t5-") + f"{number:03d}"
        lang = "zh" if CJK.search(a) else "en"
        assert 3 <= len(variants) <= 6, a
        for b, label, cls in variants:
            assert isinstance(label, bool) and b != a, (a, b)
            yield {"a": a, "b": b, "label": label, "lang": lang, "class": cls,
                   "domain": domain, "group": group, "split": split}


def main():
    out = {"dev": [], "test": []}
    for row in rows():
        out[row["split"]].append(row)
    for split, name in (("dev", "dev-extra-5.jsonl"), ("test", "test-extra-5.jsonl")):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            for row in out[split]:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(name, len(out[split]))


if __name__ == "__main__":
    main()
