#!/usr/bin/env python3
"""Literal data for en-hard.jsonl (English hard pairs for semantic-cache evaluation).

Each group: (domain, base question A, [(class, label, variant B), ...]).
Pairs are hand-written; this script only serialises them to JSONL.
"""
import json
import os

T, F = True, False

GROUPS = [
    # ------------------------------------------------------------ shopping
    ("shopping", "Do you ship to Canada?", [
        ("politeness", T, "Hi, could you tell me whether you ship to Canada?"),
        ("direction", F, "Do you ship from Canada?"),
        ("entity", F, "Do you ship to Mexico?"),
        ("shared-vocabulary", F, "How long does shipping to Canada take?"),
    ]),
    ("shopping", "How do I return a pair of shoes I bought online?", [
        ("synonym", T, "How do I return a pair of shoes I purchased online?"),
        ("action", F, "How do I exchange a pair of shoes I bought online?"),
        ("qualifier", F, "How do I return a pair of shoes I bought online if I've already worn them?"),
        ("rephrase", T, "What's the process for sending back shoes I ordered on your website?"),
    ]),
    ("shopping", "What is the price of the 65-inch Samsung QLED TV?", [
        ("number", F, "What is the price of the 55-inch Samsung QLED TV?"),
        ("entity", F, "What is the price of the 65-inch LG OLED TV?"),
        ("typo-case", T, "whats the price of the 65 inch samsung qled tv"),
    ]),
    ("shopping", "Can I use two discount codes on one order?", [
        ("direction", F, "Can I use one discount code on two orders?"),
        ("reorder", T, "On one order, can I use two discount codes?"),
        ("synonym", T, "Can I use two promo codes on a single order?"),
        ("negation", F, "Why can't I use two discount codes on one order?"),
    ]),
    ("shopping", "When will my order #48213 be delivered?", [
        ("question-word", F, "Where will my order #48213 be delivered?"),
        ("number", F, "When will my order #48231 be delivered?"),
        ("politeness", T, "Hello! When will my order #48213 be delivered? Thanks."),
        ("rephrase", T, "What's the expected delivery date for order #48213?"),
        ("shared-vocabulary", F, "Can I change the delivery address for order #48213?"),
    ]),
    ("shopping", "Is this jacket available in size M?", [
        ("number", F, "Is this jacket available in size L?"),
        ("politeness", T, "Quick question: is this jacket available in size M?"),
        ("typo-case", T, "is this jacket availble in size m"),
        ("question-word", F, "When will this jacket be available in size M?"),
    ]),
    ("shopping", "Is the Kindle Paperwhite waterproof?", [
        ("entity", F, "Is the Kobo Clara waterproof?"),
        ("typo-case", T, "is the kindle paperwhite waterproof??"),
        ("qualifier", F, "Is the Kindle Paperwhite waterproof in salt water?"),
        ("politeness", T, "Hey, can you tell me if the Kindle Paperwhite is waterproof? Thanks!"),
    ]),
    ("shopping", "Do you price match Amazon?", [
        ("entity", F, "Do you price match Walmart?"),
        ("rephrase", T, "Do you offer price matching against Amazon?"),
        ("politeness", T, "Hi there, I'd like to know if you price match Amazon."),
    ]),
    ("shopping", "How long is the warranty on the Dyson V15 vacuum?", [
        ("entity", F, "How long is the warranty on the Shark Stratos vacuum?"),
        ("action", F, "How do I claim the warranty on the Dyson V15 vacuum?"),
        ("question-word", F, "What does the warranty on the Dyson V15 vacuum cover?"),
        ("politeness", T, "Hi! How long is the warranty on the Dyson V15 vacuum, please?"),
    ]),
    ("shopping", "Can I pay for my order with PayPal?", [
        ("entity", F, "Can I pay for my order with Klarna?"),
        ("rephrase", T, "Is PayPal accepted as a payment method for orders?"),
        ("typo-case", T, "can i pay for my order w/ paypal"),
        ("negation", F, "Why can't I pay for my order with PayPal?"),
    ]),
    ("shopping", "What is US women's size 8 in UK sizes?", [
        ("direction", F, "What is UK women's size 8 in US sizes?"),
        ("synonym", T, "What is a US women's size 8 in UK sizing?"),
        ("rephrase", T, "If I wear a women's 8 in the US, what size am I in the UK?"),
    ]),
    ("shopping", "Can I cancel an order after it has shipped?", [
        ("direction", F, "Can I cancel an order before it has shipped?"),
        ("action", F, "Can I change an order after it has shipped?"),
        ("reorder", T, "After an order has shipped, can I still cancel it?"),
        ("reorder", T, "Can an order be cancelled by me after it has shipped?"),
    ]),
    ("shopping", "Which of your laptops come with Windows 11 preinstalled?", [
        ("negation", F, "Which of your laptops don't come with Windows 11 preinstalled?"),
        ("number", F, "Which of your laptops come with Windows 10 preinstalled?"),
        ("synonym", T, "Which of your laptops ship with Windows 11 pre-installed?"),
        ("typo-case", T, "which of ur laptops come with win 11 preinstalled"),
    ]),
    ("shopping", "How do I add an item to my wishlist?", [
        ("antonym", F, "How do I remove an item from my wishlist?"),
        ("synonym", T, "How can I save an item to my wishlist?"),
        ("politeness", T, "Sorry if this is obvious, but how do I add an item to my wishlist?"),
        ("action", F, "How do I share an item from my wishlist?"),
    ]),

    # ------------------------------------------------------------ banking
    ("banking", "How do I transfer money from my savings account to my checking account?", [
        ("direction", F, "How do I transfer money from my checking account to my savings account?"),
        ("politeness", T, "Could you please explain how I transfer money from my savings account into my checking account?"),
        ("shared-vocabulary", F, "How long does a transfer from my savings account to my checking account take?"),
    ]),
    ("banking", "What is the fee for an international wire transfer?", [
        ("qualifier", F, "What is the fee for an incoming international wire transfer?"),
        ("rephrase", T, "How much do you charge to send an international wire transfer?"),
        ("typo-case", T, "whats the fee for an intl wire transfer"),
        ("shared-vocabulary", F, "How long does an international wire transfer take?"),
    ]),
    ("banking", "My debit card was stolen. How do I freeze it?", [
        ("action", F, "My debit card was stolen. How do I replace it?"),
        ("rephrase", T, "Someone stole my debit card - how can I freeze it right away?"),
        ("typo-case", T, "my debit card was stolen, how do i freeze it"),
    ]),
    ("banking", "How can I increase the daily withdrawal limit on my card?", [
        ("antonym", F, "How can I decrease the daily withdrawal limit on my card?"),
        ("synonym", T, "How can I raise the daily withdrawal limit on my card?"),
        ("typo-case", T, "how can i increase the daily withdrawl limit on my card"),
    ]),
    ("banking", "What is the current interest rate on your 12-month fixed deposit?", [
        ("number", F, "What is the current interest rate on your 24-month fixed deposit?"),
        ("synonym", T, "What's the current interest rate for your one-year fixed deposit?"),
        ("shared-vocabulary", F, "Can I withdraw early from your 12-month fixed deposit?"),
    ]),
    ("banking", "Why was I charged a monthly maintenance fee?", [
        ("question-word", F, "When is the monthly maintenance fee charged?"),
        ("politeness", T, "Hi, can you tell me why I was charged a monthly maintenance fee? Thanks"),
        ("negation", F, "Why wasn't I charged a monthly maintenance fee this time?"),
        ("object", F, "Why was I charged an overdraft fee?"),
    ]),
    ("banking", "Can I deposit a check using the mobile app?", [
        ("action", F, "Can I stop a check using the mobile app?"),
        ("synonym", T, "Can I deposit a cheque with the mobile app?"),
        ("reorder", T, "Using the mobile app, can I deposit a check?"),
        ("negation", F, "Why can't I deposit a check using the mobile app?"),
        ("question-word", F, "How long does it take to deposit a check using the mobile app?"),
    ]),
    ("banking", "Is my Visa debit card accepted in Japan?", [
        ("entity", F, "Is my Visa debit card accepted in China?"),
        ("rephrase", T, "Will I be able to pay with my Visa debit card in Japan?"),
        ("shared-vocabulary", F, "Are there fees for using my Visa debit card in Japan?"),
    ]),
    ("banking", "What is the minimum balance to avoid fees on a student checking account?", [
        ("qualifier", F, "What is the minimum balance to avoid fees on a checking account?"),
        ("object", F, "What is the minimum balance to avoid fees on a student savings account?"),
        ("politeness", T, "Could you please tell me the minimum balance to avoid fees on a student checking account?"),
    ]),
    ("banking", "If I deposit $1,000 at 4.5% interest compounded monthly, how much will I have after 3 years?", [
        ("reorder", T, "How much will I have after 3 years if I deposit $1,000 at 4.5% interest compounded monthly?"),
        ("number", F, "If I deposit $1,000 at 5.4% interest compounded monthly, how much will I have after 3 years?"),
    ]),
    ("banking", "Can I open a joint account with <PERSON_1> online?", [
        ("action", F, "Can I close a joint account with <PERSON_1> online?"),
        ("typo-case", T, "can I open a joint acct with <PERSON_1> online?"),
        ("rephrase", T, "Is it possible to open a joint account together with <PERSON_1> through your website?"),
    ]),
    ("banking", "How do I dispute a charge on my credit card?", [
        ("action", F, "How do I cancel a dispute on my credit card?"),
        ("rephrase", T, "What's the process for disputing a credit card charge?"),
        ("question-word", F, "How long do I have to dispute a charge on my credit card?"),
    ]),
    ("banking", "What happens if I only pay the minimum on my credit card?", [
        ("negation", F, "What happens if I don't pay the minimum on my credit card?"),
        ("synonym", T, "What happens if I just make the minimum payment on my credit card?"),
        ("object", F, "What happens if I only pay the minimum on my car loan?"),
    ]),
    ("banking", "How do I turn on overdraft protection?", [
        ("antonym", F, "How do I turn off overdraft protection?"),
        ("politeness", T, "Hello, please tell me how to turn on overdraft protection."),
    ]),
    ("banking", "My balance is -$250. If I deposit $400, what will my new balance be?", [
        ("operator", F, "My balance is $250. If I deposit $400, what will my new balance be?"),
        ("action", F, "My balance is -$250. If I withdraw $400, what will my new balance be?"),
        ("rephrase", T, "I'm at -$250 in my account and I deposit $400. What's my balance afterwards?"),
    ]),

    # ------------------------------------------------------------ health
    ("health", "Can I take ibuprofen with paracetamol?", [
        ("reorder", T, "Can I take paracetamol with ibuprofen?"),
        ("qualifier", F, "Can I take ibuprofen with paracetamol while pregnant?"),
        ("typo-case", T, "can i take ibuprofin with paracetamol?"),
        ("shared-vocabulary", F, "How long should I wait between taking ibuprofen and paracetamol?"),
    ]),
    ("health", "Is it okay to take my blood pressure pills before breakfast?", [
        ("direction", F, "Is it okay to take my blood pressure pills after breakfast?"),
        ("synonym", T, "Is it fine to take my blood pressure medication before breakfast?"),
        ("reorder", T, "Before breakfast, is it okay to take my blood pressure pills?"),
    ]),
    ("health", "What are the early symptoms of type 2 diabetes?", [
        ("number", F, "What are the early symptoms of type 1 diabetes?"),
        ("antonym", F, "What are the late-stage symptoms of type 2 diabetes?"),
        ("synonym", T, "What are the first signs of type 2 diabetes?"),
        ("politeness", T, "Hello, I'd like to know the early symptoms of type 2 diabetes, please."),
        ("shared-vocabulary", F, "What are the risk factors for type 2 diabetes?"),
    ]),
    ("health", "How many milligrams of caffeine is safe per day during pregnancy?", [
        ("qualifier", F, "How many milligrams of caffeine is safe per day?"),
        ("synonym", T, "How much caffeine in mg is safe daily while pregnant?"),
        ("typo-case", T, "how many mg of caffeine is safe per day during pregnancy"),
    ]),
    ("health", "My 4-year-old has a fever of 39°C. Should I give her paracetamol or ibuprofen?", [
        ("number", F, "My 4-month-old has a fever of 39°C. Should I give her paracetamol or ibuprofen?"),
        ("number", F, "My 4-year-old has a fever of 37.5°C. Should I give her paracetamol or ibuprofen?"),
        ("rephrase", T, "My daughter is 4 and her temperature is 39°C. Paracetamol or ibuprofen - which should I give her?"),
        ("typo-case", T, "my 4 year old has a fever of 39C. should i give her paracetamol or ibuprofen"),
    ]),
    ("health", "Which foods should I avoid while taking warfarin?", [
        ("antonym", F, "Which foods are safe to eat while taking warfarin?"),
        ("entity", F, "Which foods should I avoid while taking metformin?"),
        ("synonym", T, "What foods should I stay away from while on warfarin?"),
        ("question-word", F, "Why should I avoid certain foods while taking warfarin?"),
    ]),
    ("health", "How often do adults need a tetanus booster?", [
        ("object", F, "How often do adults need a flu shot?"),
        ("question-word", F, "Why do adults need a tetanus booster?"),
        ("synonym", T, "How frequently should grown-ups get a tetanus booster?"),
    ]),
    ("health", "Is it safe to exercise with a cold?", [
        ("qualifier", F, "Is it safe to exercise with a cold and a fever?"),
        ("rephrase", T, "I have a cold. Is working out safe, or should I skip it?"),
        ("politeness", T, "Hi! Quick question - is it safe to exercise with a cold?"),
    ]),
    ("health", "What is a normal resting heart rate for a 60-year-old?", [
        ("number", F, "What is a normal resting heart rate for a 6-year-old?"),
        ("qualifier", F, "What is a normal resting heart rate for a 60-year-old athlete?"),
        ("reorder", T, "For a 60-year-old, what is a normal resting heart rate?"),
        ("synonym", T, "What's a normal resting pulse for a 60 year old?"),
    ]),
    ("health", "Can I drink alcohol while taking amoxicillin?", [
        ("entity", F, "Can I drink alcohol while taking metronidazole?"),
        ("synonym", T, "Is it OK to drink alcohol while on amoxicillin?"),
        ("politeness", T, "Quick question please: can I drink alcohol while I'm taking amoxicillin?"),
        ("direction", F, "How soon after finishing amoxicillin can I drink alcohol?"),
    ]),
    ("health", "Does the flu vaccine protect against COVID-19?", [
        ("direction", F, "Does the COVID-19 vaccine protect against the flu?"),
        ("synonym", T, "Does the influenza vaccine protect against COVID-19?"),
        ("typo-case", T, "does the flu vaccine protect against covid 19"),
    ]),
    ("health", "How much vitamin D should I take per day?", [
        ("qualifier", F, "How much vitamin D should I take per day if I'm deficient?"),
        ("object", F, "How much vitamin C should I take per day?"),
        ("shared-vocabulary", F, "What is the maximum amount of vitamin D I can safely take per day?"),
        ("typo-case", T, "how much vit D should i take per day"),
        ("rephrase", T, "What's the recommended daily dose of vitamin D for me?"),
    ]),
    ("health", "Which vaccines are recommended during pregnancy?", [
        ("negation", F, "Which vaccines are not recommended during pregnancy?"),
        ("synonym", T, "What vaccines are advised while pregnant?"),
    ]),
    ("health", "What should I eat after a workout?", [
        ("direction", F, "What should I eat before a workout?"),
        ("negation", F, "What should I not eat after a workout?"),
        ("politeness", T, "Hey, what should I eat after a workout? Any advice is appreciated."),
    ]),

    # ------------------------------------------------------------ programming
    ("programming", "What's the difference between `is` and `==` in Python?", [
        ("operator", F, "What's the difference between `is not` and `!=` in Python?"),
        ("reorder", T, "What's the difference between `==` and `is` in Python?"),
        ("typo-case", T, "whats the diff between is and == in python"),
    ]),
    ("programming", "How do I convert a string to an integer in Python?", [
        ("direction", F, "How do I convert an integer to a string in Python?"),
        ("synonym", T, "How can I turn a string into an int in Python?"),
        ("typo-case", T, "how to convert string to integer python"),
        ("shared-vocabulary", F, "How do I check if a string is an integer in Python?"),
    ]),
    ("programming", "How do I undo the last commit in git but keep the changes?", [
        ("antonym", F, "How do I undo the last commit in git and discard the changes?"),
        ("number", F, "How do I undo the last 3 commits in git but keep the changes?"),
        ("rephrase", T, "How do I uncommit my most recent git commit without losing my changes?"),
        ("shared-vocabulary", F, "How do I see the changes in the last commit in git?"),
    ]),
    ("programming", "In SQL, what is the difference between LEFT JOIN and INNER JOIN?", [
        ("object", F, "In SQL, what is the difference between LEFT JOIN and RIGHT JOIN?"),
        ("reorder", T, "What is the difference between INNER JOIN and LEFT JOIN in SQL?"),
        ("politeness", T, "Can you explain the difference between LEFT JOIN and INNER JOIN in SQL, please?"),
    ]),
    ("programming", "What does `x = y if y > 0 else 0` do in Python?", [
        ("operator", F, "What does `x = y if y < 0 else 0` do in Python?"),
        ("rephrase", T, "Can you explain this Python line: `x = y if y > 0 else 0`?"),
    ]),
    ("programming", "How do I delete a remote branch in git?", [
        ("action", F, "How do I rename a remote branch in git?"),
        ("antonym", F, "How do I create a remote branch in git?"),
        ("typo-case", T, "git: how do i delete a remote branch?"),
    ]),
    ("programming", "Why does my React component re-render twice in development?", [
        ("negation", F, "Why does my React component not re-render in development?"),
        ("antonym", F, "Why does my React component re-render twice in production?"),
        ("rephrase", T, "In dev mode my React component renders two times - why is that?"),
    ]),
    ("programming", "How do I sort a list of dictionaries by a key in Python?", [
        ("qualifier", F, "How do I sort a list of dictionaries by a key in Python when some dictionaries are missing that key?"),
        ("action", F, "How do I group a list of dictionaries by a key in Python?"),
        ("synonym", T, "How can I sort a Python list of dicts by one of the keys?"),
        ("politeness", T, "Hey! Could you show me how to sort a list of dictionaries by a key in Python? Thanks a lot"),
    ]),
    ("programming", "What is the time complexity of inserting into a hash map?", [
        ("object", F, "What is the time complexity of inserting into a sorted array?"),
        ("qualifier", F, "What is the worst-case time complexity of inserting into a hash map?"),
        ("reorder", T, "Inserting into a hash map: what is its time complexity?"),
        ("shared-vocabulary", F, "How does a hash map handle collisions when inserting?"),
    ]),
    ("programming", "In Python 3.10, how do I merge two dictionaries?", [
        ("number", F, "In Python 2.7, how do I merge two dictionaries?"),
        ("action", F, "In Python 3.10, how do I compare two dictionaries?"),
        ("synonym", T, "In Python 3.10, how can I combine two dicts?"),
        ("politeness", T, "Hi, I'm on Python 3.10. How do I merge two dictionaries? Thanks!"),
    ]),
    ("programming", "How do I check if a file exists in Bash?", [
        ("entity", F, "How do I check if a file exists in PowerShell?"),
        ("object", F, "How do I check if a directory exists in Bash?"),
        ("negation", F, "How do I check if a file does not exist in Bash?"),
        ("rephrase", T, "In a Bash script, what's the way to test whether a file exists?"),
    ]),
    ("programming", "What is the output of `print(7 // 2)` in Python?", [
        ("operator", F, "What is the output of `print(7 / 2)` in Python?"),
        ("operator", F, "What is the output of `print(7 % 2)` in Python?"),
        ("operator", F, "What is the output of `print(-7 // 2)` in Python?"),
        ("typo-case", T, "what is the output of print(7//2) in python"),
    ]),
    ("programming", "How do I center a div horizontally with CSS?", [
        ("qualifier", F, "How do I center a div horizontally and vertically with CSS?"),
        ("object", F, "How do I center text horizontally with CSS?"),
        ("typo-case", T, "how do i center a div horizontally w/ css"),
    ]),
    ("programming", "Why does my Python script run in the terminal but not in VS Code?", [
        ("direction", F, "Why does my Python script run in VS Code but not in the terminal?"),
        ("rephrase", T, "My Python script works when I run it from the terminal, but fails in VS Code. Why?"),
    ]),
    ("programming", "How do I select rows where a column is NULL in SQL?", [
        ("negation", F, "How do I select rows where a column is not NULL in SQL?"),
        ("object", F, "How do I select rows where a column is an empty string in SQL?"),
        ("synonym", T, "How can I get the rows where a column is NULL in SQL?"),
    ]),
    ("programming", "How do I make git ignore a file that is already tracked?", [
        ("negation", F, "How do I make git ignore a file that is not tracked yet?"),
        ("synonym", T, "How can I get git to ignore a file that's already being tracked?"),
        ("qualifier", F, "How do I make git ignore a file that is already tracked, but only on my machine?"),
    ]),
    ("programming", "How do I increase the maximum heap size for a Java application?", [
        ("antonym", F, "How do I increase the minimum heap size for a Java application?"),
        ("politeness", T, "Please help: how do I increase the maximum heap size for a Java application?"),
    ]),
    ("programming", "In JavaScript, what does `x ?? y` return if x is 0?", [
        ("operator", F, "In JavaScript, what does `x || y` return if x is 0?"),
        ("typo-case", T, "in javascript what does x ?? y return if x is 0"),
        ("reorder", T, "If x is 0, what does `x ?? y` return in JavaScript?"),
    ]),
    ("programming", "What's the difference between `i++` and `++i` in C?", [
        ("reorder", T, "What's the difference between `++i` and `i++` in C?"),
        ("operator", F, "What's the difference between `i++` and `i += 2` in C?"),
        ("entity", F, "What's the difference between `i++` and `++i` in Python?"),
        ("typo-case", T, "whats the difference between i++ and ++i in c"),
    ]),
    ("programming", "In Python, what does `[x for x in range(10) if x % 2 == 0]` return?", [
        ("operator", F, "In Python, what does `[x for x in range(10) if x % 2 != 0]` return?"),
        ("operator", F, "In Python, what does `[x for x in range(10) if x // 2 == 0]` return?"),
        ("typo-case", T, "in python what does [x for x in range(10) if x%2==0] return"),
    ]),
    ("programming", "What is the result of `5 & 3` in C?", [
        ("operator", F, "What is the result of `5 | 3` in C?"),
        ("operator", F, "What is the result of `5 ^ 3` in C?"),
        ("reorder", T, "In C, what is the result of `5 & 3`?"),
        ("rephrase", T, "What does the expression `5 & 3` evaluate to in C?"),
    ]),

    # ------------------------------------------------------------ school
    ("school", "Do I need to pass Calculus I before taking Physics 201?", [
        ("direction", F, "Do I need to pass Physics 201 before taking Calculus I?"),
        ("number", F, "Do I need to pass Calculus II before taking Physics 201?"),
        ("rephrase", T, "Is passing Calculus I required before I can take Physics 201?"),
        ("reorder", T, "Before taking Physics 201, do I need to pass Calculus I?"),
        ("question-word", F, "Why do I need to pass Calculus I before taking Physics 201?"),
    ]),
    ("school", "I'm studying at a German university. How many ECTS credits do I need for a master's degree?", [
        ("object", F, "I'm studying at a German university. How many ECTS credits do I need for a bachelor's degree?"),
        ("shared-vocabulary", F, "I'm studying at a German university. How many ECTS credits is one semester worth?"),
        ("rephrase", T, "How many ECTS do I need to complete a master's at a university in Germany?"),
        ("politeness", T, "Hi! I'm studying at a German university. Could you tell me how many ECTS credits I need for a master's degree?"),
    ]),
    ("school", "When is the last day to drop a class without getting a W?", [
        ("negation", F, "When is the last day to drop a class and still get a W instead of an F?"),
        ("question-word", F, "How do I drop a class without getting a W?"),
        ("synonym", T, "When is the deadline to drop a course without getting a W?"),
        ("typo-case", T, "when is the last day to drop a class w/o getting a W"),
    ]),
    ("school", "How many hours of study per week are expected for a 3-credit course?", [
        ("number", F, "How many hours of study per week are expected for a 4-credit course?"),
        ("shared-vocabulary", F, "How many 3-credit courses can I take per semester?"),
        ("reorder", T, "For a 3-credit course, how many hours of study per week are expected?"),
    ]),
    ("school", "What is the formula for the area of a circle?", [
        ("object", F, "What is the formula for the circumference of a circle?"),
        ("direction", F, "What is the formula for the radius of a circle given its area?"),
        ("typo-case", T, "whats the formula for area of a circle"),
        ("politeness", T, "Can you remind me what the formula for the area of a circle is?"),
    ]),
    ("school", "When did World War I begin?", [
        ("antonym", F, "When did World War I end?"),
        ("number", F, "When did World War II begin?"),
        ("question-word", F, "Why did World War I begin?"),
        ("synonym", T, "When did the First World War start?"),
        ("typo-case", T, "when did ww1 begin"),
    ]),
    ("school", "Who wrote 'Pride and Prejudice'?", [
        ("entity", F, "Who wrote 'Wuthering Heights'?"),
        ("question-word", F, "When was 'Pride and Prejudice' written?"),
        ("rephrase", T, "Who is the author of 'Pride and Prejudice'?"),
        ("typo-case", T, "who wrote pride and prejudice"),
    ]),
    ("school", "If I fail a course, can I retake it the next semester?", [
        ("antonym", F, "If I pass a course, can I retake it the next semester to improve my grade?"),
        ("synonym", T, "If I fail a class, can I take it again next semester?"),
        ("question-word", F, "If I fail a course, how many times can I retake it?"),
        ("reorder", T, "Can I retake a course the next semester if I fail it?"),
    ]),
    ("school", "What's the difference between a mean and a median?", [
        ("object", F, "What's the difference between a mean and a mode?"),
        ("reorder", T, "What's the difference between a median and a mean?"),
        ("politeness", T, "Could you please explain the difference between a mean and a median? Thank you!"),
        ("question-word", F, "When should I use a median instead of a mean?"),
    ]),
    ("school", "How do I cite a website in APA 7th edition?", [
        ("number", F, "How do I cite a website in APA 6th edition?"),
        ("entity", F, "How do I cite a website in MLA 9th edition?"),
        ("synonym", T, "How do I reference a website in APA 7th edition?"),
        ("shared-vocabulary", F, "Do I need to include the access date when citing a website in APA 7th edition?"),
    ]),
    ("school", "My son <PERSON_1> is in 5th grade. What should he be able to read by the end of the year?", [
        ("number", F, "My son <PERSON_1> is in 3rd grade. What should he be able to read by the end of the year?"),
        ("antonym", F, "My son <PERSON_1> is in 5th grade. What should he be able to read by the start of the year?"),
        ("rephrase", T, "<PERSON_1>, my son, is a 5th grader. By the end of the school year, what should he be able to read?"),
    ]),
    ("school", "Is the school closed on Martin Luther King Jr. Day?", [
        ("entity", F, "Is the school closed on Presidents' Day?"),
        ("typo-case", T, "is the school closed on MLK day?"),
        ("politeness", T, "Hello, could you let me know if the school is closed on Martin Luther King Jr. Day?"),
    ]),
    ("school", "Which courses count toward my GPA?", [
        ("negation", F, "Which courses don't count toward my GPA?"),
        ("qualifier", F, "Which courses count toward my major GPA?"),
        ("synonym", T, "Which classes count towards my GPA?"),
    ]),

    # ------------------------------------------------------------ travel
    ("travel", "Do I need a visa to travel from the US to Brazil?", [
        ("direction", F, "Do I need a visa to travel from Brazil to the US?"),
        ("entity", F, "Do I need a visa to travel from the US to Argentina?"),
        ("politeness", T, "Hi there, quick question: do I need a visa to travel from the US to Brazil?"),
        ("reorder", T, "To travel from the US to Brazil, do I need a visa?"),
    ]),
    ("travel", "How many bags can I check on a British Airways flight from London to New York?", [
        ("qualifier", F, "How many bags can I check in basic economy on a British Airways flight from London to New York?"),
        ("synonym", T, "How many checked bags am I allowed on a British Airways flight from London to New York?"),
        ("entity", F, "How many bags can I check on a Virgin Atlantic flight from London to New York?"),
    ]),
    ("travel", "What time does the last train from Munich to Salzburg leave?", [
        ("antonym", F, "What time does the first train from Munich to Salzburg leave?"),
        ("direction", F, "What time does the last train from Salzburg to Munich leave?"),
        ("question-word", F, "Which station does the last train from Munich to Salzburg leave from?"),
        ("reorder", T, "From Munich to Salzburg, what time does the last train leave?"),
        ("typo-case", T, "what time does the last train munich -> salzburg leave"),
        ("shared-vocabulary", F, "How long does the train from Munich to Salzburg take?"),
    ]),
    ("travel", "Can I bring a power bank in my checked luggage?", [
        ("object", F, "Can I bring a power bank in my carry-on luggage?"),
        ("synonym", T, "Am I allowed to pack a power bank in my checked baggage?"),
        ("typo-case", T, "can i bring a powerbank in my checked luggage"),
        ("shared-vocabulary", F, "What is the maximum power bank capacity I can bring on a plane?"),
    ]),
    ("travel", "How early should I arrive at the airport for an international flight?", [
        ("antonym", F, "How early should I arrive at the airport for a domestic flight?"),
        ("politeness", T, "I'd like to know how early I should arrive at the airport for an international flight, please."),
        ("question-word", F, "Why should I arrive at the airport so early for an international flight?"),
    ]),
    ("travel", "Is the train faster than the bus from Prague to Vienna?", [
        ("direction", F, "Is the bus faster than the train from Prague to Vienna?"),
        ("object", F, "Is the train cheaper than the bus from Prague to Vienna?"),
        ("reorder", T, "From Prague to Vienna, is the train faster than the bus?"),
    ]),
    ("travel", "What's the weather like in Lisbon in March?", [
        ("entity", F, "What's the weather like in Porto in March?"),
        ("number", F, "What's the weather like in Lisbon in November?"),
        ("synonym", T, "How is the weather in Lisbon during March?"),
        ("shared-vocabulary", F, "What should I pack for Lisbon in March?"),
    ]),
    ("travel", "Can I change the name on my plane ticket?", [
        ("object", F, "Can I change the date on my plane ticket?"),
        ("qualifier", F, "Can I change the name on my plane ticket for free?"),
        ("politeness", T, "Hello, I was wondering if I can change the name on my plane ticket."),
    ]),
    ("travel", "How much is the tourist tax per night in Amsterdam?", [
        ("entity", F, "How much is the tourist tax per night in Barcelona?"),
        ("reorder", T, "In Amsterdam, how much is the tourist tax per night?"),
        ("question-word", F, "When is the tourist tax paid in Amsterdam?"),
    ]),
    ("travel", "Do I need to print my boarding pass for Ryanair?", [
        ("entity", F, "Do I need to print my boarding pass for easyJet?"),
        ("qualifier", F, "Do I need to print my boarding pass for Ryanair if I'm flying from Morocco?"),
        ("synonym", T, "Do I have to print out my Ryanair boarding pass?"),
        ("politeness", T, "Hello, do I need to print my boarding pass for Ryanair? Thanks in advance."),
        ("question-word", F, "Where can I print my boarding pass for Ryanair?"),
    ]),
    ("travel", "My flight was delayed by 4 hours. Am I entitled to compensation under EU261?", [
        ("number", F, "My flight was delayed by 2 hours. Am I entitled to compensation under EU261?"),
        ("rephrase", T, "My flight got delayed 4 hours. Do I have a right to compensation under EU261?"),
        ("typo-case", T, "my flight was delayed by 4hrs. am i entitled to compensation under eu261?"),
    ]),
    ("travel", "Which is the best area to stay in Tokyo for first-time visitors?", [
        ("entity", F, "Which is the best area to stay in Osaka for first-time visitors?"),
        ("rephrase", T, "It's my first time visiting Tokyo - which area is the best to stay in?"),
    ]),
    ("travel", "What items are not allowed in carry-on luggage?", [
        ("negation", F, "What items are allowed in carry-on luggage?"),
        ("object", F, "What items are not allowed in checked luggage?"),
        ("synonym", T, "What items are prohibited in carry-on luggage?"),
        ("typo-case", T, "what items are not allowed in carry on luggage"),
    ]),
    ("travel", "What is the latest I can check in at the hotel?", [
        ("antonym", F, "What is the earliest I can check in at the hotel?"),
        ("action", F, "What is the latest I can check out of the hotel?"),
        ("politeness", T, "Hi, could you tell me the latest time I can check in at the hotel?"),
    ]),

    # ------------------------------------------------------------ customer-service
    ("customer-service", "How do I cancel my subscription?", [
        ("action", F, "How do I pause my subscription?"),
        ("action", F, "How do I renew my subscription?"),
        ("synonym", T, "How can I end my subscription?"),
        ("politeness", T, "Hi, I'd like to know how to cancel my subscription, please."),
        ("typo-case", T, "how do i cancel my subscripton"),
        ("shared-vocabulary", F, "Will I get a refund if I cancel my subscription?"),
    ]),
    ("customer-service", "I was charged twice for the same order. How do I get a refund for the duplicate charge?", [
        ("rephrase", T, "My card got billed two times for one order - how can I get the extra charge refunded?"),
        ("shared-vocabulary", F, "I was charged twice for the same order. Why did this happen?"),
        ("typo-case", T, "i was charged twice for the same order, how do i get a refund for the duplicate charge"),
    ]),
    ("customer-service", "How do I change the email address on my account?", [
        ("object", F, "How do I change the phone number on my account?"),
        ("action", F, "How do I verify the email address on my account?"),
        ("synonym", T, "How do I update the email address on my account?"),
        ("reorder", T, "On my account, how do I change the email address?"),
    ]),
    ("customer-service", "What are your customer service hours on weekends?", [
        ("qualifier", F, "What are your customer service hours?"),
        ("reorder", T, "On weekends, what are your customer service hours?"),
        ("shared-vocabulary", F, "How long is the wait for customer service on weekends?"),
    ]),
    ("customer-service", "Can I speak to a human agent instead of the chatbot?", [
        ("direction", F, "Can I speak to the chatbot instead of a human agent?"),
        ("rephrase", T, "I want to talk to a real person instead of a bot. Is that possible?"),
        ("politeness", T, "Please, can I speak to a human agent instead of the chatbot?"),
    ]),
    ("customer-service", "Where can I find my invoice for last month?", [
        ("antonym", F, "Where can I find my invoice for next month?"),
        ("action", F, "Where can I dispute my invoice for last month?"),
        ("synonym", T, "Where can I find my bill for last month?"),
        ("question-word", F, "When will I get my invoice for last month?"),
    ]),
    ("customer-service", "How do I file a complaint about a delivery driver?", [
        ("antonym", F, "How do I leave a compliment for a delivery driver?"),
        ("object", F, "How do I file a complaint about a damaged package?"),
        ("rephrase", T, "Where do I go to complain about one of your delivery drivers?"),
    ]),
    ("customer-service", "Can I transfer my loyalty points to another member?", [
        ("action", F, "Can I combine my loyalty points with another member?"),
        ("synonym", T, "Can I give my loyalty points to another member?"),
        ("typo-case", T, "can I transfer my loyalty pts to another member?"),
    ]),
    ("customer-service", "My package says delivered but I never received it. What should I do?", [
        ("rephrase", T, "The tracking shows my parcel as delivered, but it never arrived. What can I do?"),
        ("politeness", T, "Hello, my package says delivered but I never received it. What should I do? Thank you."),
        ("object", F, "My refund says processed but I never received it. What should I do?"),
    ]),
    ("customer-service", "How long does it take to get a refund after I return an item?", [
        ("qualifier", F, "How long does it take to get a refund after I return an item paid with a gift card?"),
        ("rephrase", T, "How long until I get my money back after returning an item?"),
        ("question-word", F, "Why does it take so long to get a refund after I return an item?"),
    ]),
    ("customer-service", "Why didn't I receive an order confirmation email?", [
        ("negation", F, "Why did I receive an order confirmation email when I didn't order anything?"),
        ("object", F, "Why didn't I receive a shipping confirmation email?"),
        ("politeness", T, "Hello there, why didn't I receive an order confirmation email? Thanks."),
        ("typo-case", T, "why didnt i receive an order confirmation email"),
    ]),
    ("customer-service", "I'd like to update the delivery address on my account to <ADDRESS_1>. How do I do that?", [
        ("object", F, "I'd like to update the billing address on my account to <ADDRESS_1>. How do I do that?"),
        ("politeness", T, "How do I update the delivery address on my account to <ADDRESS_1>?"),
        ("action", F, "I'd like to remove the delivery address <ADDRESS_1> from my account. How do I do that?"),
    ]),

    # ------------------------------------------------------------ math
    ("math", "Solve for x: 2x + 6 = 14", [
        ("operator", F, "Solve for x: 2x - 6 = 14"),
        ("number", F, "Solve for x: 2x + 6 = 41"),
        ("politeness", T, "Can you please solve for x: 2x + 6 = 14"),
        ("reorder", T, "Solve 2x + 6 = 14 for x"),
    ]),
    ("math", "What is 15% of 80?", [
        ("direction", F, "15 is what percent of 80?"),
        ("operator", F, "What is 80 increased by 15%?"),
        ("politeness", T, "Can you quickly work out 15% of 80 for me?"),
    ]),
    ("math", "What is the derivative of sin(x) * cos(x)?", [
        ("operator", F, "What is the derivative of sin(x) + cos(x)?"),
        ("operator", F, "What is the derivative of sin(x) / cos(x)?"),
        ("action", F, "What is the integral of sin(x) * cos(x)?"),
        ("typo-case", T, "whats the derivative of sinx*cosx"),
        ("reorder", T, "What is the derivative of cos(x) * sin(x)?"),
    ]),
    ("math", "Is -0.5 less than -0.25?", [
        ("operator", F, "Is 0.5 less than -0.25?"),
        ("operator", F, "Is -0.5 greater than -0.25?"),
        ("synonym", T, "Is -0.5 smaller than -0.25?"),
    ]),
    ("math", "What is the probability of rolling at least one six with two dice?", [
        ("qualifier", F, "What is the probability of rolling exactly one six with two dice?"),
        ("number", F, "What is the probability of rolling at least one six with three dice?"),
        ("shared-vocabulary", F, "What is the probability of rolling a sum of six with two dice?"),
        ("synonym", T, "What's the chance of getting at least one 6 when rolling two dice?"),
        ("reorder", T, "With two dice, what is the probability of rolling at least one six?"),
    ]),
    ("math", "Convert 5 miles to kilometers.", [
        ("direction", F, "Convert 5 kilometers to miles."),
        ("politeness", T, "Could you convert 5 miles to kilometers for me?"),
        ("rephrase", T, "How many kilometers is 5 miles?"),
        ("typo-case", T, "convert 5 mi to km"),
    ]),
    ("math", "If a shirt costs $40 after a 20% discount, what was the original price?", [
        ("direction", F, "If a shirt costs $40 before a 20% discount, what is the sale price?"),
        ("antonym", F, "If a shirt costs $40 after a 20% markup, what was the original price?"),
        ("number", F, "If a shirt costs $40 after a 25% discount, what was the original price?"),
        ("rephrase", T, "A shirt is $40 once a 20% discount is applied. What was its price before the discount?"),
    ]),
    ("math", "The interest rate went from 4% to 5%. By how many percentage points did it increase?", [
        ("operator", F, "The interest rate went from 4% to 5%. By what percent did it increase?"),
        ("reorder", T, "By how many percentage points did the interest rate increase if it went from 4% to 5%?"),
    ]),
    ("math", "What is the sum of the interior angles of a hexagon?", [
        ("qualifier", F, "What is each interior angle of a regular hexagon?"),
        ("antonym", F, "What is the sum of the exterior angles of a hexagon?"),
        ("synonym", T, "What do the interior angles of a hexagon add up to?"),
        ("typo-case", T, "sum of interior angles of a hexagon?"),
        ("question-word", F, "Why do the interior angles of a hexagon add up to 720 degrees?"),
    ]),
    ("math", "Is 91 a prime number?", [
        ("number", F, "Is 97 a prime number?"),
        ("typo-case", T, "is 91 prime"),
        ("rephrase", T, "Is the number 91 prime or composite?"),
        ("object", F, "Is 91 a perfect square?"),
    ]),
    ("math", "What is the square root of 144?", [
        ("operator", F, "What is the square of 144?"),
        ("typo-case", T, "whats the sqrt of 144"),
    ]),
    ("math", "List all prime numbers between 1 and 50.", [
        ("negation", F, "List all numbers between 1 and 50 that are not prime."),
        ("number", F, "List all prime numbers between 1 and 100."),
        ("politeness", T, "Can you please list all the prime numbers between 1 and 50?"),
        ("qualifier", F, "List all odd prime numbers between 1 and 50."),
    ]),
    ("math", "Find all x such that x^2 > 9.", [
        ("operator", F, "Find all x such that x^2 < 9."),
        ("negation", F, "Find all x such that x^2 is not greater than 9."),
        ("rephrase", T, "For which values of x is x^2 greater than 9?"),
    ]),
    ("math", "Simplify (x + 3)(x - 3).", [
        ("operator", F, "Simplify (x + 3)(x + 3)."),
        ("operator", F, "Simplify (x + 3) + (x - 3)."),
        ("politeness", T, "Could you simplify (x + 3)(x - 3) for me?"),
    ]),
    ("math", "What is 2^10?", [
        ("operator", F, "What is 2 * 10?"),
        ("operator", F, "What is 2^-10?"),
        ("rephrase", T, "What is 2 to the power of 10?"),
    ]),
    ("math", "Solve x^2 - 5x + 6 = 0.", [
        ("operator", F, "Solve x^2 + 5x + 6 = 0."),
        ("operator", F, "Solve x^2 - 5x + 6 > 0."),
        ("rephrase", T, "Find the roots of x^2 - 5x + 6 = 0."),
    ]),

    # ------------------------------------------------------------ cooking
    ("cooking", "How long should I boil an egg for a runny yolk?", [
        ("antonym", F, "How long should I boil an egg for a firm yolk?"),
        ("action", F, "How long should I poach an egg for a runny yolk?"),
        ("synonym", T, "How many minutes should I boil an egg to get a runny yolk?"),
    ]),
    ("cooking", "Can I substitute baking soda for baking powder?", [
        ("direction", F, "Can I substitute baking powder for baking soda?"),
        ("rephrase", T, "Can I use baking soda instead of baking powder?"),
        ("shared-vocabulary", F, "What's the difference between baking soda and baking powder?"),
    ]),
    ("cooking", "What temperature should I cook chicken breast to?", [
        ("object", F, "What temperature should I cook pork chops to?"),
        ("rephrase", T, "What internal temperature should chicken breast reach when it's cooked?"),
        ("shared-vocabulary", F, "What temperature should I bake chicken breast at?"),
        ("typo-case", T, "what temp should i cook chicken breast to"),
        ("question-word", F, "Why should I cook chicken breast to 165°F?"),
    ]),
    ("cooking", "How many grams are in one cup of flour?", [
        ("number", F, "How many grams are in half a cup of flour?"),
        ("qualifier", F, "How many grams are in one cup of sifted flour?"),
        ("reorder", T, "One cup of flour is how many grams?"),
    ]),
    ("cooking", "How long can cooked rice stay in the fridge?", [
        ("object", F, "How long can cooked rice stay in the freezer?"),
        ("rephrase", T, "How many days is cooked rice good for in the refrigerator?"),
    ]),
    ("cooking", "What can I use instead of eggs in brownies?", [
        ("object", F, "What can I use instead of butter in brownies?"),
        ("synonym", T, "What's a good egg substitute for brownies?"),
        ("politeness", T, "Hi! What can I use instead of eggs in brownies? Thanks!"),
    ]),
    ("cooking", "How long should I let a steak rest after cooking?", [
        ("direction", F, "How long should I let a steak rest before cooking?"),
        ("synonym", T, "How long should a steak rest once it's cooked?"),
        ("question-word", F, "Why should I let a steak rest after cooking?"),
        ("reorder", T, "After cooking, how long should I let a steak rest?"),
    ]),
    ("cooking", "Is it safe to refreeze chicken that has been thawed in the fridge?", [
        ("object", F, "Is it safe to refreeze chicken that has been thawed in the microwave?"),
        ("reorder", T, "If chicken has been thawed in the fridge, is it safe to refreeze it?"),
        ("typo-case", T, "is it safe to re-freeze chicken thats been thawed in the fridge"),
    ]),
    ("cooking", "I have a recipe for 6 people that uses 300 g of pasta. How much pasta do I need for 4 people?", [
        ("direction", F, "I have a recipe for 4 people that uses 300 g of pasta. How much pasta do I need for 6 people?"),
        ("number", F, "I have a recipe for 6 people that uses 300 g of pasta. How much pasta do I need for 8 people?"),
        ("rephrase", T, "A recipe serving 6 calls for 300 g of pasta. How much pasta should I use to serve 4?"),
    ]),
    ("cooking", "Which vegetables should not be stored in the fridge?", [
        ("negation", F, "Which vegetables should be stored in the fridge?"),
        ("synonym", T, "Which veggies shouldn't be kept in the refrigerator?"),
        ("object", F, "Which fruits should not be stored in the fridge?"),
    ]),
    ("cooking", "How do I make my pancakes fluffier?", [
        ("antonym", F, "How do I make my pancakes flatter?"),
        ("synonym", T, "How can I get fluffier pancakes?"),
        ("politeness", T, "Any tips on how to make my pancakes fluffier? Thank you!"),
    ]),

    # ------------------------------------------------------------ legal-hr
    ("legal-hr", "How many vacation days am I entitled to per year in Germany?", [
        ("entity", F, "How many vacation days am I entitled to per year in France?"),
        ("synonym", T, "How many days of annual leave am I entitled to per year in Germany?"),
        ("shared-vocabulary", F, "Can my employer refuse my vacation days in Germany?"),
    ]),
    ("legal-hr", "Can my employer fire me for posting about the company on social media?", [
        ("direction", F, "Can I fire an employee for posting about the company on social media?"),
        ("qualifier", F, "Can my employer fire me for posting about the company on social media in California?"),
        ("synonym", T, "Can my boss fire me for posting about the company on social media?"),
        ("politeness", T, "Quick question: can my employer fire me for posting about the company on social media?"),
    ]),
    ("legal-hr", "How much notice do I have to give my landlord before moving out?", [
        ("direction", F, "How much notice does my landlord have to give me before I have to move out?"),
        ("reorder", T, "Before moving out, how much notice do I have to give my landlord?"),
    ]),
    ("legal-hr", "Is overtime pay mandatory for salaried employees in the US?", [
        ("qualifier", F, "Is overtime pay mandatory for salaried employees earning under $30,000 in the US?"),
        ("rephrase", T, "In the US, do employers have to pay overtime to salaried employees?"),
        ("typo-case", T, "is OT pay mandatory for salaried employees in the US?"),
    ]),
    ("legal-hr", "Can my probation period be extended?", [
        ("antonym", F, "Can my probation period be shortened?"),
        ("qualifier", F, "Can my probation period be extended without my consent?"),
        ("reorder", T, "Can my employer extend my probation period?"),
    ]),
    ("legal-hr", "Does my employer have to pay me for unused vacation days when I quit?", [
        ("action", F, "Does my employer have to pay me for unused vacation days when I am fired?"),
        ("qualifier", F, "Does my employer have to pay me for unused vacation days when I quit in Texas?"),
        ("synonym", T, "Does my employer have to pay me for unused vacation days when I resign?"),
        ("reorder", T, "When I quit, does my employer have to pay me for unused vacation days?"),
    ]),
    ("legal-hr", "My colleague <PERSON_1> keeps making offensive jokes. How do I report harassment to HR?", [
        ("rephrase", T, "<PERSON_1>, a coworker, keeps telling offensive jokes. What's the way to report this harassment to HR?"),
        ("politeness", T, "Hi. My colleague <PERSON_1> keeps making offensive jokes. Can you tell me how I report harassment to HR? Thank you."),
        ("direction", F, "My colleague <PERSON_1> reported me to HR for making offensive jokes. What should I do?"),
    ]),
    ("legal-hr", "Can I take parental leave if my partner is also on leave?", [
        ("negation", F, "Can I take parental leave if my partner is not on leave?"),
        ("synonym", T, "Am I able to take parental leave when my partner is on leave too?"),
        ("object", F, "Can I take sick leave if my partner is also on leave?"),
    ]),
    ("legal-hr", "Do I need a lawyer to write a will?", [
        ("action", F, "Do I need a lawyer to contest a will?"),
        ("rephrase", T, "Is it necessary to hire a lawyer to write my will?"),
        ("question-word", F, "How much does a lawyer charge to write a will?"),
    ]),
    ("legal-hr", "Can my landlord keep my deposit for normal wear and tear?", [
        ("qualifier", F, "Can my landlord keep my deposit for damage beyond normal wear and tear?"),
        ("synonym", T, "Can my landlord withhold my security deposit for normal wear and tear?"),
        ("typo-case", T, "can my landlord keep my deposit for normal wear & tear"),
    ]),
    ("legal-hr", "Is a non-compete agreement enforceable in California?", [
        ("entity", F, "Is a non-compete agreement enforceable in Texas?"),
        ("synonym", T, "Are non-compete clauses enforceable in California?"),
        ("reorder", T, "In California, is a non-compete agreement enforceable?"),
    ]),
    ("legal-hr", "What are my rights if I am dismissed without a written warning?", [
        ("negation", F, "What are my rights if I am dismissed after a written warning?"),
        ("rephrase", T, "I got fired without ever receiving a written warning. What rights do I have?"),
        ("qualifier", F, "What are my rights if I am dismissed without a written warning during my probation period?"),
    ]),

    # ------------------------------------------------------------ telecom
    ("telecom", "How do I activate international roaming on my phone?", [
        ("antonym", F, "How do I deactivate international roaming on my phone?"),
        ("synonym", T, "How do I turn on international roaming on my phone?"),
        ("politeness", T, "Hello! Could you tell me how to activate international roaming on my phone? Thanks."),
    ]),
    ("telecom", "How much does it cost to call the UK from Germany?", [
        ("direction", F, "How much does it cost to call Germany from the UK?"),
        ("action", F, "How much does it cost to text the UK from Germany?"),
        ("reorder", T, "From Germany, how much does it cost to call the UK?"),
        ("shared-vocabulary", F, "Is calling the UK from Germany included in my plan?"),
    ]),
    ("telecom", "Can I keep my phone number if I switch to another provider?", [
        ("synonym", T, "Can I keep my phone number if I change to another carrier?"),
        ("rephrase", T, "If I move to a different mobile operator, will I be able to keep my number?"),
        ("shared-vocabulary", F, "How long does it take to move my phone number to another provider?"),
    ]),
    ("telecom", "My internet speed is 50 Mbps but I pay for 500 Mbps. Why?", [
        ("number", F, "My internet speed is 450 Mbps but I pay for 500 Mbps. Why?"),
        ("direction", F, "My internet speed is 500 Mbps but I pay for 50 Mbps. Why?"),
        ("rephrase", T, "I'm paying for 500 Mbps but only getting 50 Mbps. What's causing this?"),
        ("typo-case", T, "my internet speed is 50mbps but i pay for 500mbps, why??"),
    ]),
    ("telecom", "How do I upgrade from the 10 GB plan to the unlimited plan?", [
        ("direction", F, "How do I downgrade from the unlimited plan to the 10 GB plan?"),
        ("qualifier", F, "How do I upgrade from the 10 GB plan to the unlimited plan before my contract ends?"),
        ("politeness", T, "Hello, could you explain how I upgrade from the 10 GB plan to the unlimited plan? Thanks."),
    ]),
    ("telecom", "Why is my phone bill higher than usual this month?", [
        ("antonym", F, "Why is my phone bill lower than usual this month?"),
        ("synonym", T, "Why is my mobile bill higher than normal this month?"),
        ("typo-case", T, "why is my phone bill higher then usual this month"),
    ]),
    ("telecom", "How do I unlock my phone to use a different SIM card?", [
        ("shared-vocabulary", F, "How do I unlock my phone if I forgot the screen PIN?"),
        ("rephrase", T, "How do I get my phone carrier-unlocked so I can use a SIM from another network?"),
    ]),
    ("telecom", "Does my plan include free calls to landlines in the EU?", [
        ("object", F, "Does my plan include free calls to mobiles in the EU?"),
        ("entity", F, "Does my plan include free calls to landlines in the US?"),
        ("reorder", T, "Are free calls to landlines in the EU included in my plan?"),
        ("politeness", T, "Hi, I was wondering whether my plan includes free calls to landlines in the EU."),
    ]),
    ("telecom", "My router's Wi-Fi keeps dropping every few minutes. How can I fix it?", [
        ("qualifier", F, "My router's Wi-Fi keeps dropping only when the microwave is on. How can I fix it?"),
        ("object", F, "My router's Ethernet connection keeps dropping every few minutes. How can I fix it?"),
        ("rephrase", T, "The Wi-Fi from my router disconnects every couple of minutes. How do I fix this?"),
    ]),
    ("telecom", "Why can I receive calls but not make them?", [
        ("direction", F, "Why can I make calls but not receive them?"),
        ("rephrase", T, "Incoming calls work on my phone but outgoing calls fail. Why?"),
    ]),
    ("telecom", "Which countries are included in my roaming plan?", [
        ("negation", F, "Which countries are not included in my roaming plan?"),
        ("synonym", T, "Which countries does my roaming plan cover?"),
        ("reorder", T, "My roaming plan - which countries are included in it?"),
    ]),

    # ------------------------------------------------------------ general
    ("general", "What is the capital of Australia?", [
        ("entity", F, "What is the capital of Austria?"),
        ("typo-case", T, "whats the capital of australia"),
        ("rephrase", T, "Which city is Australia's capital?"),
        ("shared-vocabulary", F, "What is the population of the capital of Australia?"),
    ]),
    ("general", "How many hours is Tokyo ahead of London?", [
        ("direction", F, "How many hours is London ahead of Tokyo?"),
        ("entity", F, "How many hours is Tokyo ahead of Paris?"),
        ("reorder", T, "Tokyo is how many hours ahead of London?"),
    ]),
    ("general", "Who was the first person to walk on the Moon?", [
        ("number", F, "Who was the second person to walk on the Moon?"),
        ("antonym", F, "Who was the last person to walk on the Moon?"),
        ("question-word", F, "When did the first person walk on the Moon?"),
        ("synonym", T, "Who was the first human to walk on the Moon?"),
        ("typo-case", T, "who was the first person to walk on the moon"),
    ]),
    ("general", "How do I remove a red wine stain from a white carpet?", [
        ("qualifier", F, "How do I remove a week-old red wine stain from a white carpet?"),
        ("object", F, "How do I remove a red wine stain from a white shirt?"),
        ("shared-vocabulary", F, "Does white vinegar remove red wine stains from carpet?"),
        ("politeness", T, "Help please! How do I remove a red wine stain from a white carpet?"),
    ]),
    ("general", "Is a tomato a fruit or a vegetable?", [
        ("entity", F, "Is a potato a fruit or a vegetable?"),
        ("reorder", T, "Is a tomato a vegetable or a fruit?"),
        ("typo-case", T, "is tomato a fruit or vegetable"),
    ]),
    ("general", "What's the best way to learn Spanish in 6 months?", [
        ("number", F, "What's the best way to learn Spanish in 6 weeks?"),
        ("entity", F, "What's the best way to learn Japanese in 6 months?"),
        ("politeness", T, "I'd love some advice: what's the best way to learn Spanish in 6 months?"),
    ]),
    ("general", "How do I write a thank-you email to <PERSON_1> after a job interview?", [
        ("direction", F, "How do I reply to a thank-you email from <PERSON_1> after a job interview?"),
        ("object", F, "How do I write a follow-up email to <PERSON_1> after a job interview?"),
        ("rephrase", T, "Can you help me write a thank-you email to <PERSON_1> following my job interview?"),
        ("typo-case", T, "how do i write a thank you e-mail to <PERSON_1> after a job interview"),
        ("question-word", F, "When should I send a thank-you email to <PERSON_1> after a job interview?"),
    ]),
    ("general", "How many calories do I burn walking 10,000 steps?", [
        ("number", F, "How many calories do I burn walking 5,000 steps?"),
        ("action", F, "How many calories do I burn running 10,000 steps?"),
        ("reorder", T, "Walking 10,000 steps, how many calories do I burn?"),
        ("shared-vocabulary", F, "How many steps do I need to walk to burn 500 calories?"),
    ]),
    ("general", "What's a good gift for my dad who likes fishing?", [
        ("qualifier", F, "What's a good gift under $20 for my dad who likes fishing?"),
        ("synonym", T, "What's a good present for my father who likes fishing?"),
    ]),
    ("general", "Please send an email to <EMAIL_1> saying I'll be late to the meeting.", [
        ("antonym", F, "Please send an email to <EMAIL_1> saying I'll be early to the meeting."),
        ("negation", F, "Please send an email to <EMAIL_1> saying I won't be at the meeting."),
        ("politeness", T, "Could you please send an email to <EMAIL_1> saying I'll be late to the meeting? Thanks!"),
    ]),
    ("general", "Which countries in the EU do not use the euro?", [
        ("negation", F, "Which countries in the EU use the euro?"),
        ("qualifier", F, "Which countries in Europe do not use the euro?"),
        ("typo-case", T, "which EU countries dont use the euro"),
        ("rephrase", T, "Which EU member states still use their own currency instead of the euro?"),
    ]),
    ("general", "What fruits can dogs eat?", [
        ("negation", F, "What fruits can't dogs eat?"),
        ("rephrase", T, "Which fruits are safe for dogs to eat?"),
        ("entity", F, "What fruits can cats eat?"),
        ("typo-case", T, "what fruit can dogs eat"),
    ]),
]

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "en-hard.jsonl")


def main():
    rows = []
    for gi, (domain, a, variants) in enumerate(GROUPS, start=1):
        for cls, label, b in variants:
            rows.append({"a": a, "b": b, "label": label, "lang": "en",
                         "class": cls, "domain": domain, "group": "enh-%03d" % gi})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "pairs in", len(GROUPS), "groups to", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
