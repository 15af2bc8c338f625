#!/usr/bin/env python3
"""Literal data for cache-pairs/dev-extra-3.jsonl (groups dz-NNN, split dev).

Each group: (domain, base question a, [(b, label, class), ...]).
label True: a correct, complete answer to a also answers b. False: it does not.
Run this file to (re)write ../dev-extra-3.jsonl.
"""
import json
import os

T, F = True, False

EN_GROUPS = [
    # ------------------------------------------------------------------ shopping
    ("shopping", "Can I return a laptop I bought online to a physical store?", [
        ("Can I return a laptop I bought in a physical store online?", F, "direction"),
        ("Can I exchange a laptop I bought online at a physical store?", F, "action"),
        ("Can I return a laptop I bought online to a physical store after 30 days?", F, "qualifier"),
        ("Is it possible to return a laptop purchased online to a brick-and-mortar store?", T, "synonym"),
        ("can i return a laptop i bought online to a physical stroe", T, "typo-case"),
    ]),
    ("shopping", "Does the price of the blue sneakers include sales tax?", [
        ("Does the price of the blue sneakers exclude sales tax?", F, "antonym"),
        ("Does the price of the blue sneakers include shipping?", F, "object"),
        ("Does the sales tax include the price of the blue sneakers?", F, "shared-vocabulary"),
        ("Is sales tax included in the price of the blue sneakers?", T, "rephrase"),
    ]),
    ("shopping", "Is the 256GB model more expensive than the 128GB model?", [
        ("Is the 128GB model more expensive than the 256GB model?", F, "direction"),
        ("Is the 256GB model less expensive than the 128GB model?", F, "antonym"),
        ("How much more expensive is the 256GB model than the 128GB model?", F, "question-word"),
        ("Is the 256GB model more expensive than the 512GB model?", F, "number"),
        ("Does the 256GB model cost more than the 128GB model?", T, "synonym"),
    ]),
    ("shopping", "My order <ORDER_ID_1> arrived damaged. Should I keep the box until the refund is processed?", [
        ("My order <ORDER_ID_1> arrived damaged. Should I keep the box after the refund is processed?", F, "direction"),
        ("My order <ORDER_ID_1> arrived damaged. Should I keep the item until the refund is processed?", F, "object"),
        ("My order <ORDER_ID_1> arrived damaged. Should I keep the packaging until my refund goes through?", T, "synonym"),
        ("Hi, my order <ORDER_ID_1> arrived damaged. Should I keep the box until the refund is processed? Thanks!", T, "politeness"),
    ]),
    ("shopping", "Which is better for a small kitchen, an air fryer or a toaster oven?", [
        ("Which is better for a large kitchen, an air fryer or a toaster oven?", F, "antonym"),
        ("Which is better for a small kitchen, an air fryer or a microwave?", F, "entity"),
        ("Which is better for a small kitchen, a toaster oven or an air fryer?", T, "reorder"),
        ("For a small kitchen, which is the better choice: an air fryer or a toaster oven?", T, "rephrase"),
    ]),
    ("shopping", "Do you price match Amazon on items sold by third-party sellers?", [
        ("Do you price match Amazon on items not sold by third-party sellers?", F, "negation"),
        ("Do you price match Walmart on items sold by third-party sellers?", F, "entity"),
        ("Does Amazon price match you on items sold by third-party sellers?", F, "direction"),
        ("Do you match Amazon's prices on items from third-party sellers?", T, "rephrase"),
        ("do you price-match amazon on items sold by 3rd party sellers", T, "typo-case"),
    ]),
    ("shopping", "How many loyalty points do I get per dollar spent?", [
        ("How many dollars do I get per loyalty point spent?", F, "direction"),
        ("How many loyalty points do I lose per dollar refunded?", F, "antonym"),
        ("How many loyalty points do I get per dollar spent online?", F, "qualifier"),
        ("For every dollar I spend, how many loyalty points do I receive?", T, "rephrase"),
    ]),
    ("shopping", "Does the coupon apply when the cart total is >= $50?", [
        ("Does the coupon apply when the cart total is > $50?", F, "operator"),
        ("Does the coupon apply when the cart total is <= $50?", F, "operator"),
        ("Does the coupon apply when the cart total is >= $500?", F, "number"),
        ("Does the coupon apply when the cart total is $50 or more?", T, "rephrase"),
    ]),
    ("shopping", "Is shipping free on orders over $35 that don't contain furniture?", [
        ("Is shipping free on orders over $35 that contain furniture?", F, "negation"),
        ("Is shipping free on orders over $35 that don't contain electronics?", F, "object"),
        ("Is shipping free on orders under $35 that don't contain furniture?", F, "antonym"),
        ("For orders above $35 with no furniture in them, is shipping free?", T, "rephrase"),
    ]),
    ("shopping", "Do I have to pay customs duty to import a used car from Germany to Canada?", [
        ("Do I have to pay customs duty to export a used car from Germany to Canada?", F, "antonym"),
        ("Do I have to pay customs duty to import a used car from Canada to Germany?", F, "direction"),
        ("Do I have to pay customs duty to import a new car from Germany to Canada?", F, "antonym"),
        ("If I bring a used car from Germany into Canada, do I owe customs duty?", T, "rephrase"),
    ]),

    # ------------------------------------------------------------------ banking
    ("banking", "Is there a fee for withdrawing cash at an out-of-network ATM?", [
        ("Is there a fee for depositing cash at an out-of-network ATM?", F, "antonym"),
        ("Is there a fee for withdrawing cash at an in-network ATM?", F, "antonym"),
        ("How much is the fee for withdrawing cash at an out-of-network ATM?", F, "question-word"),
        ("Is there a fee for withdrawing cash abroad at an out-of-network ATM?", F, "qualifier"),
        ("Do you charge a fee when I withdraw cash from an ATM outside your network?", T, "rephrase"),
    ]),
    ("banking", "What happens if I pay my credit card bill one day after the due date?", [
        ("What happens if I pay my credit card bill one day before the due date?", F, "direction"),
        ("What happens if I pay my credit card bill one week after the due date?", F, "number"),
        ("What happens if I pay only half my credit card bill one day after the due date?", F, "qualifier"),
        ("What happens if my credit card payment is one day late?", T, "rephrase"),
    ]),
    ("banking", "Can <PERSON_1> be added as a joint owner on my savings account?", [
        ("Can I be added as a joint owner on <PERSON_1>'s savings account?", F, "direction"),
        ("Can <PERSON_1> be removed as a joint owner on my savings account?", F, "antonym"),
        ("Can <PERSON_1> be added as an authorized user on my savings account?", F, "object"),
        ("Is it possible to add <PERSON_1> as a joint owner of my savings account?", T, "rephrase"),
    ]),
    ("banking", "Does the 4.5% APY apply to balances over $10,000?", [
        ("Does the 4.5% APY apply to balances under $10,000?", F, "antonym"),
        ("Does the 4.5% APY apply to balances over $100,000?", F, "number"),
        ("Does the 5.4% APY apply to balances over $10,000?", F, "number"),
        ("Does the 4.5% APY apply only to balances over $10,000?", F, "qualifier"),
        ("Does the 4.5% APY apply to balances over ten thousand dollars?", T, "rephrase"),
        ("Is the 4.5% APY applied to balances above $10,000?", T, "synonym"),
    ]),
    ("banking", "Why was my card declined at the gas station even though I have money in my account?", [
        ("Why was my card declined at the gas station even though I have no money in my account?", F, "negation"),
        ("Why was my card charged twice at the gas station?", F, "action"),
        ("Why was my card declined at the grocery store even though I have money in my account?", F, "object"),
        ("Why did my card get declined at the gas station when there's money in my account?", T, "rephrase"),
        ("why was my card declined at the gas staton even though i have money in my acount", T, "typo-case"),
    ]),
    ("banking", "Is APY calculated as (1 + r/n)^n - 1?", [
        ("Is APY calculated as (1 + r/n)^n + 1?", F, "operator"),
        ("Is APY calculated as (1 + r*n)^n - 1?", F, "operator"),
        ("Is APR calculated as (1 + r/n)^n - 1?", F, "entity"),
        ("Is the formula for APY equal to (1 + r/n)^n - 1?", T, "rephrase"),
        ("is apy calculated as (1+r/n)^n-1", T, "typo-case"),
    ]),
    ("banking", "Do I pay tax on money my parents gift me?", [
        ("Do my parents pay tax on money they gift me?", F, "direction"),
        ("Do I pay tax on money I gift my parents?", F, "direction"),
        ("Do I pay tax on money my parents lend me?", F, "action"),
        ("Is money my parents give me as a gift taxable for me?", T, "rephrase"),
    ]),
    ("banking", "Will my credit score drop if I close a credit card with no balance?", [
        ("Will my credit score drop if I close a credit card with a balance?", F, "negation"),
        ("Will my credit score rise if I close a credit card with no balance?", F, "antonym"),
        ("Will my credit score drop if I open a credit card with no balance?", F, "antonym"),
        ("If I close a credit card that has a zero balance, will my credit score go down?", T, "rephrase"),
    ]),
    ("banking", "If the dollar appreciates against the euro, do my European stocks lose value in dollars?", [
        ("If the dollar depreciates against the euro, do my European stocks lose value in dollars?", F, "antonym"),
        ("If the euro appreciates against the dollar, do my European stocks lose value in dollars?", F, "direction"),
        ("If the dollar appreciates against the yen, do my European stocks lose value in dollars?", F, "entity"),
        ("Do my European stocks lose value in dollar terms when the dollar strengthens against the euro?", T, "synonym"),
    ]),
    ("banking", "What happens if I overpaid my estimated taxes for the third quarter?", [
        ("What happens if I underpaid my estimated taxes for the third quarter?", F, "antonym"),
        ("What happens if I overpaid my estimated taxes for the fourth quarter?", F, "number"),
        ("What happens if I overpaid my property taxes for the third quarter?", F, "object"),
        ("I paid too much estimated tax for Q3. What happens now?", T, "rephrase"),
    ]),

    # ------------------------------------------------------------------ health
    ("health", "Can I take ibuprofen and acetaminophen at the same time?", [
        ("Can I take ibuprofen and aspirin at the same time?", F, "entity"),
        ("Can I take ibuprofen and acetaminophen at the same time while pregnant?", F, "qualifier"),
        ("Can I take ibuprofen and acetaminophen at different times?", F, "antonym"),
        ("Is it safe to take acetaminophen and ibuprofen together?", T, "reorder"),
    ]),
    ("health", "Does the flu vaccine protect against COVID-19?", [
        ("Does the COVID-19 vaccine protect against the flu?", F, "direction"),
        ("Does the flu vaccine protect against the common cold?", F, "entity"),
        ("Does the flu vaccine cause COVID-19?", F, "action"),
        ("Does the flu shot protect you from COVID-19?", T, "synonym"),
    ]),
    ("health", "My child is 4 years old and weighs 16 kg. How much children's paracetamol can I give?", [
        ("My child is 4 years old and weighs 26 kg. How much children's paracetamol can I give?", F, "number"),
        ("My child is 4 months old and weighs 6 kg. How much children's paracetamol can I give?", F, "number"),
        ("My child is 4 years old and weighs 16 kg. How often can I give children's paracetamol?", F, "question-word"),
        ("My child is 4 years old and weighs 16 kg. How much children's ibuprofen can I give?", F, "entity"),
        ("My 4-year-old weighs 16 kg. What dose of children's paracetamol can I give?", T, "rephrase"),
        ("My child is four years old and weighs sixteen kilos. How much children's paracetamol can I give them?", T, "rephrase"),
    ]),
    ("health", "Can high blood pressure cause headaches?", [
        ("Can headaches cause high blood pressure?", F, "direction"),
        ("Can low blood pressure cause headaches?", F, "antonym"),
        ("Can high blood pressure prevent headaches?", F, "action"),
        ("Is it possible for hypertension to cause headaches?", T, "synonym"),
        ("can high blood presure cause headaches", T, "typo-case"),
    ]),
    ("health", "What foods should I avoid while taking warfarin?", [
        ("What foods should I eat while taking warfarin?", F, "antonym"),
        ("What drinks should I avoid while taking warfarin?", F, "object"),
        ("What foods should I avoid after stopping warfarin?", F, "action"),
        ("What foods should I avoid while taking metformin?", F, "entity"),
        ("Which foods should I stay away from while I'm on warfarin?", T, "rephrase"),
    ]),
    ("health", "Is it normal to feel tired after eating a lot of sugar?", [
        ("Is it normal to eat a lot of sugar after feeling tired?", F, "shared-vocabulary"),
        ("Is it normal to feel tired after eating a lot of protein?", F, "object"),
        ("Is it normal to feel energetic after eating a lot of sugar?", F, "antonym"),
        ("Is feeling tired after eating lots of sugar normal?", T, "reorder"),
    ]),
    ("health", "Which vaccines should I not get while pregnant?", [
        ("Which vaccines should I get while pregnant?", F, "negation"),
        ("Which vaccines should I not get while breastfeeding?", F, "object"),
        ("Which vaccines should I not get before getting pregnant?", F, "direction"),
        ("Which vaccines are unsafe to receive during pregnancy?", T, "rephrase"),
    ]),
    ("health", "Can I be added to my wife's health insurance as a dependent?", [
        ("Can my wife be added to my health insurance as a dependent?", F, "direction"),
        ("Can I be removed from my wife's health insurance as a dependent?", F, "antonym"),
        ("Can I be added to my wife's dental insurance as a dependent?", F, "object"),
        ("Is it possible for me to join my wife's health insurance plan as a dependent?", T, "rephrase"),
    ]),
    ("health", "Does caffeine accelerate the absorption of ibuprofen?", [
        ("Does caffeine decelerate the absorption of ibuprofen?", F, "antonym"),
        ("Does ibuprofen accelerate the absorption of caffeine?", F, "direction"),
        ("Does caffeine accelerate the excretion of ibuprofen?", F, "object"),
        ("Does caffeine make ibuprofen get absorbed faster?", T, "rephrase"),
    ]),
    ("health", "Should I apply moisturizer first and then sunscreen?", [
        ("Should I apply sunscreen first and then moisturizer?", F, "direction"),
        ("Should I apply moisturizer first and then foundation?", F, "object"),
        ("Should I apply moisturizer first and then sunscreen at night?", F, "qualifier"),
        ("Is it right to put on moisturizer before sunscreen?", T, "rephrase"),
    ]),

    # ------------------------------------------------------------------ school
    ("school", "Can I drop a class after the add/drop deadline without getting a W on my transcript?", [
        ("Can I add a class after the add/drop deadline without getting a W on my transcript?", F, "action"),
        ("Can I drop a class before the add/drop deadline without getting a W on my transcript?", F, "direction"),
        ("Can I drop a class after the add/drop deadline and get a W on my transcript?", F, "negation"),
        ("Is it possible to drop a course past the add/drop deadline without a W showing on my transcript?", T, "synonym"),
    ]),
    ("school", "Does a B+ in an honors class count more than an A in a regular class for GPA?", [
        ("Does an A in a regular class count more than a B+ in an honors class for GPA?", F, "direction"),
        ("Does a B+ in an AP class count more than an A in a regular class for GPA?", F, "entity"),
        ("Does a B+ in an honors class count less than an A in a regular class for GPA?", F, "antonym"),
        ("For GPA purposes, is a B+ in an honors class worth more than an A in a regular class?", T, "rephrase"),
    ]),
    ("school", "What is the word limit for the Common App personal essay?", [
        ("What is the word limit for the Common App supplemental essays?", F, "object"),
        ("What is the minimum word count for the Common App personal essay?", F, "antonym"),
        ("How strict is the word limit for the Common App personal essay?", F, "question-word"),
        ("How many words can the Common App personal essay be?", T, "rephrase"),
        ("what is the word limit for the common app personal essay", T, "typo-case"),
    ]),
    ("school", "My teacher <PERSON_1> gave me a zero for late homework. Can she do that if the syllabus says late work loses 10% per day?", [
        ("My teacher <PERSON_1> gave me a zero for late homework. Can she do that if the syllabus says late work loses 10% per week?", F, "number"),
        ("My teacher <PERSON_1> gave me a zero for missing homework. Can she do that if the syllabus says late work loses 10% per day?", F, "object"),
        ("My teacher <PERSON_1> gave me a zero for late homework. Can she do that if the syllabus says late work is not accepted?", F, "negation"),
        ("<PERSON_1>, my teacher, gave me a zero for turning in homework late. Is that allowed when the syllabus says late work loses 10% per day?", T, "rephrase"),
    ]),
    ("school", "Is it better to take the SAT or the ACT if I'm stronger in science than in reading?", [
        ("Is it better to take the SAT or the ACT if I'm stronger in reading than in science?", F, "direction"),
        ("Is it better to take the SAT or the ACT if I'm weaker in science than in reading?", F, "antonym"),
        ("Is it better to take the SAT or the ACT if I'm stronger in math than in reading?", F, "object"),
        ("Is it better to take the ACT or the SAT if I'm stronger in science than in reading?", T, "reorder"),
    ]),
    ("school", "When is the deadline to apply for financial aid for the fall semester?", [
        ("When is the deadline to apply for financial aid for the spring semester?", F, "entity"),
        ("When is the deadline to accept financial aid for the fall semester?", F, "action"),
        ("When is the earliest date to apply for financial aid for the fall semester?", F, "antonym"),
        ("What's the deadline for fall semester financial aid applications?", T, "rephrase"),
        ("Hello! Could you please tell me when the deadline to apply for financial aid for the fall semester is?", T, "politeness"),
    ]),
    ("school", "How many credits do I need for a major in economics and a minor in math?", [
        ("How many credits do I need for a major in math and a minor in economics?", F, "direction"),
        ("How many credits do I need for a double major in economics and math?", F, "qualifier"),
        ("How many credits do I need for a major in economics and a minor in statistics?", F, "entity"),
        ("How many credits do I need for a minor in math and a major in economics?", T, "reorder"),
    ]),
    ("school", "Write a SQL query that counts the students who failed more than one exam in the grades table.", [
        ("Write a SQL query that counts the exams that more than one student failed in the grades table.", F, "shared-vocabulary"),
        ("Write a SQL query that counts the students who failed more than two exams in the grades table.", F, "number"),
        ("Write a SQL query that counts the students who passed more than one exam in the grades table.", F, "antonym"),
        ("Write a SQL query that lists the students who failed more than one exam in the grades table.", F, "action"),
        ("Using the grades table, write a SQL query to count students who failed more than one exam.", T, "reorder"),
    ]),
    ("school", "Can I graduate if I fail one required course but pass all the others?", [
        ("Can I graduate if I pass one required course but fail all the others?", F, "shared-vocabulary"),
        ("Can I graduate if I fail two required courses but pass all the others?", F, "number"),
        ("Can I graduate if I fail one elective course but pass all the others?", F, "object"),
        ("If I pass every course except one required course, can I still graduate?", T, "rephrase"),
    ]),
    ("school", "Why does the trapezoidal rule overestimate the integral of a concave up function?", [
        ("Why does the trapezoidal rule underestimate the integral of a concave up function?", F, "antonym"),
        ("Why does the trapezoidal rule overestimate the integral of a concave down function?", F, "antonym"),
        ("Why does the midpoint rule overestimate the integral of a concave up function?", F, "entity"),
        ("For a concave up function, why does the trapezoidal rule give an estimate of the integral that is too high?", T, "rephrase"),
    ]),

    # ------------------------------------------------------------------ travel
    ("travel", "Do I need a visa to transit through Frankfurt on my way from <CITY_1> to Toronto?", [
        ("Do I need a visa to enter Frankfurt on my way from <CITY_1> to Toronto?", F, "action"),
        ("Do I need a visa to transit through Toronto on my way from <CITY_1> to Frankfurt?", F, "direction"),
        ("Do I need a visa to transit through Amsterdam on my way from <CITY_1> to Toronto?", F, "entity"),
        ("Flying from <CITY_1> to Toronto with a connection in Frankfurt, do I need a transit visa?", T, "rephrase"),
    ]),
    ("travel", "Can I bring a 20,000 mAh power bank in my carry-on bag?", [
        ("Can I bring a 40,000 mAh power bank in my carry-on bag?", F, "number"),
        ("Can I bring a 20,000 mAh power bank in my checked bag?", F, "object"),
        ("Am I allowed to pack a 20,000 mAh power bank in my hand luggage?", T, "synonym"),
        ("can i bring a 20,000mah power bank in my carry on bag", T, "typo-case"),
    ]),
    ("travel", "Is the train from Milan to Florence faster than flying?", [
        ("Is flying from Milan to Florence faster than the train?", F, "direction"),
        ("Is the train from Milan to Florence cheaper than flying?", F, "object"),
        ("Is the train from Milan to Venice faster than flying?", F, "entity"),
        ("Going from Milan to Florence, is the train quicker than flying?", T, "synonym"),
    ]),
    ("travel", "Can I cancel my hotel booking at <HOTEL_1> 24 hours before check-in without a fee?", [
        ("Can I cancel my hotel booking at <HOTEL_1> 24 hours after check-in without a fee?", F, "direction"),
        ("Can I cancel my hotel booking at <HOTEL_1> 12 hours before check-in without a fee?", F, "number"),
        ("Can I modify my hotel booking at <HOTEL_1> 24 hours before check-in without a fee?", F, "action"),
        ("Can I cancel my hotel booking at <HOTEL_1> 24 hours before check-out without a fee?", F, "antonym"),
        ("Is it free to cancel my <HOTEL_1> reservation 24 hours before check-in?", T, "rephrase"),
    ]),
    ("travel", "Does my rail pass cover the ferry from Stockholm to Helsinki?", [
        ("Does my rail pass cover the ferry from Stockholm to Tallinn?", F, "entity"),
        ("Does my rail pass discount the ferry from Stockholm to Helsinki?", F, "action"),
        ("Does my rail pass cover the ferry from Stockholm to Helsinki in a private cabin?", F, "qualifier"),
        ("Is the Stockholm to Helsinki ferry covered by my rail pass?", T, "reorder"),
    ]),
    ("travel", "I'm flying from London to New York with a 2-hour layover in Dublin. Do I clear US customs in Dublin or in New York?", [
        ("I'm flying from London to New York with a 2-hour layover in Dublin. Do I clear US customs in New York or in Dublin?", T, "reorder"),
        ("I'm flying from London to New York with a 2-hour layover in Reykjavik. Do I clear US customs in Reykjavik or in New York?", F, "entity"),
        ("I'm flying from London to New York with a 2-hour layover in Dublin. Do I collect my checked bags in Dublin or in New York?", F, "object"),
        ("I'm flying from London to New York with a 2-hour layover in Dublin. How long does US customs take in Dublin?", F, "question-word"),
        ("I'm flying from London to New York with a 20-minute layover in Dublin. Do I clear US customs in Dublin or in New York?", F, "number"),
    ]),
    ("travel", "What is the best month to see the northern lights in Iceland?", [
        ("What is the worst month to see the northern lights in Iceland?", F, "antonym"),
        ("What is the best month to see the northern lights in Norway?", F, "entity"),
        ("What is the best month to see the midnight sun in Iceland?", F, "object"),
        ("Which month is best for seeing the aurora borealis in Iceland?", T, "synonym"),
    ]),
    ("travel", "If my flight is cancelled but my hotel is non-refundable, what are my options?", [
        ("If my hotel is cancelled but my flight is non-refundable, what are my options?", F, "shared-vocabulary"),
        ("If my flight is delayed but my hotel is non-refundable, what are my options?", F, "object"),
        ("If my flight is cancelled but my hotel is refundable, what are my options?", F, "negation"),
        ("My flight got cancelled and my hotel booking can't be refunded. What can I do?", T, "rephrase"),
    ]),
    ("travel", "How do I stop my ears from hurting when the plane descends?", [
        ("How do I stop my ears from hurting when the plane ascends?", F, "antonym"),
        ("How do I stop my baby's ears from hurting when the plane descends?", F, "qualifier"),
        ("Why do my ears hurt when the plane descends?", F, "question-word"),
        ("How can I prevent ear pain during the plane's descent?", T, "rephrase"),
    ]),
    ("travel", "Should I deflate my tires a little before driving on sand?", [
        ("Should I inflate my tires a little before driving on sand?", F, "antonym"),
        ("Should I deflate my tires a little after driving on sand?", F, "direction"),
        ("Should I deflate my tires a little before driving on snow?", F, "object"),
        ("Is it a good idea to let some air out of my tires before I drive on sand?", T, "synonym"),
    ]),

    # ------------------------------------------------------------------ customer-service
    ("customer-service", "How do I change the email address on my account from <EMAIL_1> to <EMAIL_2>?", [
        ("How do I change the email address on my account from <EMAIL_2> to <EMAIL_1>?", F, "direction"),
        ("How do I change the email address on my account from <EMAIL_1> to <EMAIL_2> without logging in?", F, "qualifier"),
        ("Why can't I change the email address on my account from <EMAIL_1> to <EMAIL_2>?", F, "question-word"),
        ("I want to update my account email from <EMAIL_1> to <EMAIL_2>. How do I do that?", T, "rephrase"),
    ]),
    ("customer-service", "I was charged twice for my subscription this month. Can I get a refund for the duplicate charge?", [
        ("I was charged twice for my subscription this month. Can I get a credit for the duplicate charge?", F, "object"),
        ("I was charged twice for my subscription this month. Can I get a refund for both charges?", F, "qualifier"),
        ("I was charged three times for my subscription this month. Can I get a refund for the duplicate charges?", F, "number"),
        ("My subscription was billed two times this month. Can the duplicate charge be refunded?", T, "rephrase"),
        ("Hi there, I was charged twice for my subscription this month. Could I please get a refund for the duplicate charge?", T, "politeness"),
    ]),
    ("customer-service", "How do I upgrade my plan from Basic to Premium in the middle of a billing cycle?", [
        ("How do I downgrade my plan from Premium to Basic in the middle of a billing cycle?", F, "antonym"),
        ("How do I upgrade my plan from Basic to Premium at the end of a billing cycle?", F, "qualifier"),
        ("How do I upgrade my plan from Basic to Standard in the middle of a billing cycle?", F, "entity"),
        ("Mid billing cycle, how can I upgrade from the Basic plan to Premium?", T, "reorder"),
    ]),
    ("customer-service", "My package says delivered but it's not at my door. What should I do?", [
        ("My package says not delivered but it's at my door. What should I do?", F, "negation"),
        ("My package says delivered but it's not at my door. Who should I contact?", F, "question-word"),
        ("The tracking shows my package as delivered, but it isn't at my door. What do I do?", T, "rephrase"),
        ("my package says deliverd but its not at my door what should i do", T, "typo-case"),
    ]),
    ("customer-service", "Why does the app log me out every time I close it?", [
        ("Why doesn't the app log me out every time I close it?", F, "negation"),
        ("Why does the app log me out every time I open it?", F, "antonym"),
        ("Why does the website log me out every time I close it?", F, "entity"),
        ("Why does the app close every time it logs me out?", F, "shared-vocabulary"),
        ("Why am I signed out of the app each time I close it?", T, "synonym"),
    ]),
    ("customer-service", "Is the warranty still valid if I open the device myself to replace the battery?", [
        ("Is the warranty still valid if a technician opens the device to replace the battery?", F, "direction"),
        ("Is the warranty still valid if I open the device myself to replace the screen?", F, "object"),
        ("Does opening the device myself to replace the battery void the warranty?", F, "antonym"),
        ("If I open the device myself to replace the battery, is the warranty still valid?", T, "reorder"),
    ]),
    ("customer-service", "How do I unsubscribe from marketing emails but keep order confirmations?", [
        ("How do I unsubscribe from order confirmations but keep marketing emails?", F, "shared-vocabulary"),
        ("How do I subscribe to marketing emails but keep order confirmations?", F, "antonym"),
        ("How do I unsubscribe from marketing texts but keep order confirmations?", F, "object"),
        ("How can I stop getting promotional emails while still receiving order confirmations?", T, "synonym"),
    ]),
    ("customer-service", "Can I return an item without the original receipt?", [
        ("Can I return an item with the original receipt?", F, "negation"),
        ("Can I return an item without the original packaging?", F, "object"),
        ("Can I exchange an item without the original receipt?", F, "action"),
        ("Is it possible to return something if I don't have the original receipt?", T, "rephrase"),
    ]),
    ("customer-service", "How do I attach a photo to my support ticket?", [
        ("How do I detach a photo from my support ticket?", F, "antonym"),
        ("How do I attach a video to my support ticket?", F, "object"),
        ("How do I attach a photo to my support ticket from my phone?", F, "qualifier"),
        ("How can I add a picture to my support ticket?", T, "synonym"),
    ]),
    ("customer-service", "Cancel my subscription.", [
        ("Pause my subscription.", F, "action"),
        ("Renew my subscription.", F, "antonym"),
        ("Cancel my subscription renewal.", F, "qualifier"),
        ("Please cancel my subscription.", T, "politeness"),
        ("cancel my subscripton", T, "typo-case"),
    ]),

    # ------------------------------------------------------------------ cooking
    ("cooking", "Can I substitute baking soda for baking powder in pancakes?", [
        ("Can I substitute baking powder for baking soda in pancakes?", F, "direction"),
        ("Can I substitute baking soda for baking powder in cookies?", F, "object"),
        ("How much baking soda should I use instead of baking powder in pancakes?", F, "question-word"),
        ("Can I use baking soda instead of baking powder in pancakes?", T, "synonym"),
    ]),
    ("cooking", "How long should I rest a steak after grilling it?", [
        ("How long should I rest a steak before grilling it?", F, "direction"),
        ("How long should I grill a steak after resting it?", F, "shared-vocabulary"),
        ("How long should I rest a turkey after roasting it?", F, "object"),
        ("After grilling a steak, how long should it rest?", T, "reorder"),
        ("how long should i rest a steak after griling it", T, "typo-case"),
    ]),
    ("cooking", "Can I freeze cooked rice and reheat it later?", [
        ("Can I freeze uncooked rice and cook it later?", F, "antonym"),
        ("Can I freeze cooked pasta and reheat it later?", F, "object"),
        ("Can I refrigerate cooked rice and reheat it later?", F, "action"),
        ("Is it okay to freeze cooked rice and heat it up again later?", T, "synonym"),
        ("Can I freeze cooked rice and reheat it later? Asking for meal prep, thanks in advance!", T, "politeness"),
    ]),
    ("cooking", "Convert 250 grams of flour into cups.", [
        ("Convert 250 grams of sugar into cups.", F, "object"),
        ("Convert 2 cups of flour into grams.", F, "direction"),
        ("Convert 350 grams of flour into cups.", F, "number"),
        ("How many cups is 250 grams of flour?", T, "rephrase"),
        ("Convert 250 grams of flour into cups, please.", T, "politeness"),
    ]),
    ("cooking", "Why did my bread come out dense and not rise?", [
        ("Why did my bread come out dense even though it rose?", F, "negation"),
        ("Why did my cake come out dense and not rise?", F, "object"),
        ("How do I keep my bread from coming out dense and not rising?", F, "question-word"),
        ("What made my bread turn out heavy and fail to rise?", T, "synonym"),
    ]),
    ("cooking", "How do I thicken a soup without using flour?", [
        ("How do I thicken a soup using flour?", F, "negation"),
        ("How do I thin a soup without using flour?", F, "antonym"),
        ("How do I thicken a sauce without using flour?", F, "object"),
        ("How do I thicken a soup without using flour or cornstarch?", F, "qualifier"),
        ("What can I thicken soup with besides flour?", T, "rephrase"),
    ]),
    ("cooking", "Is it safe to leave cooked chili out overnight to cool before refrigerating it?", [
        ("Is it safe to leave cooked chili out for an hour to cool before refrigerating it?", F, "number"),
        ("Is it safe to leave cooked chili out overnight to cool after refrigerating it?", F, "direction"),
        ("Why is it unsafe to leave cooked chili out overnight to cool before refrigerating it?", F, "question-word"),
        ("Can I let cooked chili sit out overnight to cool before I put it in the fridge?", T, "rephrase"),
    ]),
    ("cooking", "What is the ratio of water to rice for jasmine rice in a rice cooker?", [
        ("What is the ratio of rice to water for jasmine rice in a rice cooker?", F, "direction"),
        ("What is the ratio of water to rice for brown rice in a rice cooker?", F, "entity"),
        ("What is the ratio of water to rice for jasmine rice on the stovetop?", F, "object"),
        ("How much water per cup of jasmine rice should I use in a rice cooker?", T, "rephrase"),
    ]),
    ("cooking", "How long should I boil eggs for a runny yolk and firm whites?", [
        ("How long should I boil eggs for a firm yolk and runny whites?", F, "shared-vocabulary"),
        ("How long should I boil eggs for a firm yolk and firm whites?", F, "antonym"),
        ("How long should I boil duck eggs for a runny yolk and firm whites?", F, "entity"),
        ("How many minutes do I boil eggs to get set whites but a runny yolk?", T, "rephrase"),
    ]),
    ("cooking", "How many calories are in a cup of chocolate milk?", [
        ("How many calories are in a cup of milk chocolate?", F, "direction"),
        ("How many calories are in a cup of chocolate milk made with skim milk?", F, "qualifier"),
        ("How much sugar is in a cup of chocolate milk?", F, "object"),
        ("How many calories are in a pint of chocolate milk?", F, "number"),
        ("What's the calorie count for one cup of chocolate milk?", T, "rephrase"),
    ]),

    # ------------------------------------------------------------------ legal-hr
    ("legal-hr", "Can my employer require me to work overtime without extra pay if I'm salaried?", [
        ("Can my employer require me to work overtime without extra pay if I'm hourly?", F, "antonym"),
        ("Can my employer require me to work overtime with extra pay if I'm salaried?", F, "negation"),
        ("Can my employer require me to work weekends without extra pay if I'm salaried?", F, "object"),
        ("If I'm on a salary, can my employer make me work overtime without paying me more?", T, "rephrase"),
    ]),
    ("legal-hr", "How much notice do I have to give my landlord before moving out in <STATE_1>?", [
        ("How much notice does my landlord have to give me to move out in <STATE_1>?", F, "direction"),
        ("How much notice do I have to give my roommate before moving out in <STATE_1>?", F, "object"),
        ("How much notice do I have to give my landlord before moving out in <STATE_2>?", F, "entity"),
        ("In <STATE_1>, how much notice must I give my landlord before I move out?", T, "reorder"),
    ]),
    ("legal-hr", "Is a verbal agreement legally binding for the sale of a car?", [
        ("Is a verbal agreement legally binding for the sale of a house?", F, "object"),
        ("Is a written agreement legally binding for the sale of a car?", F, "antonym"),
        ("Is a verbal agreement legally binding for the sale of a car worth over $500?", F, "qualifier"),
        ("Can a verbal agreement to sell a car be legally enforced?", T, "rephrase"),
    ]),
    ("legal-hr", "Can I be fired for discussing my salary with coworkers?", [
        ("Can I fire someone for discussing their salary with coworkers?", F, "direction"),
        ("Can I be fired for discussing my salary on social media?", F, "object"),
        ("Is it legal for my employer to fire me for talking about my pay with coworkers?", T, "rephrase"),
        ("can i be fired for discussing my salary with co-workers", T, "typo-case"),
    ]),
    ("legal-hr", "Does a non-compete agreement signed in California apply if I move to Texas?", [
        ("Does a non-compete agreement signed in Texas apply if I move to California?", F, "direction"),
        ("Does a non-disclosure agreement signed in California apply if I move to Texas?", F, "object"),
        ("Does a non-compete agreement signed in California apply if I move to Texas for the same employer?", F, "qualifier"),
        ("If I move to Texas, does a non-compete I signed in California still apply?", T, "reorder"),
    ]),
    ("legal-hr", "If my employer pays me late, can I charge them interest?", [
        ("If I pay my employer late, can they charge me interest?", F, "direction"),
        ("If my employer pays me late, can I quit without notice?", F, "action"),
        ("If my employer pays me late, can I charge them a penalty?", F, "object"),
        ("If I charge my employer interest, can they pay me late?", F, "shared-vocabulary"),
        ("Can I charge my employer interest if they pay me late?", T, "reorder"),
    ]),
    ("legal-hr", "Is my employer allowed to read my personal emails on a company laptop?", [
        ("Is my employer forbidden to read my personal emails on a company laptop?", F, "antonym"),
        ("Is my employer allowed to read my personal emails on my personal laptop?", F, "object"),
        ("Is my employer allowed to read my work emails on a company laptop?", F, "qualifier"),
        ("Can my company legally look at my personal email on a work-issued laptop?", T, "synonym"),
    ]),
    ("legal-hr", "Does my employer have to pay me for time spent commuting to a client site?", [
        ("Does a client have to pay my employer for time I spend commuting to their site?", F, "direction"),
        ("Does my employer have to pay me for time spent commuting to the office?", F, "object"),
        ("Does my employer have to reimburse me for mileage commuting to a client site?", F, "object"),
        ("Is my employer required to pay me for travel time to a client site?", T, "synonym"),
    ]),
    ("legal-hr", "Am I eligible for unemployment if I quit without a job lined up?", [
        ("Am I eligible for unemployment if I'm fired without a job lined up?", F, "action"),
        ("Am I ineligible for unemployment if I quit without a job lined up?", F, "negation"),
        ("Am I eligible for severance if I quit without a job lined up?", F, "object"),
        ("If I quit without having another job lined up, can I still get unemployment benefits?", T, "rephrase"),
    ]),
    ("legal-hr", "<PERSON_1> lent <PERSON_2> $500 and never got it back. Can <PERSON_1> take <PERSON_2> to small claims court?", [
        ("<PERSON_2> lent <PERSON_1> $500 and never got it back. Can <PERSON_1> take <PERSON_2> to small claims court?", F, "direction"),
        ("<PERSON_1> lent <PERSON_2> $50,000 and never got it back. Can <PERSON_1> take <PERSON_2> to small claims court?", F, "number"),
        ("<PERSON_1> gave <PERSON_2> $500 and never got it back. Can <PERSON_1> take <PERSON_2> to small claims court?", F, "action"),
        ("<PERSON_1> lent $500 to <PERSON_2>, who never repaid it. Can <PERSON_1> sue <PERSON_2> in small claims court?", T, "rephrase"),
    ]),

    # ------------------------------------------------------------------ telecom
    ("telecom", "How do I port my number from Verizon to T-Mobile?", [
        ("How do I port my number from T-Mobile to Verizon?", F, "direction"),
        ("How do I port my number from Verizon to Google Fi?", F, "entity"),
        ("How long does it take to port my number from Verizon to T-Mobile?", F, "question-word"),
        ("What are the steps to transfer my phone number from Verizon over to T-Mobile?", T, "synonym"),
    ]),
    ("telecom", "Does my plan include free roaming in Canada and Mexico?", [
        ("Does my plan include free roaming in Canada but not Mexico?", F, "negation"),
        ("Does my plan include free texting in Canada and Mexico?", F, "object"),
        ("Does my plan exclude free roaming in Canada and Mexico?", F, "antonym"),
        ("Does my plan include free roaming in Mexico and Canada?", T, "reorder"),
    ]),
    ("telecom", "Why is my upload speed much slower than my download speed?", [
        ("Why is my download speed much slower than my upload speed?", F, "direction"),
        ("Why is my upload speed much faster than my download speed?", F, "antonym"),
        ("Why is my upload speed much slower than my download speed on Wi-Fi only?", F, "qualifier"),
        ("How come my upload is so much slower than my download?", T, "rephrase"),
        ("why is my upload speed much slower then my download speed", T, "typo-case"),
    ]),
    ("telecom", "What happens if I go over my 10 GB data limit?", [
        ("What happens if I go over my 10 GB hotspot limit?", F, "object"),
        ("What happens if I go over my 10 GB data limit while roaming?", F, "qualifier"),
        ("What happens if I don't use my full 10 GB data limit?", F, "negation"),
        ("What happens when I exceed my 10 GB data cap?", T, "synonym"),
    ]),
    ("telecom", "Can I use an eSIM and a physical SIM at the same time on the iPhone 13?", [
        ("Can I use an eSIM and a physical SIM at the same time on the iPhone XR?", F, "entity"),
        ("Can I use two eSIMs at the same time on the iPhone 13?", F, "object"),
        ("Can I use an eSIM and a physical SIM at the same time on the iPhone 13 with different carriers?", F, "qualifier"),
        ("Does the iPhone 13 support using a physical SIM and an eSIM simultaneously?", T, "rephrase"),
    ]),
    ("telecom", "Is the early termination fee charged if I cancel within the first 14 days?", [
        ("Is the early termination fee charged if I cancel after the first 14 days?", F, "direction"),
        ("Is the early termination fee charged if I cancel within the first forty days?", F, "number"),
        ("Is the early termination fee waived if I cancel within the first 14 days?", F, "antonym"),
        ("If I cancel in the first 14 days, do I have to pay the early termination fee?", T, "rephrase"),
        ("Is the early termination fee charged if I cancel within the first fourteen days?", T, "rephrase"),
    ]),
    ("telecom", "How do I block calls from <PHONE_1> on my Android phone?", [
        ("How do I unblock calls from <PHONE_1> on my Android phone?", F, "antonym"),
        ("How do I block texts from <PHONE_1> on my Android phone?", F, "object"),
        ("How do I block calls from <PHONE_1> on my iPhone?", F, "entity"),
        ("How do I block calls to <PHONE_1> on my Android phone?", F, "direction"),
        ("On my Android phone, how can I block calls from <PHONE_1>?", T, "reorder"),
    ]),
    ("telecom", "Should I put my router in bridge mode if I use my own mesh system?", [
        ("Should I put my router in bridge mode if I don't use my own mesh system?", F, "negation"),
        ("Should I put my mesh system in bridge mode if I use my own router?", F, "direction"),
        ("Should I put my router in bridge mode if I use the ISP's mesh system?", F, "qualifier"),
        ("If I have my own mesh system, should my router be set to bridge mode?", T, "rephrase"),
    ]),
    ("telecom", "Why can I make calls but not send texts?", [
        ("Why can I send texts but not make calls?", F, "shared-vocabulary"),
        ("Why can't I make calls or send texts?", F, "negation"),
        ("Why can I make calls but not receive texts?", F, "antonym"),
        ("I'm able to make calls, but my texts won't send. Why?", T, "rephrase"),
        ("why can i make calls but not send texts", T, "typo-case"),
    ]),
    ("telecom", "Are inbound international calls free on my plan?", [
        ("Are outbound international calls free on my plan?", F, "antonym"),
        ("Are inbound international texts free on my plan?", F, "object"),
        ("Are inbound domestic calls free on my plan?", F, "antonym"),
        ("Do I pay for inbound international calls on my plan?", F, "antonym"),
        ("On my plan, is it free to receive international calls?", T, "synonym"),
    ]),

    # ------------------------------------------------------------------ general
    ("general", "What time does the sun set in <CITY_1> on June 21?", [
        ("What time does the sun rise in <CITY_1> on June 21?", F, "antonym"),
        ("What time does the sun set in <CITY_1> on December 21?", F, "number"),
        ("What time does the sun set in <CITY_2> on June 21?", F, "entity"),
        ("On June 21, when is sunset in <CITY_1>?", T, "reorder"),
        ("What time does the sun set in <CITY_1> on the twenty-first of June?", T, "rephrase"),
    ]),
    ("general", "Is a tomato a fruit or a vegetable?", [
        ("Is a cucumber a fruit or a vegetable?", F, "entity"),
        ("Is a tomato a fruit or a berry?", F, "object"),
        ("Is a tomato a vegetable or a fruit?", T, "reorder"),
        ("Is a tomato a fruit or a veggie?", T, "synonym"),
    ]),
    ("general", "How many hours ahead of New York is London?", [
        ("How many hours behind New York is London?", F, "antonym"),
        ("How many hours ahead of London is New York?", F, "direction"),
        ("How many hours ahead of New York is Tokyo?", F, "entity"),
        ("By how many hours is London ahead of New York?", T, "rephrase"),
    ]),
    ("general", "Who wrote the novel that the movie Blade Runner is based on?", [
        ("When was the novel that the movie Blade Runner is based on written?", F, "question-word"),
        ("Who wrote the novel that the movie Jurassic Park is based on?", F, "entity"),
        ("Who wrote the screenplay for the movie Blade Runner?", F, "object"),
        ("Blade Runner is based on a novel. Who was its author?", T, "rephrase"),
    ]),
    ("general", "How do I get red wine out of a white carpet?", [
        ("How do I get white wine out of a red carpet?", F, "shared-vocabulary"),
        ("How do I get red wine out of a white shirt?", F, "object"),
        ("How do I get red wine out of a white wool carpet?", F, "qualifier"),
        ("What's the best way to remove a red wine stain from a white carpet?", T, "rephrase"),
        ("how do i get red wine out of a white carpet??", T, "typo-case"),
    ]),
    ("general", "Can dogs eat grapes?", [
        ("Can cats eat grapes?", F, "entity"),
        ("Can dogs eat blueberries?", F, "object"),
        ("Why can't dogs eat grapes?", F, "question-word"),
        ("Are grapes safe for dogs to eat?", T, "rephrase"),
        ("can dogs eat grapes", T, "typo-case"),
    ]),
    ("general", "What is the difference between a hurricane and a typhoon?", [
        ("What is the difference between a hurricane and a tornado?", F, "entity"),
        ("What is the difference between a hurricane watch and a hurricane warning?", F, "object"),
        ("What is the difference between a typhoon and a hurricane?", T, "reorder"),
    ]),
    ("general", "What should I do if my neighbor's tree falls on my fence?", [
        ("What should I do if my tree falls on my neighbor's fence?", F, "direction"),
        ("Who pays if my neighbor's tree falls on my fence?", F, "question-word"),
        ("What should I do if my neighbor's tree falls on my car?", F, "object"),
        ("My neighbor's tree fell onto my fence. What should I do?", T, "rephrase"),
    ]),
    ("general", "Which way do I turn the left pedal on a bike to tighten it?", [
        ("Which way do I turn the left pedal on a bike to loosen it?", F, "antonym"),
        ("Which way do I turn the right pedal on a bike to tighten it?", F, "antonym"),
        ("Which way do I turn the left crank bolt on a bike to tighten it?", F, "object"),
        ("To tighten the left pedal on a bike, which direction do I turn it?", T, "reorder"),
    ]),
    ("general", "What is the maximum file size I can attach to a Gmail message?", [
        ("What is the minimum file size I can attach to a Gmail message?", F, "antonym"),
        ("What is the maximum file size I can attach to an Outlook message?", F, "entity"),
        ("What is the maximum file size I can receive in a Gmail message?", F, "action"),
        ("How big can an attachment be in Gmail?", T, "rephrase"),
    ]),

    # ------------------------------------------------------------------ programming
    ("programming", "What does `x >> 2` do in Java when x is negative?", [
        ("What does `x >>> 2` do in Java when x is negative?", F, "operator"),
        ("What does `x << 2` do in Java when x is negative?", F, "operator"),
        ("What does `x >> 2` do in Java when x is positive?", F, "antonym"),
        ("When x is negative, what does `x >> 2` do in Java?", T, "reorder"),
    ]),
    ("programming", "Why does `if (a = b)` compile in C but not in Java?", [
        ("Why does `if (a == b)` compile in C but not in Java?", F, "operator"),
        ("Why does `if (a = b)` compile in Java but not in C?", F, "direction"),
        ("Why does `if (a = b)` compile in C but not in Rust?", F, "entity"),
        ("How come `if (a = b)` compiles in C but not in Java?", T, "synonym"),
    ]),
    ("programming", "I committed to main by mistake and haven't pushed yet. How do I undo the last commit in git but keep my changes?", [
        ("I committed to main by mistake and haven't pushed yet. How do I undo the last commit in git and discard my changes?", F, "antonym"),
        ("I committed to main by mistake and haven't pushed yet. How do I undo the last three commits in git but keep my changes?", F, "number"),
        ("I committed to main by mistake and already pushed. How do I undo the last commit in git but keep my changes?", F, "negation"),
        ("I committed to main by mistake and haven't pushed yet. How do I undo the last commit in git but not keep my changes?", F, "negation"),
        ("I accidentally committed to main and haven't pushed yet. How can I undo my most recent git commit without losing my changes?", T, "rephrase"),
    ]),
    ("programming", "Does the regex `^[a-z]+$` match an empty string?", [
        ("Does the regex `^[a-z]*$` match an empty string?", F, "operator"),
        ("Does the regex `^[a-z]?$` match an empty string?", F, "operator"),
        ("Does the regex `^[a-z]+$` match a lowercase string?", F, "object"),
        ("Will `^[a-z]+$` match an empty string?", T, "rephrase"),
        ("does the regex `^[a-z]+$` match an empty string", T, "typo-case"),
    ]),
    ("programming", "Why does `print(7 // 2)` output 3 in Python?", [
        ("Why does `print(7 / 2)` output 3.5 in Python?", F, "operator"),
        ("Why does `print(-7 // 2)` output -4 in Python?", F, "operator"),
        ("Why does `print(7 % 2)` output 1 in Python?", F, "operator"),
        ("In Python, why does `print(7 // 2)` output 3?", T, "reorder"),
    ]),
    ("programming", "What does `git diff main..feature` show?", [
        ("What does `git diff main...feature` show?", F, "operator"),
        ("What does `git diff feature..main` show?", F, "direction"),
        ("What does `git log main..feature` show?", F, "action"),
        ("What is shown by running `git diff main..feature`?", T, "rephrase"),
    ]),
    ("programming", "How do I sort a list of users by age and then by name in Python?", [
        ("How do I sort a list of users by name and then by age in Python?", F, "shared-vocabulary"),
        ("How do I sort a list of users by age in descending order and then by name in Python?", F, "qualifier"),
        ("How do I sort a list of users by age and then by name in Java?", F, "entity"),
        ("How do I group a list of users by age and then by name in Python?", F, "action"),
        ("In Python, how can I sort users by age, breaking ties by name?", T, "rephrase"),
    ]),
    ("programming", "How do I list all files except hidden ones in a directory with ls?", [
        ("How do I list only hidden files in a directory with ls?", F, "negation"),
        ("How do I list all files including hidden ones in a directory with ls?", F, "antonym"),
        ("How do I list all files except hidden ones in a directory with find?", F, "entity"),
        ("How do I count all files except hidden ones in a directory with ls?", F, "action"),
        ("Using ls, how do I show every file in a directory apart from hidden files?", T, "rephrase"),
    ]),
    ("programming", "How do I encrypt a file with GPG using someone else's public key?", [
        ("How do I decrypt a file with GPG using someone else's public key?", F, "antonym"),
        ("How do I encrypt a file with GPG using my own private key?", F, "object"),
        ("How do I encrypt a file with OpenSSL using someone else's public key?", F, "entity"),
        ("Using GPG, how can I encrypt a file for another person with their public key?", T, "rephrase"),
    ]),
    ("programming", "Given `nums = [3, 1, 2]`, what does `sorted(nums, reverse=True)[0]` return?", [
        ("Given `nums = [3, 1, 2]`, what does `sorted(nums, reverse=False)[0]` return?", F, "antonym"),
        ("Given `nums = [3, 1, 2]`, what does `sorted(nums, reverse=True)[-1]` return?", F, "operator"),
        ("Given `nums = [3, 1, 2]`, what does `sorted(nums)[0]` return?", F, "qualifier"),
        ("Given `nums = [3, 1, 2]`, what does `sorted(nums, reverse=True)[1]` return?", F, "number"),
        ("Given `nums = [3, 1, 2]`, what is the value of `sorted(nums, reverse=True)[0]`?", T, "rephrase"),
    ]),
    ("programming", "Is Python 3.12 compatible with Django 4.2?", [
        ("Is Python 3.12 compatible with Django 4.1?", F, "number"),
        ("Is Python 3.11 compatible with Django 4.2?", F, "number"),
        ("Is Python 3.12 compatible with Flask 2.2?", F, "entity"),
        ("Does Django 4.2 work with Python 3.12?", T, "reorder"),
        ("is python 3.12 compatible with django 4.2", T, "typo-case"),
    ]),

    # ------------------------------------------------------------------ math
    ("math", "What is the derivative of sin(2x) with respect to x?", [
        ("What is the integral of sin(2x) with respect to x?", F, "object"),
        ("What is the derivative of sin(x^2) with respect to x?", F, "shared-vocabulary"),
        ("What is the derivative of cos(2x) with respect to x?", F, "object"),
        ("Differentiate sin(2x) with respect to x.", T, "rephrase"),
        ("what's the derivative of sin(2x) wrt x", T, "typo-case"),
    ]),
    ("math", "Solve for x: 3x + 7 = 22", [
        ("Solve for x: 3x - 7 = 22", F, "operator"),
        ("Solve for x: 3x + 7 > 22", F, "operator"),
        ("Solve for x: 7x + 3 = 22", F, "number"),
        ("Solve for x: 3x = 7 + 22", F, "shared-vocabulary"),
        ("Find x if 3x + 7 = 22.", T, "rephrase"),
        ("Solve for x: 3 times x plus 7 equals 22", T, "rephrase"),
    ]),
    ("math", "What is 15% of 80?", [
        ("15 is what percent of 80?", F, "shared-vocabulary"),
        ("What is 15% more than 80?", F, "qualifier"),
        ("What is 15% of 800?", F, "number"),
        ("What is 80% of 15?", T, "reorder"),
        ("Calculate fifteen percent of eighty.", T, "rephrase"),
    ]),
    ("math", "Is 2^10 greater than 10^3?", [
        ("Is 10^3 greater than 2^10?", F, "direction"),
        ("Is 2^10 less than 10^3?", F, "antonym"),
        ("Is 2*10 greater than 10*3?", F, "operator"),
        ("By how much is 2^10 greater than 10^3?", F, "question-word"),
        ("Is 2 to the power of 10 greater than 10 cubed?", T, "rephrase"),
    ]),
    ("math", "If a shirt costs $40 after a 20% discount, what was the original price?", [
        ("If a shirt costs $40 before a 20% discount, what is the discounted price?", F, "direction"),
        ("If a shirt costs $40 after a 25% discount, what was the original price?", F, "number"),
        ("If a shirt costs $40 after a 20% markup, what was the original price?", F, "antonym"),
        ("A shirt is $40 after a 20% discount. What was its price before the discount?", T, "rephrase"),
    ]),
    ("math", "Simplify (2x + 5)(2x - 5).", [
        ("Simplify (2x + 5)(2x + 5).", F, "operator"),
        ("Simplify (2x + 5) + (2x - 5).", F, "operator"),
        ("Simplify (5x + 2)(5x - 2).", F, "number"),
        ("Simplify (2x - 5)(2x + 5).", T, "reorder"),
        ("Expand and simplify the product (2x + 5)(2x - 5).", T, "rephrase"),
    ]),
    ("math", "What is 12 / 4 + 2?", [
        ("What is 12 / 4 * 2?", F, "operator"),
        ("What is 12 / (4 + 2)?", F, "operator"),
        ("What is 12 / 4 - 2?", F, "operator"),
        ("What is 4 + 2 / 12?", F, "shared-vocabulary"),
        ("What is 12 divided by 4, plus 2?", T, "rephrase"),
    ]),
    ("math", "Is the sum of two odd numbers always even?", [
        ("Is the product of two odd numbers always even?", F, "operator"),
        ("Is the sum of two odd numbers always odd?", F, "antonym"),
        ("Is the sum of three odd numbers always even?", F, "number"),
        ("Is the sum of two odd numbers never even?", F, "negation"),
        ("Do two odd numbers always add up to an even number?", T, "rephrase"),
    ]),
    ("math", "Is 7 more than half of 12?", [
        ("Is half of 7 more than 12?", F, "shared-vocabulary"),
        ("Is 7 less than half of 12?", F, "antonym"),
        ("Is 7 more than two thirds of 12?", F, "number"),
        ("Is 7 greater than half of 12?", T, "synonym"),
        ("Is seven more than half of twelve?", T, "rephrase"),
    ]),
    ("math", "What is one third of 1/4 of 96?", [
        ("What is one third of 3/4 of 96?", F, "number"),
        ("What is one third of 1/4 of 69?", F, "number"),
        ("What is one third plus 1/4 of 96?", F, "operator"),
        ("What is one fourth of 1/3 of 96?", T, "reorder"),
        ("What is 1/3 of one quarter of 96?", T, "rephrase"),
    ]),
]

ZH_GROUPS = [
    ("shopping", "网上买的衣服可以到实体店退货吗？", [
        ("实体店买的衣服可以在网上退货吗？", F, "direction"),
        ("网上买的衣服可以到实体店换货吗？", F, "action"),
        ("网上买的衣服已经穿过一次了，可以到实体店退货吗？", F, "qualifier"),
        ("在网上购买的衣服能去实体店退吗？", T, "synonym"),
    ]),
    ("shopping", "满300减50的优惠券能和会员折扣一起用吗？", [
        ("满300减30的优惠券能和会员折扣一起用吗？", F, "number"),
        ("满300减50的优惠券能和积分抵扣一起用吗？", F, "object"),
        ("会员折扣能和满300减50的优惠券一起用吗？", T, "reorder"),
    ]),
    ("shopping", "这款手机的256G版本比128G版本贵多少？", [
        ("这款手机的512G版本比128G版本贵多少？", F, "number"),
        ("这款手机的256G版本比128G版本重多少？", F, "object"),
        ("这款平板的256G版本比128G版本贵多少？", F, "entity"),
        ("这款手机的128G版本比256G版本便宜多少？", T, "rephrase"),
    ]),
    ("banking", "从储蓄卡转账到信用卡要手续费吗？", [
        ("从信用卡转账到储蓄卡要手续费吗？", F, "direction"),
        ("从储蓄卡转账到信用卡要多久到账？", F, "question-word"),
        ("从储蓄卡转账到他人信用卡要手续费吗？", F, "qualifier"),
        ("储蓄卡往信用卡转钱收手续费吗？", T, "synonym"),
        ("从储蓄卡转帐到信用卡要手续费吗", T, "typo-case"),
    ]),
    ("banking", "提前还房贷会有违约金吗？", [
        ("逾期还房贷会有违约金吗？", F, "antonym"),
        ("提前还车贷会有违约金吗？", F, "object"),
        ("提前还一部分房贷会有违约金吗？", F, "qualifier"),
        ("房贷提前还款要交违约金吗？", T, "rephrase"),
    ]),
    ("health", "布洛芬和对乙酰氨基酚可以同时吃吗？", [
        ("布洛芬和阿司匹林可以同时吃吗？", F, "entity"),
        ("布洛芬和对乙酰氨基酚可以交替吃吗？", F, "action"),
        ("孕妇布洛芬和对乙酰氨基酚可以同时吃吗？", F, "qualifier"),
        ("对乙酰氨基酚和布洛芬能一起服用吗？", T, "reorder"),
    ]),
    ("health", "空腹抽血前几个小时不能吃东西？", [
        ("空腹抽血后几个小时不能吃东西？", F, "direction"),
        ("非空腹抽血前几个小时不能吃东西？", F, "negation"),
        ("空腹抽血前几个小时不能喝水？", F, "object"),
        ("空腹抽血前几天不能吃东西？", F, "number"),
        ("抽血前要空腹多少个小时？", T, "rephrase"),
    ]),
    ("programming", "Python里怎么把字典按值从大到小排序？", [
        ("Python里怎么把字典按值从小到大排序？", F, "antonym"),
        ("Python里怎么不用sorted把字典按值从大到小排序？", F, "negation"),
        ("Python里怎么把字典按键从大到小排序？", F, "object"),
        ("JavaScript里怎么把对象按值从大到小排序？", F, "entity"),
        ("在Python中如何将字典按照值降序排列？", T, "synonym"),
        ("python里怎么把字典按值从大到小排序", T, "typo-case"),
    ]),
    ("programming", "Java中用 `==` 和 `equals()` 比较字符串有什么区别？", [
        ("Java中用 `==` 和 `compareTo()` 比较字符串有什么区别？", F, "object"),
        ("C#中用 `==` 和 `Equals()` 比较字符串有什么区别？", F, "entity"),
        ("Java中用 `==` 和 `equals()` 比较Integer对象有什么区别？", F, "object"),
        ("Java中用 `equals()` 和 `==` 比较字符串有什么区别？", T, "reorder"),
    ]),
    ("school", "期末考试不及格可以补考几次？", [
        ("期中考试不及格可以补考几次？", F, "object"),
        ("期末考试不及格可以重修几次？", F, "action"),
        ("期末考试不及格可以补考几门？", F, "object"),
        ("期末考试挂科的话最多能补考几次？", T, "rephrase"),
    ]),
    ("school", "高考英语满分是多少分？", [
        ("高考数学满分是多少分？", F, "object"),
        ("中考英语满分是多少分？", F, "entity"),
        ("高考英语及格线是多少分？", F, "object"),
        ("高考英语总分是多少？", T, "synonym"),
    ]),
    ("travel", "从上海到北京坐高铁要多长时间？", [
        ("从上海到北京坐飞机要多长时间？", F, "object"),
        ("从上海到北京坐高铁要多少钱？", F, "question-word"),
        ("从上海到广州坐高铁要多长时间？", F, "entity"),
        ("上海到北京的高铁大概要坐几个小时？", T, "rephrase"),
    ]),
    ("travel", "护照有效期不足六个月还能出境吗？", [
        ("护照有效期不足三个月还能出境吗？", F, "number"),
        ("护照有效期超过六个月还能出境吗？", F, "antonym"),
        ("护照有效期不足六个月还能入境日本吗？", F, "qualifier"),
        ("护照剩余有效期少于半年，还可以出境吗？", T, "synonym"),
    ]),
    ("customer-service", "快递显示已签收但我没收到，怎么办？", [
        ("快递显示未签收但我已经收到了，怎么办？", F, "negation"),
        ("快递显示已签收但我没收到，找谁投诉？", F, "question-word"),
        ("快递显示已签收但收到的东西坏了，怎么办？", F, "object"),
        ("物流显示已签收，可我根本没拿到包裹，该怎么处理？", T, "rephrase"),
    ]),
    ("customer-service", "会员可以在到期前取消自动续费吗？", [
        ("会员可以在到期后取消自动续费吗？", F, "direction"),
        ("会员可以在到期前开通自动续费吗？", F, "antonym"),
        ("会员可以在到期前取消自动续费并退款吗？", F, "qualifier"),
        ("到期之前能关闭会员的自动续费吗？", T, "synonym"),
    ]),
    ("math", "解方程：2x + 5 = 17", [
        ("解方程：2x - 5 = 17", F, "operator"),
        ("解方程：5x + 2 = 17", F, "number"),
        ("解不等式：2x + 5 < 17", F, "operator"),
        ("求 2x + 5 = 17 中 x 的值", T, "rephrase"),
        ("解方程：2x加5等于17", T, "rephrase"),
    ]),
    ("math", "一个数的百分之二十是30，这个数是多少？", [
        ("30的百分之二十是多少？", F, "shared-vocabulary"),
        ("一个数的百分之二十五是30，这个数是多少？", F, "number"),
        ("一个数比30多百分之二十，这个数是多少？", F, "shared-vocabulary"),
        ("某数的20%等于30，求这个数。", T, "rephrase"),
    ]),
    ("math", "三角形的内角和是多少度？", [
        ("三角形的外角和是多少度？", F, "antonym"),
        ("四边形的内角和是多少度？", F, "number"),
        ("为什么三角形的内角和是180度？", F, "question-word"),
        ("三角形内角加起来一共多少度？", T, "rephrase"),
    ]),
    ("cooking", "红烧肉是先放糖还是先放酱油？", [
        ("红烧肉是后放糖还是后放酱油？", F, "antonym"),
        ("糖醋排骨是先放糖还是先放醋？", F, "entity"),
        ("红烧肉是先放糖还是先放盐？", F, "object"),
        ("红烧肉是先放酱油还是先放糖？", T, "reorder"),
    ]),
    ("cooking", "煮米饭时水和米的比例是多少？", [
        ("煮米饭时米和水的比例是多少？", F, "direction"),
        ("煮糙米饭时水和米的比例是多少？", F, "entity"),
        ("煮粥时水和米的比例是多少？", F, "object"),
        ("煮米饭的话，米跟水应该按什么比例放？", F, "direction"),
        ("做米饭时水跟米按多少比例加？", T, "synonym"),
    ]),
    ("legal-hr", "试用期内公司可以随时辞退员工吗？", [
        ("试用期内员工可以随时辞职吗？", F, "direction"),
        ("试用期后公司可以随时辞退员工吗？", F, "direction"),
        ("试用期内公司辞退员工需要赔偿吗？", F, "question-word"),
        ("公司在试用期内能不能随时解雇员工？", T, "synonym"),
    ]),
    ("legal-hr", "加班费是按基本工资算还是按全部工资算？", [
        ("年终奖是按基本工资算还是按全部工资算？", F, "object"),
        ("周末加班费是按基本工资算还是按全部工资算？", F, "qualifier"),
        ("加班费是按基本工资的1.5倍算还是2倍算？", F, "number"),
        ("加班费是按全部工资算还是按基本工资算？", T, "reorder"),
    ]),
    ("telecom", "携号转网后原来的套餐余额会退吗？", [
        ("携号转网前原来的套餐余额会退吗？", F, "direction"),
        ("携号转网后原来的宽带会取消吗？", F, "object"),
        ("办理携号转网之后，旧套餐里剩下的钱能退吗？", T, "rephrase"),
    ]),
    ("telecom", "为什么手机上传速度比下载速度慢很多？", [
        ("为什么手机下载速度比上传速度慢很多？", F, "direction"),
        ("为什么电脑上传速度比下载速度慢很多？", F, "entity"),
        ("为什么手机上传速度比下载速度快很多？", F, "antonym"),
        ("手机的上传为什么比下载慢这么多？", T, "rephrase"),
    ]),
    ("general", "猫可以吃葡萄吗？", [
        ("狗可以吃葡萄吗？", F, "entity"),
        ("猫可以吃草莓吗？", F, "object"),
        ("猫为什么不能吃葡萄？", F, "question-word"),
        ("葡萄能给猫吃吗？", T, "reorder"),
    ]),
    ("general", "北京比东京早一个小时还是晚一个小时？", [
        ("东京比北京早一个小时还是晚一个小时？", F, "direction"),
        ("北京比首尔早一个小时还是晚一个小时？", F, "entity"),
        ("北京比东京晚一个小时还是早一个小时？", T, "reorder"),
    ]),
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", "dev-extra-3.jsonl")
    groups = [(d, "en", a, v) for d, a, v in EN_GROUPS] + [(d, "zh", a, v) for d, a, v in ZH_GROUPS]
    with open(out, "w", encoding="utf-8") as f:
        for i, (domain, lang, a, variants) in enumerate(groups, 1):
            for b, label, cls in variants:
                row = {"a": a, "b": b, "label": label, "lang": lang, "class": cls,
                       "domain": domain, "group": "dz-%03d" % i, "split": "dev"}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
