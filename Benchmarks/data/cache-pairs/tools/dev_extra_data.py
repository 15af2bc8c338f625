"""Literal data for dev-extra.jsonl (semantic-cache verifier dev pairs) and a writer.

Each group: (lang, domain, base question A, [entries]).
An entry is (b, label, class) or (a, b, label, class) when A differs from the base.
Group ids dx-NNN are assigned in order; every pair has split "dev".
Run: python3 dev_extra_data.py   -> writes ../dev-extra.jsonl
"""
import json
import os

F, T = False, True

EN = [
    ("banking", "How do I transfer money from my savings account to my checking account?", [
        ("How do I transfer money from my checking account to my savings account?", F, "direction"),
        ("How do I transfer money from my savings account to my wife's checking account?", F, "scope"),
        ("how do i transfer money from my savings acct to my checking acct", T, "typo-case"),
    ]),
    ("shopping", "Can I return a jacket I bought online to a physical store?", [
        ("Can I return a jacket I bought in a physical store to the online shop?", F, "direction"),
        ("Can I exchange a jacket I bought online at a physical store?", F, "action"),
        ("Can I return a jacket I bought online to a physical store without the receipt?", F, "qualifier"),
        ("Is it possible to return a jacket purchased online to a physical store?", T, "rephrase"),
    ]),
    ("programming", "In Python, how do I check if a key exists in a dictionary?", [
        ("In Python, how do I check if a value exists in a dictionary?", F, "object"),
        ("In Python, how do I remove a key from a dictionary?", F, "action"),
        ("In JavaScript, how do I check if a key exists in an object?", F, "entity"),
        ("in python how do i check if a key exists in a dictionary", T, "typo-case"),
    ]),
    ("math", "What is the derivative of x^2 * sin(x)?", [
        ("What is the derivative of x^2 + sin(x)?", F, "operator"),
        ("What is the derivative of x^2 / sin(x)?", F, "operator"),
        ("What is the derivative of x^3 * sin(x)?", F, "number"),
        ("what's the derivative of x^2 * sin(x)", T, "typo-case"),
    ]),
    ("travel", "Do I need a visa to travel from Canada to Mexico as a tourist?", [
        ("Do I need a visa to travel from Mexico to Canada as a tourist?", F, "direction"),
        ("Do I need a visa to travel from Canada to Mexico for work?", F, "qualifier"),
        ("Do I need a visa to travel from Canada to Japan as a tourist?", F, "entity"),
        ("As a tourist, do I need a visa to travel from Canada to Mexico?", T, "reorder"),
        ("Hello, could you tell me if I need a visa to travel from Canada to Mexico as a tourist?", T, "politeness"),
    ]),
    ("health", "Can I take ibuprofen and acetaminophen at the same time?", [
        ("Can I take ibuprofen and aspirin at the same time?", F, "entity"),
        ("Should I take ibuprofen and acetaminophen at the same time?", F, "modality"),
        ("Can I take ibuprofen and acetaminophen at the same time while pregnant?", F, "qualifier"),
        ("Is it OK to take acetaminophen and ibuprofen together?", T, "rephrase"),
    ]),
    ("customer-service", "My card was charged twice for the same order. How do I get the duplicate charge refunded?", [
        ("My card was charged twice for the same order. Why was I charged twice?", F, "question-word"),
        ("I got charged two times for one order - how can I get the extra charge refunded?", T, "rephrase"),
        ("Hi there, my card was charged twice for the same order. Could you tell me how to get the duplicate charge refunded? Thanks!", T, "politeness"),
    ]),
    ("telecom", "How do I transfer my phone number from Verizon to T-Mobile?", [
        ("How do I transfer my phone number from T-Mobile to Verizon?", F, "direction"),
        ("How do I transfer my phone number from Verizon to AT&T?", F, "entity"),
        ("how do i port my number from verizon to t-mobile", T, "synonym"),
    ]),
    ("insurance", "Does my car insurance cover damage caused by hail?", [
        ("Does my home insurance cover damage caused by hail?", F, "entity"),
        ("Did my car insurance pay out for the hail damage I claimed last spring?", F, "time"),
        ("Does my car insurance cover hail damage if I only have liability coverage?", F, "qualifier"),
        ("Is hail damage covered by my car insurance?", T, "reorder"),
    ]),
    ("school", "When is the deadline to drop a class without getting a W on my transcript?", [
        ("When is the deadline to drop a class with a W on my transcript?", F, "negation"),
        ("Why does dropping a class put a W on my transcript?", F, "question-word"),
        ("When is the deadline to drop a class and still get a full tuition refund?", F, "shared-vocabulary"),
        ("What's the last day I can drop a course without a W showing up on my transcript?", T, "rephrase"),
    ]),
    ("cooking", "How long should I boil eggs for a runny yolk?", [
        ("How long should I boil eggs for a firm yolk?", F, "antonym"),
        ("How long should I steam eggs for a runny yolk?", F, "action"),
        ("For a runny yolk, how long should I boil eggs?", T, "reorder"),
    ]),
    ("legal-hr", "Can my employer deduct money from my paycheck for a broken laptop?", [
        ("Can my employer deduct money from my final paycheck for a broken laptop?", F, "qualifier"),
        ("Can my employer withhold my whole paycheck for a broken laptop?", F, "action"),
        ("Is my employer allowed to take money out of my paycheck for a laptop I broke?", T, "rephrase"),
    ]),
    ("real-estate", "Does the buyer or the seller usually pay for title insurance in Texas?", [
        ("Does the seller or the buyer usually pay for title insurance in Texas?", T, "reorder"),
        ("Does the buyer or the seller usually pay for title insurance in Florida?", F, "entity"),
        ("Does the buyer or the seller usually pay the transfer tax in Texas?", F, "object"),
        ("How much does title insurance usually cost in Texas?", F, "question-word"),
    ]),
    ("automotive", "How often should I change the oil in a 2018 Honda Civic?", [
        ("How often should I change the oil in a 2018 Honda Accord?", F, "entity"),
        ("How often should I change the oil in a 1998 Honda Civic?", F, "number"),
        ("Hi! How often should I change the oil in a 2018 Honda Civic? Thanks in advance.", T, "politeness"),
    ]),
    ("government", "How do I renew my passport by mail if it expired less than 5 years ago?", [
        ("How do I renew my passport by mail if it expired more than 5 years ago?", F, "comparison"),
        ("How do I renew my child's passport by mail if it expired less than 5 years ago?", F, "scope"),
        ("My passport expired under 5 years ago - how do I renew it by mail?", T, "rephrase"),
    ]),
    ("hr-payroll", "Is overtime paid at 1.5x for hours over 40 per week?", [
        ("Is overtime paid at 2x for hours over 40 per week?", F, "number"),
        ("Is overtime paid at 1.5x for hours over 40 per week for salaried employees?", F, "qualifier"),
        ("For hours over 40 a week, is overtime paid at time and a half?", T, "rephrase"),
    ]),
    ("general", "What time does the sun set in Seattle on December 21?", [
        ("What time does the sun rise in Seattle on December 21?", F, "antonym"),
        ("What time does the sun set in Seattle on June 21?", F, "number"),
        ("what time is sunset in seattle on dec 21", T, "typo-case"),
    ]),
    ("programming", "How do I convert a string to an integer in Java?", [
        ("How do I convert an integer to a string in Java?", F, "direction"),
        ("How do I convert a string to an integer in C#?", F, "entity"),
        ("java: convert String to int", T, "rephrase"),
    ]),
    ("banking", "What's the daily ATM withdrawal limit on my debit card?", [
        ("What's the daily ATM deposit limit on my debit card?", F, "antonym"),
        ("What's the weekly ATM withdrawal limit on my debit card?", F, "qualifier"),
        ("Could you please tell me the daily ATM withdrawal limit on my debit card?", T, "politeness"),
    ]),
    ("shopping", "Is the Dell XPS 13 cheaper than the MacBook Air?", [
        ("Is the MacBook Air cheaper than the Dell XPS 13?", F, "comparison"),
        ("Is the Dell XPS 13 more expensive than the MacBook Air?", F, "comparison"),
        ("Is the Dell XPS 13 lighter than the MacBook Air?", F, "shared-vocabulary"),
        ("Does the Dell XPS 13 cost less than the MacBook Air?", T, "synonym"),
    ]),
    ("telecom", "Does my plan include free roaming in Mexico?", [
        ("Does my plan include free roaming in Canada?", F, "entity"),
        ("Does my husband's plan include free roaming in Mexico?", F, "scope"),
        ("Hey, does my plan include free roaming in Mexico? Just checking before my trip.", T, "politeness"),
    ]),
    ("insurance", "If I cancel my renters insurance mid-term, will I get a prorated refund?", [
        ("If the insurer cancels my renters insurance mid-term, will I get a prorated refund?", F, "direction"),
        ("If I cancel my renters insurance mid-term, will I have to pay a cancellation fee?", F, "object"),
        ("Will I get a prorated refund if I cancel my renters insurance mid-term?", T, "reorder"),
    ]),
    ("math", "Is 91 a prime number?", [
        ("Is 97 a prime number?", F, "number"),
        ("Is 91 an even number?", F, "shared-vocabulary"),
        ("What are the prime factors of 91?", F, "question-word"),
        ("Is 91 prime?", T, "rephrase"),
    ]),
    ("customer-service", "Can I change the shipping address after my order has shipped?", [
        ("Can I change the shipping address before my order has shipped?", F, "direction"),
        ("Can I cancel my order after it has shipped?", F, "action"),
        ("Hi, sorry to bother you - can I change the shipping address after my order has shipped?", T, "politeness"),
    ]),
    ("travel", "How much is the checked bag fee on a United flight from Chicago to Denver?", [
        ("How much is the checked bag fee on a Southwest flight from Chicago to Denver?", F, "entity"),
        ("How much is the second checked bag fee on a United flight from Chicago to Denver?", F, "number"),
        ("How much does United charge for a checked bag from Chicago to Denver?", T, "rephrase"),
    ]),
    ("cooking", "Can I substitute baking soda for baking powder in pancakes?", [
        ("Can I substitute baking powder for baking soda in pancakes?", F, "direction"),
        ("Can I replace baking powder with baking soda in pancakes?", T, "rephrase"),
    ]),
    ("legal-hr", "How many days of notice do I have to give before quitting my job in Germany?", [
        ("How many days of notice does my employer have to give before firing me in Germany?", F, "direction"),
        ("How many days of notice do I have to give before quitting my job during probation in Germany?", F, "qualifier"),
        ("In Germany, how much notice must I give before I quit my job?", T, "rephrase"),
    ]),
    ("gaming", "How do I gift a game to a friend on Steam?", [
        ("How do I refund a game I gifted to a friend on Steam?", F, "action"),
        ("How do I accept a game a friend gifted to me on Steam?", F, "direction"),
        ("How can I send a game as a gift to a friend on Steam?", T, "synonym"),
    ]),
    ("hr-payroll", "Is my signing bonus taxed at a higher rate than my regular salary?", [
        ("Is my regular salary taxed at a higher rate than my signing bonus?", F, "comparison"),
        ("Is my signing bonus taxed at a lower rate than my regular salary?", F, "antonym"),
        ("Does my signing bonus get taxed more heavily than my normal salary?", T, "rephrase"),
    ]),
    ("general", "What's the difference between affect and effect?", [
        ("What's the difference between effect and affect?", T, "reorder"),
        ("What's the difference between affect and infect?", F, "object"),
    ]),
    ("programming", "What does `git reset --hard HEAD~1` do?", [
        ("What does `git reset --soft HEAD~1` do?", F, "antonym"),
        ("What does `git reset --hard HEAD~3` do?", F, "number"),
        ("What does `git revert HEAD~1` do?", F, "action"),
        ("Can you explain what `git reset --hard HEAD~1` does, please?", T, "politeness"),
    ]),
    ("math", "If x + 5 = 12, what is x?", [
        ("If x - 5 = 12, what is x?", F, "operator"),
        ("If x * 5 = 12, what is x?", F, "operator"),
        ("If 5 + x = 12, what is x?", T, "reorder"),
    ]),
    ("banking", "Why was my wire transfer to <PERSON_1> rejected?", [
        ("Why was my wire transfer from <PERSON_1> rejected?", F, "direction"),
        ("Why was my wire transfer to <PERSON_1> delayed?", F, "action"),
        ("Was my wire transfer to <PERSON_1> rejected?", F, "question-word"),
        ("My wire transfer to <PERSON_1> got rejected - why?", T, "rephrase"),
    ]),
    ("shopping", "Do you ship to Alaska and Hawaii?", [
        ("Do you ship to Hawaii and Alaska?", T, "reorder"),
        ("Do you ship to Alaska and Hawaii for free?", F, "qualifier"),
        ("do u ship to alaska & hawaii", T, "typo-case"),
    ]),
    ("health", "Is it safe to exercise with a mild fever?", [
        ("Is it safe to exercise with a high fever?", F, "antonym"),
        ("Is it safe to exercise a week after a mild fever?", F, "qualifier"),
        ("Can I work out safely if I have a slight fever?", T, "rephrase"),
    ]),
    ("telecom", "Why is my internet slower at night than in the morning?", [
        ("Why is my internet slower in the morning than at night?", F, "comparison"),
        ("Why is my internet faster at night than in the morning?", F, "antonym"),
        ("why is my internet slower at nite than in the morning", T, "typo-case"),
    ]),
    ("automotive", "Is it better to buy or lease a car if I drive 20,000 miles a year?", [
        ("Is it better to lease or buy a car if I drive 20,000 miles a year?", T, "reorder"),
        ("Is it better to buy or lease a car if I drive 5,000 miles a year?", F, "number"),
        ("if i drive 20k miles a year is it better to buy or lease a car", T, "typo-case"),
    ]),
    ("government", "Can I vote in the primary if I'm registered as an independent?", [
        ("Can I vote in the general election if I'm registered as an independent?", F, "object"),
        ("Can I vote in the primary if I'm not registered at all?", F, "negation"),
        ("Can I vote in the primary if I'm registered as an independent in New York?", F, "qualifier"),
        ("Hi, can I vote in the primary if I'm registered as an independent? Thanks!", T, "politeness"),
    ]),
    ("cooking", "What temperature should I bake chicken thighs at?", [
        ("How long should I bake chicken thighs?", F, "question-word"),
        ("What temperature should I grill chicken thighs at?", F, "action"),
        ("At what temperature should I bake chicken thighs?", T, "reorder"),
    ]),
    ("real-estate", "Can my landlord raise the rent during a fixed-term lease?", [
        ("Can my landlord raise the rent after a fixed-term lease ends?", F, "qualifier"),
        ("Can my landlord raise the rent during a month-to-month lease?", F, "qualifier"),
        ("Is my landlord allowed to increase the rent in the middle of a fixed-term lease?", T, "rephrase"),
    ]),
    ("customer-service", "How do I unsubscribe from your marketing emails sent to <EMAIL_1>?", [
        ("How do I subscribe to your marketing emails at <EMAIL_1>?", F, "antonym"),
        ("How do I unsubscribe from your marketing texts sent to <PHONE_1>?", F, "object"),
        ("how do i unsubscribe from ur marketing emails sent to <EMAIL_1>", T, "typo-case"),
    ]),
    ("programming", "Why does `0.1 + 0.2 == 0.3` return false in JavaScript?", [
        ("Why does `0.5 + 0.25 == 0.75` return false in JavaScript?", F, "number"),
        ("How do I make `0.1 + 0.2 == 0.3` return true in JavaScript?", F, "question-word"),
        ("why does 0.1+0.2==0.3 give false in javascript", T, "typo-case"),
    ]),
    ("health", "What are the side effects of stopping sertraline suddenly?", [
        ("What are the side effects of starting sertraline?", F, "action"),
        ("What are the side effects of stopping sertraline gradually?", F, "antonym"),
        ("What are the side effects of stopping Zoloft suddenly?", T, "synonym"),
    ]),
    ("cooking", "How many teaspoons are in a tablespoon?", [
        ("How many tablespoons are in a teaspoon?", F, "direction"),
        ("How many teaspoons are in 3 tablespoons?", F, "number"),
        ("how many tsp in a tbsp", T, "typo-case"),
    ]),
    ("banking", "Will I be charged a fee for depositing a check from another bank?", [
        ("Will I be charged a fee for cashing a check from another bank?", F, "action"),
        ("Will I be charged a fee for depositing a check into another bank?", F, "direction"),
        ("Was I charged a fee for depositing a check from another bank last week?", F, "time"),
        ("Is there a fee to deposit a check drawn on a different bank?", T, "rephrase"),
    ]),
    ("shopping", "Does the iPhone 15 come with a charger in the box?", [
        ("Does the iPhone 11 come with a charger in the box?", F, "number"),
        ("Does the Galaxy S24 come with a charger in the box?", F, "entity"),
        ("Is a charger included in the box with the iPhone 15?", T, "reorder"),
    ]),
    ("legal-hr", "Do I have to sign a non-compete agreement to keep my job?", [
        ("Should I sign a non-compete agreement to keep my job?", F, "modality"),
        ("Do I have to sign a non-compete agreement to get my severance?", F, "shared-vocabulary"),
        ("Is signing a non-compete required for me to keep my job?", T, "rephrase"),
    ]),
    ("math", "What is 15% of 80?", [
        ("What is 15% off 80?", F, "operator"),
        ("What is 25% of 80?", F, "number"),
        ("80 is 15% of what number?", F, "direction"),
        ("Calculate 15% of 80.", T, "rephrase"),
    ]),
    ("telecom", "How do I set up call forwarding from my mobile to my office line?", [
        ("How do I set up call forwarding from my office line to my mobile?", F, "direction"),
        ("How do I turn off call forwarding from my mobile to my office line?", F, "action"),
        ("How do I set up call forwarding from my mobile to my office line only when I'm busy?", F, "qualifier"),
        ("How can I forward calls from my cell phone to my office phone?", T, "synonym"),
    ]),
    ("insurance", "Will my premium go up if I file a claim for a windshield chip?", [
        ("Did my premium go up because I filed a claim for a windshield chip?", F, "time"),
        ("Will my premium go up if I file a claim for a fender bender?", F, "object"),
        ("Will my premium go up if I file a second claim for a windshield chip this year?", F, "qualifier"),
        ("If I file a claim for a windshield chip, will my premium increase?", T, "reorder"),
    ]),
    ("school", "Can I use a calculator on the SAT math section?", [
        ("Must I use a calculator on the SAT math section?", F, "modality"),
        ("Can I use a calculator on the ACT science section?", F, "entity"),
        ("Are calculators allowed on the SAT math section?", T, "rephrase"),
    ]),
    ("gaming", "How do I get more inventory slots in Stardew Valley?", [
        ("How do I get more inventory slots in Terraria?", F, "entity"),
        ("how to get more inventory slots in stardew valley??", T, "typo-case"),
    ]),
    ("general", "Who was president of the United States before Lincoln?", [
        ("Who was president of the United States after Lincoln?", F, "direction"),
        ("When was Lincoln president of the United States?", F, "question-word"),
        ("Which U.S. president came right before Lincoln?", T, "rephrase"),
    ]),
    ("programming", "How do I sort a list of dictionaries by a key in Python in descending order?", [
        ("How do I sort a list of dictionaries by a key in Python in ascending order?", F, "antonym"),
        ("How do I filter a list of dictionaries by a key in Python?", F, "action"),
        ("python sort list of dicts by key descending", T, "rephrase"),
    ]),
    ("customer-service", "I forgot my password and no longer have access to <EMAIL_1>. How can I log in?", [
        ("I forgot my username and no longer have access to <EMAIL_1>. How can I log in?", F, "object"),
        ("I forgot my password but still have access to <EMAIL_1>. How can I log in?", F, "negation"),
        ("Hi, I forgot my password and can't access <EMAIL_1> anymore. How do I log in?", T, "rephrase"),
    ]),
    ("travel", "Can I bring a power bank in my checked luggage?", [
        ("Can I bring a power bank in my carry-on luggage?", F, "object"),
        ("can i bring a powerbank in checked luggage", T, "typo-case"),
    ]),
    ("real-estate", "How much is the property tax on a $400,000 house in Austin?", [
        ("How much is the property tax on a $400,000 house in Dallas?", F, "entity"),
        ("How much is the property tax on a $600,000 house in Austin?", F, "number"),
        ("What would property taxes be on a 400k home in Austin?", T, "rephrase"),
    ]),
    ("banking", "Can I pay my credit card bill with another credit card?", [
        ("Can I pay my credit card bill with another credit card without any fees?", F, "qualifier"),
        ("Should I pay my credit card bill with another credit card?", F, "modality"),
        ("Is it possible to use one credit card to pay off another credit card's bill?", T, "rephrase"),
    ]),
    ("general", "Is it rude to not tip at a buffet in the US?", [
        ("Is it rude to not tip at a buffet in Japan?", F, "entity"),
        ("Is it rude to tip at a buffet in the US?", F, "negation"),
        ("How much should I tip at a buffet in the US?", F, "question-word"),
        ("In the US, is it rude to skip tipping at a buffet?", T, "rephrase"),
    ]),
    ("math", "What's the probability of rolling at least one 6 with two dice?", [
        ("What's the probability of rolling exactly one 6 with two dice?", F, "scope"),
        ("What's the probability of rolling at least one 6 with three dice?", F, "number"),
        ("What's the probability of rolling no 6 with two dice?", F, "negation"),
        ("If I roll two dice, what are the chances at least one shows a 6?", T, "rephrase"),
    ]),
    ("telecom", "Why can't I receive texts from iPhone users on my Android?", [
        ("Why can't I send texts to iPhone users from my Android?", F, "direction"),
        ("Why can't I receive calls from iPhone users on my Android?", F, "object"),
        ("My Android isn't getting text messages from people with iPhones - why?", T, "rephrase"),
    ]),
    ("legal-hr", "Am I entitled to paid sick leave as a part-time employee in Oregon?", [
        ("Am I entitled to paid sick leave as a full-time employee in Oregon?", F, "antonym"),
        ("Am I entitled to paid sick leave as a part-time employee in Idaho?", F, "entity"),
        ("Hello, am I entitled to paid sick leave as a part-time employee in Oregon? Thank you.", T, "politeness"),
    ]),
    ("shopping", "What's the price difference between the 128GB and 256GB versions of the Pixel 8?", [
        ("What's the price difference between the 256GB and 128GB versions of the Pixel 8?", T, "reorder"),
        ("What's the price difference between the 128GB and 512GB versions of the Pixel 8?", F, "number"),
        ("What's the price difference between the 128GB and 256GB versions of the Pixel 8 Pro?", F, "entity"),
        ("how much more is the 256gb pixel 8 vs the 128gb", T, "rephrase"),
    ]),
    ("government", "Where do I pay a parking ticket issued in Boston?", [
        ("Where do I contest a parking ticket issued in Boston?", F, "action"),
        ("When do I have to pay a parking ticket issued in Boston?", F, "question-word"),
        ("Excuse me, where do I pay a parking ticket issued in Boston?", T, "politeness"),
    ]),
    ("gaming", "Is Baldur's Gate 3 better on PS5 or PC?", [
        ("Is Baldur's Gate 3 better on PC or PS5?", T, "reorder"),
        ("Is Baldur's Gate 3 cheaper on PS5 or PC?", F, "comparison"),
        ("Is Baldur's Gate 3 better on Xbox or PC?", F, "entity"),
        ("Is Baldur's Gate 3 available on both PS5 and PC?", F, "shared-vocabulary"),
    ]),
    ("insurance", "Does my health insurance cover an ambulance ride to an out-of-network hospital?", [
        ("Does my health insurance cover an ambulance ride from an out-of-network hospital?", F, "direction"),
        ("Does my health insurance cover an ambulance ride to an in-network hospital?", F, "antonym"),
        ("Will my health plan pay for an ambulance ride to an out-of-network hospital?", T, "synonym"),
    ]),
    ("hr-payroll", "How many vacation days do I accrue per pay period after 3 years of service?", [
        ("How many vacation days do I accrue per pay period after 5 years of service?", F, "number"),
        ("How many vacation days can I carry over after 3 years of service?", F, "action"),
        ("After 3 years of service, how many vacation days do I accrue each pay period?", T, "reorder"),
    ]),
    ("programming", "What's the difference between `let` and `const` in JavaScript?", [
        ("What's the difference between `let` and `var` in JavaScript?", F, "object"),
        ("What's the difference between `const` and `let` in JavaScript?", T, "reorder"),
        ("What's the difference between `let` and `const` in Swift?", F, "entity"),
        ("js let vs const difference?", T, "typo-case"),
    ]),
    ("school", "How do I cite a YouTube video in APA 7th edition?", [
        ("How do I cite a YouTube video in MLA 9th edition?", F, "entity"),
        ("How do I cite a YouTube video in APA 6th edition?", F, "number"),
        ("APA 7 citation format for a YouTube video?", T, "rephrase"),
    ]),
    ("general", "Can you recommend a gift for my dad who likes fishing, under $50?", [
        ("Can you recommend a gift for my dad who likes fishing, under $15?", F, "number"),
        ("Can you recommend a gift for my dad who likes fishing, over $50?", F, "comparison"),
        ("Gift ideas under $50 for my dad? He's really into fishing.", T, "rephrase"),
    ]),
    ("customer-service", "Can I get a refund if I cancel my subscription within 14 days?", [
        ("Can I get a refund if I cancel my subscription after 14 days?", F, "direction"),
        ("Can I get a refund if I cancel my subscription within 30 days?", F, "number"),
        ("Did I get a refund when I cancelled my subscription within 14 days?", F, "time"),
        ("If I cancel my subscription within 14 days, will I be refunded?", T, "reorder"),
    ]),
    ("customer-service", "My package was delivered to the wrong address. What should I do?", [
        ("My package is going to be delivered to the wrong address. What should I do?", F, "time"),
        ("My neighbor's package was delivered to my address. What should I do?", F, "direction"),
        ("My package was delivered to the wrong address. Who pays for a replacement?", F, "question-word"),
        ("Hello! My package got delivered to the wrong address, what should I do? Thanks so much.", T, "politeness"),
    ]),
    ("telecom", "My phone connects to Wi-Fi but not to mobile data. Why?", [
        ("My phone connects to mobile data but not to Wi-Fi. Why?", F, "negation"),
        ("My phone connects to neither Wi-Fi nor mobile data. Why?", F, "negation"),
        ("Why does my phone connect to Wi-Fi but not to mobile data?", T, "reorder"),
        ("Hey, quick question: my phone connects to Wi-Fi but not to mobile data, any idea why?", T, "politeness"),
    ]),
    ("programming", "Do I need to close a file explicitly when using `with open()` in Python?", [
        ("Can I close a file explicitly when using `with open()` in Python?", F, "modality"),
        ("Do I need to close a file explicitly when using plain `open()` without `with` in Python?", F, "qualifier"),
        ("do i need to close a file explicitly when using with open() in python", T, "typo-case"),
    ]),
    ("automotive", "Do I need to replace all four tires at once on an AWD car?", [
        ("Should I replace all four tires at once on an AWD car?", F, "modality"),
        ("Do I need to replace all four tires at once on a front-wheel-drive car?", F, "qualifier"),
        ("On an AWD car, do I have to replace all 4 tires at the same time?", T, "rephrase"),
    ]),
    ("government", "What is the standard deduction for a single filer in 2024?", [
        ("What was the standard deduction for a single filer in 2024?", T, "synonym"),
        ("What is the standard deduction for a married couple filing jointly in 2024?", F, "entity"),
        ("What is the standard deduction for a single filer in 2025?", F, "number"),
        ("What is the standard deduction for a single filer over 65 in 2024?", F, "qualifier"),
    ]),
    ("banking", "Did <PERSON_1> receive the money I sent yesterday?", [
        ("Did I receive the money <PERSON_1> sent yesterday?", F, "direction"),
        ("Will <PERSON_1> receive the money I send tomorrow?", F, "time"),
        ("Has <PERSON_1> gotten the money I sent yesterday?", T, "synonym"),
    ]),
    ("general", "How do I mute everyone in a Zoom meeting?", [
        ("How do I mute one participant in a Zoom meeting?", F, "scope"),
        ("How do I unmute everyone in a Zoom meeting?", F, "antonym"),
        ("How can I mute all participants in a Zoom meeting?", T, "synonym"),
    ]),
    ("hr-payroll", "Are all employees eligible for the year-end bonus?", [
        ("Are any employees eligible for the year-end bonus?", F, "scope"),
        ("Are contractors eligible for the year-end bonus?", F, "object"),
        ("Were all employees eligible for last year's year-end bonus?", F, "time"),
        ("Is every employee eligible for the year-end bonus?", T, "synonym"),
    ]),
    ("insurance", "Is flood insurance required for a mortgage if my house is in a flood zone?", [
        ("Is flood insurance required for a mortgage if my house is not in a flood zone?", F, "negation"),
        ("Is flood insurance worth it if my house is in a flood zone?", F, "modality"),
        ("If my home is in a flood zone, do I have to carry flood insurance for my mortgage?", T, "rephrase"),
    ]),
    ("school", "Can I retake the final exam if I fail?", [
        ("Do I have to retake the final exam if I fail?", F, "modality"),
        ("Can I retake the final exam if I pass?", F, "antonym"),
        ("If I fail the final exam, am I allowed to retake it?", T, "rephrase"),
    ]),
    ("programming", "In Python, what does `a // b` return when a is negative?", [
        ("In Python, what does `a / b` return when a is negative?", F, "operator"),
        ("In Python, what does `a % b` return when a is negative?", F, "operator"),
        ("In Python, what does `a // b` return when b is negative?", F, "direction"),
        ("python: what does a // b give if a is negative", T, "typo-case"),
    ]),
    ("programming", "What's the difference between `==` and `===` in JavaScript?", [
        ("What's the difference between `=` and `==` in JavaScript?", F, "operator"),
        ("What's the difference between `!=` and `!==` in JavaScript?", F, "operator"),
        ("What's the difference between `===` and `==` in JavaScript?", T, "reorder"),
        ("Could you please explain the difference between `==` and `===` in JavaScript?", T, "politeness"),
    ]),
    ("programming", "In SQL, how do I select rows where price > 100 and stock < 10?", [
        ("In SQL, how do I select rows where price > 100 or stock < 10?", F, "operator"),
        ("In SQL, how do I select rows where price < 100 and stock < 10?", F, "operator"),
        ("In SQL, how do I count rows where price > 100 and stock < 10?", F, "action"),
        ("SQL: select the rows with stock < 10 and price > 100", T, "reorder"),
    ]),
    ("math", "Is -3 greater than -5?", [
        ("Is -3 less than -5?", F, "comparison"),
        ("Is -3 greater than 5?", F, "operator"),
        ("Is -5 greater than -3?", F, "comparison"),
        ("is -3 > -5", T, "typo-case"),
    ]),
    ("math", "Simplify (x - 3)^2", [
        ("Simplify (x + 3)^2", F, "operator"),
        ("Simplify (x - 3)(x + 3)", F, "operator"),
        ("Can you simplify (x - 3)^2 for me, please?", T, "politeness"),
    ]),
    ("travel", "Do all Delta flights from Atlanta to London have Wi-Fi?", [
        ("Do any Delta flights from Atlanta to London have Wi-Fi?", F, "scope"),
        ("Does my Delta flight from Atlanta to London tonight have Wi-Fi?", F, "scope"),
        ("Do all Delta flights from Atlanta to London have free Wi-Fi?", F, "qualifier"),
        ("Is there Wi-Fi on every Delta flight from Atlanta to London?", T, "synonym"),
    ]),
    ("general", "How do I delete a single message in a WhatsApp chat?", [
        ("How do I delete all messages in a WhatsApp chat?", F, "scope"),
        ("How do I recover a single deleted message in a WhatsApp chat?", F, "action"),
        ("how do i delete one message in a whatsapp chat", T, "typo-case"),
    ]),
    ("insurance", "Does my auto policy cover my teenage son when he drives my car?", [
        ("Does my auto policy cover my teenage son when he drives his own car?", F, "scope"),
        ("Does my teenage son's auto policy cover me when I drive his car?", F, "direction"),
        ("Hi, quick question - does my auto policy cover my teenage son when he drives my car?", T, "politeness"),
    ]),
    ("shopping", "Is every item in the store 30% off this weekend?", [
        ("Is this item 30% off this weekend?", F, "scope"),
        ("Is every item in the store 40% off this weekend?", F, "number"),
        ("Is everything in the store 30% off this weekend?", T, "synonym"),
    ]),
    ("health", "Is walking better than running for bad knees?", [
        ("Is running better than walking for bad knees?", F, "comparison"),
        ("Is walking worse than running for bad knees?", F, "comparison"),
        ("For bad knees, is walking better than running?", T, "reorder"),
    ]),
    ("banking", "Is a CD safer than a money market account?", [
        ("Is a money market account safer than a CD?", F, "comparison"),
        ("Does a CD pay a higher rate than a money market account?", F, "shared-vocabulary"),
        ("is a cd safer than a money market acct", T, "typo-case"),
    ]),
    ("programming", "Why does my CSS apply to the link but not to the button?", [
        ("Why does my CSS apply to the button but not to the link?", F, "negation"),
        ("Why does my CSS apply to neither the link nor the button?", F, "negation"),
        ("Why doesn't my CSS apply to the button, even though it applies to the link?", T, "rephrase"),
    ]),
    ("school", "Did the university raise tuition for the 2024-25 year?", [
        ("Will the university raise tuition for the 2025-26 year?", F, "time"),
        ("Did the university lower tuition for the 2024-25 year?", F, "antonym"),
        ("Did the university raise tuition for international students for the 2024-25 year?", F, "qualifier"),
        ("Was tuition raised by the university for the 2024-25 year?", T, "reorder"),
    ]),
    ("general", "When did daylight saving time start this year in the US?", [
        ("When will daylight saving time start next year in the US?", F, "time"),
        ("When does daylight saving time end this year in the US?", F, "antonym"),
        ("What date did daylight saving time begin this year in the US?", T, "synonym"),
    ]),
    ("customer-service", "Can I cancel my gym membership online?", [
        ("Do I have to cancel my gym membership online?", F, "modality"),
        ("Can I freeze my gym membership online?", F, "action"),
        ("Can I cancel my gym membership online without paying a fee?", F, "qualifier"),
        ("Is it possible to cancel my gym membership over the internet?", T, "synonym"),
    ]),
    ("travel", "Do I have to show my passport on a domestic flight in the US?", [
        ("Can I show my passport on a domestic flight in the US?", F, "modality"),
        ("Do I have to show my passport on an international flight from the US?", F, "qualifier"),
        ("Is a passport required to board a domestic flight in the US?", T, "rephrase"),
    ]),
]

ZH = [
    ("banking", "怎么从我的储蓄卡转账到信用卡？", [
        ("怎么从我的信用卡转账到储蓄卡？", F, "direction"),
        ("怎么从我的储蓄卡转账到别人的信用卡？", F, "scope"),
        ("请问怎么从我的储蓄卡转账到信用卡呢？", T, "politeness"),
        ("怎么从我的储蓄卡转账到信用卡呢", T, "particles"),
    ]),
    ("shopping", "网上买的衣服可以到实体店退吗？", [
        ("实体店买的衣服可以在网上退吗？", F, "direction"),
        ("网上买的衣服可以到实体店换吗？", F, "action"),
        ("网上买的衣服没有小票可以到实体店退吗？", F, "qualifier"),
        ("网上买的衣服，可以到实体店退吗", T, "particles"),
    ]),
    ("programming", "Python里怎么判断字典中是否存在某个键？", [
        ("Python里怎么删除字典中的某个键？", F, "action"),
        ("Java里怎么判断Map中是否存在某个键？", F, "entity"),
        ("python 怎么判断 dict 里有没有某个 key", T, "rephrase"),
    ]),
    ("math", "3x + 7 = 22，x等于多少？", [
        ("3x - 7 = 22，x等于多少？", F, "operator"),
        ("解方程：3x + 7 = 22", T, "rephrase"),
        ("3x＋7＝22，x等于多少", T, "particles"),
    ]),
    ("travel", "中国护照去泰国需要签证吗？", [
        ("泰国护照去中国需要签证吗？", F, "direction"),
        ("中国护照去泰国工作需要签证吗？", F, "qualifier"),
        ("拿中国护照去泰国要不要办签证？", T, "rephrase"),
    ]),
    ("health", "布洛芬和对乙酰氨基酚可以一起吃吗？", [
        ("布洛芬和阿司匹林可以一起吃吗？", F, "entity"),
        ("布洛芬和对乙酰氨基酚必须一起吃吗？", F, "modality"),
        ("对乙酰氨基酚和布洛芬能同时服用吗？", T, "synonym"),
    ]),
    ("customer-service", "快递显示已签收但我没收到，怎么办？", [
        ("快递显示未签收但我已经收到了，怎么办？", F, "negation"),
        ("快递显示已签收但我没收到，找谁赔偿？", F, "question-word"),
        ("您好，快递显示已经签收了，可是我没有收到，请问该怎么办？", T, "politeness"),
    ]),
    ("telecom", "怎么把手机号从移动转到联通？", [
        ("怎么把手机号从联通转到移动？", F, "direction"),
        ("怎么把手机号从移动转到电信？", F, "entity"),
        ("怎么把宽带从移动转到联通？", F, "object"),
        ("手机号怎么从移动携号转网到联通？", T, "synonym"),
    ]),
    ("insurance", "车险能赔冰雹砸坏的车吗？", [
        ("家财险能赔冰雹砸坏的车吗？", F, "entity"),
        ("只买了交强险，冰雹砸坏的车能赔吗？", F, "qualifier"),
        ("冰雹砸坏的车，车险能赔吗？", T, "reorder"),
    ]),
    ("school", "期中考试没及格可以补考吗？", [
        ("期中考试没及格必须补考吗？", F, "modality"),
        ("期中考试及格了可以重考吗？", F, "negation"),
        ("期中考试不及格的话能补考吗？", T, "synonym"),
    ]),
    ("cooking", "溏心蛋要煮几分钟？", [
        ("全熟蛋要煮几分钟？", F, "antonym"),
        ("溏心蛋要蒸几分钟？", F, "action"),
        ("溏心蛋要煮几分钟呢", T, "particles"),
        ("溏心蛋要煮几分种", T, "typo-case"),
    ]),
    ("legal-hr", "公司可以扣我工资赔偿弄坏的电脑吗？", [
        ("公司可以扣我最后一个月的工资赔偿弄坏的电脑吗？", F, "qualifier"),
        ("公司可以让我全额赔偿弄坏的电脑吗？", F, "shared-vocabulary"),
        ("电脑被我弄坏了，公司能从工资里扣钱吗？", T, "rephrase"),
    ]),
    ("real-estate", "二手房交易的契税是买方交还是卖方交？", [
        ("二手房交易的契税是卖方交还是买方交？", T, "reorder"),
        ("二手房交易的个税是买方交还是卖方交？", F, "object"),
    ]),
    ("automotive", "2018款卡罗拉多久换一次机油？", [
        ("2018款思域多久换一次机油？", F, "entity"),
        ("2008款卡罗拉多久换一次机油？", F, "number"),
        ("18款卡罗拉机油多长时间换一次？", T, "rephrase"),
        ("2018款卡罗拉多久换一次机油啊？", T, "particles"),
    ]),
    ("government", "身份证过期了怎么在异地换领？", [
        ("身份证丢了怎么在异地补办？", F, "shared-vocabulary"),
        ("身份证过期了怎么在户籍地换领？", F, "qualifier"),
        ("请问身份证过期了，在外地怎么换新的？", T, "rephrase"),
    ]),
    ("gaming", "王者荣耀怎么把皮肤送给好友？", [
        ("王者荣耀怎么向好友索要皮肤？", F, "direction"),
        ("和平精英怎么把皮肤送给好友？", F, "entity"),
        ("王者荣耀的皮肤怎么赠送给好友？", T, "synonym"),
    ]),
    ("hr-payroll", "加班费是按工资的1.5倍算吗？", [
        ("加班费是按工资的2倍算吗？", F, "number"),
        ("周末加班费是按工资的1.5倍算吗？", F, "qualifier"),
        ("加班工资是不是按1.5倍工资计算？", T, "rephrase"),
    ]),
    ("general", "北京冬至那天几点日落？", [
        ("北京冬至那天几点日出？", F, "antonym"),
        ("上海冬至那天几点日落？", F, "entity"),
        ("冬至那天北京几点日落？", T, "reorder"),
    ]),
    ("programming", "Java里怎么把字符串转成整数？", [
        ("Java里怎么把整数转成字符串？", F, "direction"),
        ("Go里怎么把字符串转成整数？", F, "entity"),
        ("Java 中 String 怎么转 int？", T, "rephrase"),
    ]),
    ("banking", "借记卡每天ATM取现限额是多少？", [
        ("借记卡每天ATM存款限额是多少？", F, "antonym"),
        ("借记卡在境外每天ATM取现限额是多少？", F, "qualifier"),
        ("借记卡每天atm取现限额是多少", T, "typo-case"),
    ]),
    ("shopping", "华为P60比iPhone 15便宜吗？", [
        ("iPhone 15比华为P60便宜吗？", F, "comparison"),
        ("华为P60比iPhone 15贵吗？", F, "antonym"),
        ("华为P60比iPhone 15 Pro便宜吗？", F, "entity"),
        ("华为P60的价格比iPhone 15低吗？", T, "synonym"),
    ]),
    ("health", "抽血前几个小时不能吃东西？", [
        ("抽血后几个小时不能吃东西？", F, "direction"),
        ("抽血前为什么不能吃东西？", F, "question-word"),
        ("抽血之前要空腹多少个小时？", T, "rephrase"),
    ]),
    ("telecom", "我的套餐在香港有免费漫游吗？", [
        ("我的套餐在澳门有免费漫游吗？", F, "entity"),
        ("我爸的套餐在香港有免费漫游吗？", F, "scope"),
        ("在香港漫游，我这个套餐免费吗？", T, "reorder"),
        ("我的套餐在香港有免费漫游吗?", T, "particles"),
    ]),
    ("insurance", "重疾险交了三年退保能退多少钱？", [
        ("重疾险交了五年退保能退多少钱？", F, "number"),
        ("重疾险交了三年退保会有什么损失？", F, "question-word"),
        ("重疾险已经交了3年，现在退保能拿回多少钱？", T, "rephrase"),
    ]),
    ("math", "91是质数吗？", [
        ("97是质数吗？", F, "number"),
        ("91是合数吗？", F, "antonym"),
        ("91是不是质数？", T, "rephrase"),
        ("91是素数吗？", T, "synonym"),
    ]),
    ("customer-service", "订单发货后还能修改收货地址吗？", [
        ("订单发货前还能修改收货地址吗？", F, "direction"),
        ("订单发货后还能取消吗？", F, "action"),
        ("已经发货的订单，收货地址还可以改吗？", T, "rephrase"),
        ("订单发货后，还能修改收货地址吗", T, "particles"),
    ]),
    ("travel", "国航从北京飞成都托运行李限额是多少？", [
        ("国航从北京飞东京托运行李限额是多少？", F, "entity"),
        ("国航从北京飞成都超重行李怎么收费？", F, "question-word"),
        ("国航北京到成都的航班，托运行李能带多少公斤？", T, "rephrase"),
    ]),
    ("cooking", "做蛋糕可以用小苏打代替泡打粉吗？", [
        ("做蛋糕可以用泡打粉代替小苏打吗？", F, "direction"),
        ("做馒头可以用小苏打代替泡打粉吗？", F, "object"),
        ("做蛋糕可以把小苏打换成泡打粉吗？", F, "direction"),
        ("做蛋糕时泡打粉可以换成小苏打吗？", T, "rephrase"),
    ]),
    ("legal-hr", "试用期辞职需要提前几天通知公司？", [
        ("试用期公司辞退我需要提前几天通知？", F, "direction"),
        ("转正后辞职需要提前几天通知公司？", F, "qualifier"),
        ("试用期内离职要提前多少天跟公司说？", T, "synonym"),
        ("试用期辞职，需要提前几天通知公司呢？", T, "particles"),
    ]),
    ("gaming", "Steam上怎么把游戏送给朋友？", [
        ("Steam上怎么接收朋友送的游戏？", F, "direction"),
        ("Steam上送给朋友的游戏怎么退款？", F, "action"),
        ("steam怎么赠送游戏给好友", T, "synonym"),
    ]),
    ("hr-payroll", "年终奖的个税比工资的税率高吗？", [
        ("工资的个税比年终奖的税率高吗？", F, "comparison"),
        ("年终奖的个税比工资的税率低吗？", F, "antonym"),
        ("年终奖扣的个税是不是比工资的税率高？", T, "rephrase"),
    ]),
    ("general", "“的”“地”“得”有什么区别？", [
        ("“地”“得”“的”有什么区别？", T, "reorder"),
        ("“的”“地”“得”分别怎么读？", F, "question-word"),
        ("的地得的区别是什么", T, "rephrase"),
    ]),
    ("programming", "git reset --hard HEAD~1 是什么意思？", [
        ("git reset --soft HEAD~1 是什么意思？", F, "antonym"),
        ("git reset --hard HEAD~2 是什么意思？", F, "number"),
        ("git revert HEAD~1 是什么意思？", F, "action"),
        ("git reset --hard HEAD~1是什么意思?", T, "particles"),
    ]),
    ("math", "x减5等于12，x是多少？", [
        ("x加5等于12，x是多少？", F, "operator"),
        ("5减x等于12，x是多少？", F, "direction"),
        ("x减5等于21，x是多少？", F, "number"),
        ("x - 5 = 12，求x", T, "rephrase"),
    ]),
    ("banking", "我给<PERSON_1>的转账为什么被退回了？", [
        ("<PERSON_1>给我的转账为什么被退回了？", F, "direction"),
        ("我给<PERSON_1>的转账会被退回吗？", F, "time"),
        ("我给<PERSON_1>的转账被退回了吗？", F, "question-word"),
        ("为什么我转给<PERSON_1>的钱被退回来了？", T, "rephrase"),
    ]),
    ("shopping", "新疆和西藏包邮吗？", [
        ("西藏和新疆包邮吗？", T, "reorder"),
        ("新疆和西藏能发货吗？", F, "shared-vocabulary"),
        ("新疆、西藏包不包邮", T, "rephrase"),
    ]),
    ("health", "低烧可以运动吗？", [
        ("高烧可以运动吗？", F, "antonym"),
        ("退烧后可以运动吗？", F, "qualifier"),
        ("有点低烧的话能不能锻炼？", T, "rephrase"),
    ]),
    ("telecom", "为什么晚上网速比早上慢？", [
        ("为什么早上网速比晚上慢？", F, "comparison"),
        ("为什么晚上网速比早上快？", F, "antonym"),
        ("晚上的网速为什么比早上慢？", T, "reorder"),
        ("为什么晚上网速比早上慢呀", T, "particles"),
    ]),
    ("insurance", "旅行险能赔因为台风取消的行程吗？", [
        ("旅行险能赔因为台风延误的航班吗？", F, "object"),
        ("台风预警发布后才买的旅行险能赔因为台风取消的行程吗？", F, "qualifier"),
        ("因为台风取消了行程，旅行险能赔吗？", T, "reorder"),
    ]),
    ("school", "保研的GPA最低要求是多少？", [
        ("保研的GPA平均是多少？", F, "shared-vocabulary"),
        ("保研的gpa最低要求是多少", T, "typo-case"),
        ("保研的GPA最低要求是多少啊", T, "particles"),
    ]),
    ("automotive", "一年跑两万公里，买车好还是租车好？", [
        ("一年跑五千公里，买车好还是租车好？", F, "number"),
        ("一年跑两万公里，租车好还是买车好？", T, "reorder"),
        ("一年跑2万公里的话，买车和租车哪个更好？", T, "rephrase"),
    ]),
    ("government", "外地户口可以在北京考驾照吗？", [
        ("北京户口可以在外地考驾照吗？", F, "direction"),
        ("外地户口可以在北京买房吗？", F, "action"),
        ("外地户口必须在北京考驾照吗？", F, "modality"),
        ("外地户口能在北京考驾照吗", T, "synonym"),
    ]),
    ("cooking", "烤鸡腿烤箱要调多少度？", [
        ("烤鸡腿烤箱要烤多久？", F, "question-word"),
        ("烤鸡腿空气炸锅要调多少度？", F, "entity"),
        ("用烤箱烤鸡腿，温度调多少合适？", T, "rephrase"),
        ("烤鸡腿，烤箱要调多少度呢？", T, "particles"),
    ]),
    ("real-estate", "租房合同没到期，房东可以涨房租吗？", [
        ("租房合同到期了，房东可以涨房租吗？", F, "negation"),
        ("租房合同没到期，我可以要求房东降房租吗？", F, "shared-vocabulary"),
        ("合同还没到期，房东能不能涨租金？", T, "synonym"),
    ]),
    ("customer-service", "怎么取消发到<EMAIL_1>的营销邮件？", [
        ("怎么订阅发到<EMAIL_1>的营销邮件？", F, "antonym"),
        ("怎么取消发到<PHONE_1>的营销短信？", F, "object"),
        ("麻烦帮我退订一下发到<EMAIL_1>的营销邮件，谢谢", T, "politeness"),
        ("发到<EMAIL_1>的营销邮件怎么取消？", T, "reorder"),
    ]),
    ("programming", "JavaScript里为什么0.1 + 0.2不等于0.3？", [
        ("JavaScript里为什么0.5 + 0.25等于0.75？", F, "number"),
        ("JavaScript里怎么让0.1 + 0.2等于0.3？", F, "question-word"),
        ("JavaScript里为什么0.1 + 0.2等于0.3？", F, "negation"),
        ("js里 0.1+0.2 为什么不等于 0.3", T, "typo-case"),
    ]),
    ("travel", "国际航班最早提前多久可以值机？", [
        ("国际航班最晚提前多久必须值机？", F, "antonym"),
        ("国内航班最早提前多久可以值机？", F, "qualifier"),
        ("国际航班最早什么时候能办值机？", T, "rephrase"),
    ]),
    ("health", "舍曲林突然停药会有什么副作用？", [
        ("舍曲林刚开始吃会有什么副作用？", F, "action"),
        ("舍曲林慢慢减量停药会有什么副作用？", F, "antonym"),
        ("左洛复突然停药会有什么副作用？", T, "synonym"),
    ]),
    ("cooking", "一汤匙等于几茶匙？", [
        ("一茶匙等于几汤匙？", F, "direction"),
        ("三汤匙等于几茶匙？", F, "number"),
        ("1汤匙等于几茶匙", T, "synonym"),
    ]),
    ("banking", "存他行支票要收手续费吗？", [
        ("兑现他行支票要收手续费吗？", F, "action"),
        ("往他行存支票要收手续费吗？", F, "direction"),
        ("存入其他银行的支票需要手续费吗？", T, "synonym"),
    ]),
    ("shopping", "iPhone 15包装盒里有充电头吗？", [
        ("iPhone 15包装盒里有数据线吗？", F, "object"),
        ("iPhone 11包装盒里有充电头吗？", F, "number"),
        ("小米14包装盒里有充电头吗？", F, "entity"),
        ("iphone15盒子里带不带充电头", T, "typo-case"),
        ("iPhone 15包装盒里有充电头吗？？", T, "particles"),
    ]),
    ("legal-hr", "不签竞业协议公司可以辞退我吗？", [
        ("签了竞业协议公司可以辞退我吗？", F, "negation"),
        ("不签竞业协议我可以辞职吗？", F, "direction"),
        ("如果我不签竞业协议，公司能把我开除吗？", T, "rephrase"),
    ]),
    ("math", "80的15%是多少？", [
        ("80减去15%是多少？", F, "operator"),
        ("80的25%是多少？", F, "number"),
        ("15是80的百分之多少？", F, "direction"),
        ("帮我算一下80的15%是多少，谢谢", T, "politeness"),
    ]),
    ("telecom", "怎么设置把手机来电转接到座机？", [
        ("怎么设置把座机来电转接到手机？", F, "direction"),
        ("怎么取消把手机来电转接到座机？", F, "action"),
        ("手机来电怎么设置呼叫转移到座机？", T, "synonym"),
    ]),
    ("insurance", "出险一次第二年保费会涨吗？", [
        ("出险两次第二年保费会涨吗？", F, "number"),
        ("没出险第二年保费会降吗？", F, "negation"),
        ("出险一次第二年保费涨多少？", F, "question-word"),
        ("出险一次，第二年保费会不会上涨？", T, "synonym"),
    ]),
    ("school", "高考数学可以带计算器吗？", [
        ("考研数学可以带计算器吗？", F, "entity"),
        ("高考数学必须带计算器吗？", F, "modality"),
        ("高考数学考试允许带计算器吗？", T, "synonym"),
        ("高考数学可以带计算器吗?", T, "particles"),
    ]),
    ("gaming", "我的世界怎么把存档从电脑转到手机？", [
        ("我的世界怎么把存档从手机转到电脑？", F, "direction"),
        ("我的世界怎么把存档从电脑删掉？", F, "action"),
        ("我的世界怎么把皮肤从电脑转到手机？", F, "object"),
        ("Minecraft 怎么把存档从电脑转到手机？", T, "synonym"),
    ]),
    ("general", "李白和杜甫谁的年纪大？", [
        ("杜甫和李白谁的年纪大？", T, "reorder"),
        ("李白和白居易谁的年纪大？", F, "entity"),
        ("李白和杜甫谁更有名？", F, "shared-vocabulary"),
    ]),
    ("programming", "Python列表怎么按字典的某个键降序排序？", [
        ("Python列表怎么按字典的某个键升序排序？", F, "antonym"),
        ("Python列表怎么按字典的某个键去重？", F, "action"),
        ("python 怎么把 list of dict 按某个 key 倒序排", T, "rephrase"),
    ]),
    ("customer-service", "我的退款会退回到原来的支付账户吗？", [
        ("我的退款已经退回到原来的支付账户了吗？", F, "time"),
        ("我的退款会退回到银行卡吗？", F, "object"),
        ("退款是原路退回到原来的支付账户吗？", T, "rephrase"),
    ]),
    ("general", "怎么把群里所有人都禁言？", [
        ("怎么把群里某个人禁言？", F, "scope"),
        ("怎么把群里所有人都解除禁言？", F, "antonym"),
        ("怎么让群里的所有人都不能发言？", T, "rephrase"),
    ]),
    ("government", "我申请的护照办好了吗？", [
        ("我申请的护照能办下来吗？", F, "time"),
        ("我申请的护照什么时候能办好？", F, "question-word"),
        ("请问我申请的护照已经办好了没有？", T, "politeness"),
    ]),
    ("telecom", "手机能连WiFi但连不上移动数据，为什么？", [
        ("手机能连移动数据但连不上WiFi，为什么？", F, "negation"),
        ("手机WiFi和移动数据都连不上，为什么？", F, "negation"),
        ("为什么手机能连WiFi却连不上移动数据？", T, "reorder"),
        ("你好，我手机能连WiFi，但是连不上移动数据，这是为什么呀？", T, "politeness"),
    ]),
    ("legal-hr", "离职时公司必须当天结清工资吗？", [
        ("离职时公司可以当天结清工资吗？", F, "modality"),
        ("离职时公司必须支付经济补偿吗？", F, "object"),
        ("辞职的时候公司是不是一定要当天把工资结清？", T, "rephrase"),
    ]),
    ("general", "iPhone的Face ID怎么重置？", [
        ("iPhone的Touch ID怎么重置？", F, "object"),
        ("iPhone的Face ID怎么关闭？", F, "action"),
        ("iphone face id 如何重置", T, "typo-case"),
    ]),
    ("insurance", "怎么查看<PERSON_1>名下所有的保单？", [
        ("怎么查看我名下所有的保单？", F, "scope"),
        ("怎么退掉<PERSON_1>名下所有的保单？", F, "action"),
        ("<PERSON_1>名下所有的保单怎么查？", T, "reorder"),
    ]),
    ("math", "2的10次方是多少？", [
        ("2乘10是多少？", F, "operator"),
        ("10的2次方是多少？", F, "direction"),
        ("2的-10次方是多少？", F, "operator"),
        ("2^10等于几", T, "rephrase"),
    ]),
    ("programming", "SQL里怎么查询价格大于100并且库存小于10的记录？", [
        ("SQL里怎么查询价格大于100或者库存小于10的记录？", F, "operator"),
        ("SQL里怎么查询价格小于100并且库存小于10的记录？", F, "operator"),
        ("sql 查询 price > 100 and stock < 10 的记录怎么写", T, "rephrase"),
    ]),
    ("shopping", "华为Mate 60降过价吗？", [
        ("华为Mate 60会降价吗？", F, "time"),
        ("华为Mate 60涨过价吗？", F, "antonym"),
        ("华为Mate 60以前降过价没有？", T, "rephrase"),
    ]),
    ("real-estate", "小区的物业费今年涨了吗？", [
        ("小区的物业费明年会涨吗？", F, "time"),
        ("小区的停车费今年涨了吗？", F, "object"),
        ("今年小区的物业费涨没涨？", T, "rephrase"),
    ]),
    ("shopping", "这家店所有商品都打八折吗？", [
        ("这家店这件商品打八折吗？", F, "scope"),
        ("这家店所有商品都打七折吗？", F, "number"),
        ("这家店全场商品都打八折吗？", T, "synonym"),
    ]),
    ("health", "走路比跑步更适合膝盖不好的人吗？", [
        ("跑步比走路更适合膝盖不好的人吗？", F, "comparison"),
        ("走路比骑车更适合膝盖不好的人吗？", F, "entity"),
        ("膝盖不好的人，走路是不是比跑步更合适？", T, "rephrase"),
    ]),
]


def rows():
    n = 0
    for lang, groups in (("en", EN), ("zh", ZH)):
        for domain, base, entries in groups:
            n += 1
            gid = "dx-%03d" % n
            for e in entries:
                if len(e) == 4:
                    a, b, label, cls = e
                else:
                    a = base
                    b, label, cls = e
                yield {"a": a, "b": b, "label": label, "lang": lang, "class": cls,
                       "domain": domain, "group": gid, "split": "dev"}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", "dev-extra.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
