#!/usr/bin/env python3
"""Literal data for the ORDINARY (Quora / Zhihu style) cache-pair evaluation set.

Writes ../ordinary.jsonl. Each group has one base question `a` and a list of
candidate questions `b`:
  "D" -> class "duplicate", label true  (a good answer to a fully answers b)
  "R" -> class "related",   label false (same topic, different question)
Group ids are assigned in order (ord-001, ord-002, ...).
"""
import json
import os

G = [
    # ------------------------------------------------------------ programming
    ("programming", "en", "What is the best way to learn Python as a complete beginner?", [
        ("D", "How should a total beginner start learning Python?"),
        ("D", "best way to learn python if i have never programmed before"),
        ("R", "What is the best way to learn Python for data analysis if I already know R?"),
        ("R", "Is Python a good first programming language for a complete beginner?"),
    ]),
    ("programming", "en", "What is the difference between a process and a thread?", [
        ("D", "How does a thread differ from a process?"),
        ("D", "process vs thread - whats the diffrence"),
        ("R", "What is the difference between a thread and a coroutine?"),
        ("R", "Why are threads cheaper to create than processes?"),
    ]),
    ("programming", "en", "How do I reverse a linked list in Java?", [
        ("D", "What is the code to reverse a linked list in Java?"),
        ("D", "how to reverse a linked list in java"),
        ("R", "How do I reverse a linked list in Python?"),
        ("R", "How do I detect a cycle in a linked list in Java?"),
    ]),
    ("programming", "en", "Why is Git so hard to learn?", [
        ("D", "Why do so many people find Git difficult to learn?"),
        ("D", "Why is learning Git so difficult?"),
        ("R", "What is the best way to learn Git?"),
    ]),
    ("programming", "en", "How do I undo the last commit in Git?", [
        ("D", "How can I undo my most recent git commit?"),
        ("D", "git: how to undo last commit??"),
        ("R", "How do I undo a git push to a remote branch?"),
        ("R", "How do I change the message of the last commit in Git?"),
    ]),
    ("programming", "en", "Should I learn React or Angular first?", [
        ("D", "Which is better to learn first, Angular or React?"),
        ("D", "React or Angular: which one should I learn first?"),
        ("R", "Should I learn React or Vue first?"),
    ]),
    ("programming", "en", "How do I fix 'permission denied' when running a shell script on Linux?", [
        ("D", "I get 'permission denied' when I try to run my .sh script on Linux. How do I fix it?"),
        ("D", "bash script gives permission denied on linux, how to fix"),
        ("R", "How do I fix 'command not found' when running a shell script on Linux?"),
    ]),
    ("programming", "en", "What are the most common mistakes beginner programmers make?", [
        ("D", "Which mistakes do new programmers make most often?"),
        ("D", "What are typical errors people make when they are just starting to learn to code?"),
        ("R", "What are the most common mistakes senior programmers make?"),
        ("R", "How do beginner programmers get better at debugging?"),
    ]),

    # ------------------------------------------------------------ technology
    ("technology", "en", "Why does my phone battery drain so fast?", [
        ("D", "What makes my smartphone battery run out so quickly?"),
        ("D", "why is my phones battery dying so fast"),
        ("R", "Why does my laptop battery drain so fast?"),
        ("R", "Does fast charging damage my phone battery?"),
    ]),
    ("technology", "en", "Is it worth buying an iPhone over an Android phone?", [
        ("D", "Should I buy an iPhone instead of an Android phone?"),
        ("D", "Are iPhones worth it compared to Android phones?"),
        ("R", "Is it worth buying a refurbished iPhone?"),
    ]),
    ("technology", "en", "How do I speed up a slow Windows 10 laptop?", [
        ("D", "What can I do to make my slow Windows 10 laptop faster?"),
        ("D", "my windows 10 laptop is really slow, how do i make it faster"),
        ("R", "How do I speed up a slow Mac?"),
        ("R", "Why does my Windows 10 laptop overheat?"),
    ]),
    ("technology", "en", "What is the difference between RAM and storage?", [
        ("D", "How is RAM different from storage space on a computer?"),
        ("D", "RAM vs storage: what's the difference?"),
        ("R", "What is the difference between an SSD and an HDD?"),
    ]),
    ("technology", "en", "How does a VPN protect my privacy?", [
        ("D", "In what way does using a VPN keep me private online?"),
        ("D", "How does a VPN actually keep my browsing private?"),
        ("R", "Is it legal to use a VPN?"),
    ]),
    ("technology", "en", "What is the best way to back up my photos?", [
        ("D", "How should I back up all my photos so I never lose them?"),
        ("D", "whats the best way to backup photos"),
        ("R", "What is the best way to organize my photos?"),
        ("R", "What is the best way to recover deleted photos?"),
    ]),
    ("technology", "en", "How does blockchain work in simple terms?", [
        ("D", "Can someone explain how blockchain technology works in plain English?"),
        ("D", "ELI5: how does a blockchain actually work?"),
        ("R", "What is blockchain used for besides cryptocurrency?"),
        ("R", "How does Bitcoin mining work in simple terms?"),
    ]),

    # ------------------------------------------------------------ health
    ("health", "en", "How can I fall asleep faster at night?", [
        ("D", "What are some ways to fall asleep more quickly?"),
        ("D", "how do i fall asleep fast"),
        ("R", "How can I stop waking up in the middle of the night?"),
        ("R", "How many hours of sleep does an adult need?"),
    ]),
    ("health", "en", "What are the early symptoms of diabetes?", [
        ("D", "What are the first signs that someone has diabetes?"),
        ("D", "What are the warning signs of diabetes in its early stages?"),
        ("R", "What are the early symptoms of high blood pressure?"),
    ]),
    ("health", "en", "Is it bad to drink coffee on an empty stomach?", [
        ("D", "Is drinking coffee before eating anything harmful?"),
        ("D", "Is coffee on an empty stomach bad for you?"),
        ("R", "Is it bad to drink coffee every day?"),
        ("R", "Is it bad to drink green tea on an empty stomach?"),
    ]),
    ("health", "en", "How much water should I drink a day?", [
        ("D", "How many litres of water should a person drink daily?"),
        ("D", "What is the recommended daily water intake for an adult?"),
        ("R", "Can you drink too much water in a day?"),
        ("R", "How much protein should I eat a day?"),
    ]),
    ("health", "en", "How do I get rid of a headache without medicine?", [
        ("D", "What are natural ways to relieve a headache without taking pills?"),
        ("D", "How can I cure a headache naturally, without painkillers?"),
        ("R", "How do I get rid of a migraine fast?"),
    ]),
    ("health", "en", "What are the benefits of running every day?", [
        ("D", "What good does running daily do for your body?"),
        ("D", "Why is it good to run every day?"),
        ("R", "What are the risks of running every day?"),
        ("R", "What are the benefits of walking every day?"),
    ]),
    ("health", "en", "How can I lose belly fat?", [
        ("D", "What is the best way to get rid of belly fat?"),
        ("D", "how to reduce stomach fat"),
        ("R", "How can I lose fat on my face?"),
        ("R", "How can I get visible abs?"),
    ]),
    ("health", "en", "How do I deal with anxiety before an exam?", [
        ("D", "What can I do to calm my nerves before an exam?"),
        ("D", "I always get really anxious right before exams. How do I cope with it?"),
        ("R", "How do I deal with anxiety at work?"),
        ("R", "How do I deal with anxiety after failing an exam?"),
    ]),
    ("health", "en", "How many times a week should I work out to build muscle?", [
        ("D", "How often should I go to the gym per week if I want to gain muscle?"),
        ("D", "how many days per week should i lift to build muscle"),
        ("R", "How many times a week should I work out to lose weight?"),
    ]),

    # ------------------------------------------------------------ banking / money
    ("banking", "en", "How do I improve my credit score quickly?", [
        ("D", "What is the fastest way to raise my credit score?"),
        ("D", "how can i boost my credit score fast"),
        ("R", "How do I check my credit score for free?"),
        ("R", "Does checking my credit score lower it?"),
    ]),
    ("banking", "en", "What is the difference between a debit card and a credit card?", [
        ("D", "How does a credit card differ from a debit card?"),
        ("R", "Is it safer to shop online with a debit card or a credit card?"),
        ("R", "What is the difference between a credit card and a charge card?"),
    ]),
    ("banking", "en", "Should I pay off debt or save money first?", [
        ("D", "Is it better to pay off my debt before I start saving?"),
        ("D", "Which should come first: paying off debt or building savings?"),
        ("R", "Should I pay off my student loans or invest?"),
    ]),
    ("banking", "en", "How does compound interest work?", [
        ("D", "Can someone explain how compound interest works?"),
        ("D", "What is compound interest and how does it work?"),
        ("R", "What is the difference between simple and compound interest?"),
        ("R", "How do I calculate compound interest in Excel?"),
    ]),
    ("banking", "en", "What is the best way to start investing with little money?", [
        ("D", "How can I begin investing if I only have a small amount of money?"),
        ("D", "how to start investing with only a few hundred dollars"),
        ("R", "What is the best way to invest a large inheritance?"),
    ]),
    ("banking", "en", "How do I open a bank account in another country?", [
        ("D", "How can I open a bank account abroad?"),
        ("D", "What is the process for opening a bank account in a foreign country?"),
        ("R", "How do I close a bank account in another country?"),
        ("R", "Can a foreigner open a bank account in the US?"),
    ]),
    ("banking", "en", "Why do banks charge overdraft fees?", [
        ("D", "What is the reason banks charge you a fee for overdrafts?"),
        ("R", "How do I avoid overdraft fees?"),
        ("R", "Can I get my bank to refund an overdraft fee?"),
    ]),
    ("banking", "en", "What happens if I miss a credit card payment?", [
        ("D", "What are the consequences of missing a payment on my credit card?"),
        ("D", "i forgot to pay my credit card bill this month. what happens now?"),
        ("R", "What happens if I only pay the minimum on my credit card?"),
        ("R", "What happens if I miss a mortgage payment?"),
    ]),

    # ------------------------------------------------------------ shopping
    ("shopping", "en", "Is it worth buying an extended warranty for a laptop?", [
        ("D", "Should I get the extended warranty when I buy a laptop?"),
        ("D", "Are extended warranties on laptops worth the money?"),
        ("R", "Is it worth buying an extended warranty for a car?"),
        ("R", "What does a laptop extended warranty usually cover?"),
    ]),
    ("shopping", "en", "What is the best time of year to buy a TV?", [
        ("D", "When during the year are TVs cheapest to buy?"),
        ("D", "which month is best for buying a new tv"),
        ("R", "What is the best time of year to buy a car?"),
        ("R", "What size TV should I buy for my living room?"),
    ]),
    ("shopping", "en", "Are expensive running shoes really better than cheap ones?", [
        ("D", "Is it worth paying more for running shoes, or are cheap ones just as good?"),
        ("D", "Do pricey running shoes actually make a difference compared to cheap ones?"),
        ("R", "Are expensive headphones really better than cheap ones?"),
    ]),
    ("shopping", "en", "How can I tell if an online store is legit?", [
        ("D", "How do I know whether a website selling things is a scam?"),
        ("D", "how to check if an online shop is legitimate"),
        ("R", "What should I do if I got scammed by an online store?"),
        ("R", "How can I tell if an Amazon review is fake?"),
    ]),
    ("shopping", "en", "Is a Costco membership worth it for a single person?", [
        ("D", "Does a Costco membership make sense if you live alone?"),
        ("D", "As a single person, is paying for a Costco membership worth it?"),
        ("R", "Is a Costco membership worth it for a family of four?"),
    ]),
    ("shopping", "en", "Which is better to buy, a gas stove or an electric stove?", [
        ("D", "Should I buy a gas stove or an electric one?"),
        ("R", "Which is better to buy, a gas or an electric water heater?"),
        ("R", "Is an induction cooktop better than a gas stove?"),
    ]),
    ("shopping", "en", "Why are mattresses so expensive?", [
        ("D", "What makes mattresses cost so much money?"),
        ("R", "How often should I replace my mattress?"),
        ("R", "Why are mattresses so expensive in stores compared to online?"),
    ]),

    # ------------------------------------------------------------ travel
    ("travel", "en", "What are the must-see places in Japan for a first-time visitor?", [
        ("D", "I'm visiting Japan for the first time. Which places should I not miss?"),
        ("D", "what to see in japan on your first trip"),
        ("R", "What are the must-see places in South Korea for a first-time visitor?"),
        ("R", "How much does a two-week trip to Japan cost?"),
    ]),
    ("travel", "en", "How can I find cheap flights?", [
        ("D", "What is the best way to get cheap airline tickets?"),
        ("D", "Any tips for booking cheap flights?"),
        ("R", "How can I find cheap hotels?"),
        ("R", "Is it cheaper to book flights on a Tuesday?"),
    ]),
    ("travel", "en", "Do I need a visa to visit Canada with a UK passport?", [
        ("D", "As a British citizen, do I need a visa to travel to Canada as a tourist?"),
        ("D", "Do UK citizens need a visa to go to Canada on holiday?"),
        ("R", "Do I need a visa to visit the US with a UK passport?"),
        ("R", "Do I need a visa to work in Canada with a UK passport?"),
    ]),
    ("travel", "en", "What should I pack for a week-long backpacking trip?", [
        ("D", "What do I need to bring on a seven-day backpacking trip?"),
        ("D", "Packing list for a one-week backpacking trip?"),
        ("R", "How heavy should my backpack be for a week-long hike?"),
    ]),
    ("travel", "en", "How do I deal with jet lag after a long flight?", [
        ("D", "What are the best ways to recover from jet lag?"),
        ("D", "How can I get over jet lag quickly after a long-haul flight?"),
        ("R", "Why is jet lag worse when flying east?"),
    ]),
    ("travel", "en", "Is it safe to travel alone as a woman in Morocco?", [
        ("D", "Can a woman safely travel solo in Morocco?"),
        ("D", "Is Morocco a safe country for a woman traveling alone?"),
        ("R", "Is it safe to travel alone as a woman in Egypt?"),
    ]),
    ("travel", "en", "What happens if I miss my connecting flight?", [
        ("D", "If I miss a connecting flight, what happens next?"),
        ("D", "my first flight was late and i missed the connection, what happens now"),
        ("R", "How much time do I need between connecting flights?"),
        ("R", "What happens if I miss my return flight?"),
    ]),
    ("travel", "en", "Is it rude not to tip in the US?", [
        ("D", "In the United States, is it considered rude if you don't leave a tip?"),
        ("R", "How much should I tip at a restaurant in the US?"),
        ("R", "Is it rude to tip in Japan?"),
    ]),

    # ------------------------------------------------------------ school
    ("school", "en", "How can I study more effectively for exams?", [
        ("D", "What are the best study techniques for exams?"),
        ("D", "how do i study smarter for tests"),
        ("R", "How can I stop procrastinating on studying?"),
        ("R", "How many hours a day should I study for exams?"),
    ]),
    ("school", "en", "How do I write a good college application essay?", [
        ("D", "Any tips for writing a strong college application essay?"),
        ("R", "How long should a college application essay be?"),
        ("R", "How do I write a good scholarship essay?"),
    ]),
    ("school", "en", "Is it better to take notes by hand or on a laptop?", [
        ("D", "Should I take notes on paper or on my laptop in class?"),
        ("R", "What is the best app for taking notes on a laptop?"),
        ("R", "How do I take good notes during a lecture?"),
    ]),
    ("school", "en", "How do I memorize things faster?", [
        ("D", "What are some techniques to memorize information quickly?"),
        ("D", "how can i memorise stuff quicker"),
        ("R", "Why do I forget things right after I study them?"),
    ]),
    ("school", "en", "Is a master's degree in computer science worth it?", [
        ("D", "Is it worth getting a master's in computer science?"),
        ("R", "Is a master's degree in data science worth it?"),
        ("R", "Is a PhD in computer science worth it?"),
    ]),
    ("school", "en", "How do I get better at writing essays?", [
        ("D", "What can I do to improve my essay writing skills?"),
        ("D", "My essays always get low grades. How can I write better ones?"),
        ("R", "How do I write a strong thesis statement?"),
        ("R", "How do I get better at writing fiction?"),
    ]),

    # ------------------------------------------------------------ math
    ("math", "en", "Why is division by zero undefined?", [
        ("D", "Why can't you divide a number by zero?"),
        ("D", "why is dividing by 0 not allowed in math"),
        ("R", "Why is zero factorial equal to one?"),
        ("R", "Why is any number to the power of zero equal to one?"),
    ]),
    ("math", "en", "What is the easiest way to learn calculus?", [
        ("D", "What's the simplest way to learn calculus?"),
        ("D", "How can I learn calculus in the easiest way possible?"),
        ("R", "What is the easiest way to learn linear algebra?"),
    ]),
    ("math", "en", "Is 0.999 repeating equal to 1?", [
        ("D", "Does 0.9999... really equal 1?"),
        ("D", "is 0.999 recurring the same as one"),
        ("R", "Is 0.333 repeating exactly equal to one third?"),
        ("R", "Is 1 a prime number?"),
    ]),
    ("math", "en", "How do I calculate a percentage increase?", [
        ("D", "What is the formula for the percentage increase between two numbers?"),
        ("D", "how to calculate percent increase"),
        ("R", "How do I calculate a percentage decrease?"),
        ("R", "How do I calculate what percentage one number is of another?"),
    ]),
    ("math", "en", "Why is pi an irrational number?", [
        ("D", "How do we know that pi is irrational?"),
        ("R", "Why is the square root of 2 irrational?"),
        ("R", "How many digits of pi have been calculated?"),
    ]),
    ("math", "en", "What is the probability of getting two sixes when rolling two dice?", [
        ("D", "If I roll two dice, what are the chances that both show a six?"),
        ("D", "What are the odds of rolling double sixes with two dice?"),
        ("R", "What is the probability of getting at least one six when rolling two dice?"),
        ("R", "What is the probability of rolling a sum of seven with two dice?"),
    ]),
    ("math", "en", "Why should you switch doors in the Monty Hall problem?", [
        ("D", "In the Monty Hall problem, why is switching doors the better choice?"),
        ("D", "Can someone explain why switching wins 2/3 of the time in the Monty Hall problem?"),
        ("R", "What is the Monty Hall problem with four doors?"),
        ("R", "What is the birthday paradox?"),
    ]),

    # ------------------------------------------------------------ cooking
    ("cooking", "en", "How do I cook perfect rice on the stove?", [
        ("D", "What's the best way to make fluffy rice in a pot on the stovetop?"),
        ("D", "how to cook rice on the stove so it comes out perfect"),
        ("R", "How do I cook brown rice on the stove?"),
        ("R", "How do I cook rice in a rice cooker?"),
    ]),
    ("cooking", "en", "How long should I boil an egg for a runny yolk?", [
        ("D", "How many minutes do I boil an egg to get a soft, runny yolk?"),
        ("R", "How long should I boil an egg for a hard yolk?"),
        ("R", "How do I peel a boiled egg easily?"),
    ]),
    ("cooking", "en", "Why is my bread not rising?", [
        ("D", "What causes homemade bread dough to not rise?"),
        ("D", "my bread dough isnt rising, why"),
        ("R", "Why is my bread too dense even though it rose?"),
        ("R", "Why does my bread rise and then collapse in the oven?"),
    ]),
    ("cooking", "en", "Can I substitute baking soda for baking powder?", [
        ("D", "Is it possible to use baking soda instead of baking powder in a recipe?"),
        ("D", "If a recipe calls for baking powder, can I use baking soda instead?"),
        ("R", "Can I substitute baking powder for baking soda?"),
        ("R", "What is the difference between baking soda and baking powder?"),
    ]),
    ("cooking", "en", "How do I keep my cast iron pan from rusting?", [
        ("D", "What is the best way to prevent a cast iron skillet from getting rusty?"),
        ("D", "How can I stop my cast iron skillet from rusting?"),
        ("R", "How do I remove rust from a cast iron pan?"),
    ]),
    ("cooking", "en", "What is the secret to making crispy french fries at home?", [
        ("D", "How do I make homemade fries that are actually crispy?"),
        ("R", "How do I make crispy french fries in an air fryer?"),
        ("R", "What kind of potatoes are best for french fries?"),
    ]),
    ("cooking", "en", "How long can cooked chicken stay in the fridge?", [
        ("D", "For how many days is leftover cooked chicken safe in the refrigerator?"),
        ("D", "how long is cooked chicken good for in the fridge"),
        ("R", "How long can raw chicken stay in the fridge?"),
        ("R", "How long can cooked chicken stay in the freezer?"),
    ]),

    # ------------------------------------------------------------ legal-hr
    ("legal-hr", "en", "Can my employer fire me without giving a reason?", [
        ("D", "Is it legal for a company to fire an employee without telling them why?"),
        ("D", "Can I be fired from my job without any reason given?"),
        ("R", "Can my employer fire me for being sick?"),
    ]),
    ("legal-hr", "en", "Do I need a lawyer to write a will?", [
        ("D", "Can I make a valid will without hiring a lawyer?"),
        ("D", "Is it necessary to hire a lawyer to write my will?"),
        ("R", "How much does a lawyer charge to write a will?"),
    ]),
    ("legal-hr", "en", "How should I resign from my job professionally?", [
        ("D", "What is the proper way to quit a job on good terms?"),
        ("D", "how do i quit my job without burning bridges"),
        ("R", "How much notice should I give before quitting my job?"),
        ("R", "Should I tell my coworkers I'm quitting before I tell my boss?"),
    ]),
    ("legal-hr", "en", "Can my landlord enter my apartment without permission?", [
        ("D", "Is it legal for a landlord to come into my flat without asking me?"),
        ("D", "Does my landlord need my permission to enter my apartment?"),
        ("R", "Can my landlord raise my rent in the middle of a lease?"),
        ("R", "Can my landlord keep my deposit for normal wear and tear?"),
    ]),
    ("legal-hr", "en", "What should I do if I'm being harassed at work?", [
        ("D", "How do I handle being harassed by someone at my workplace?"),
        ("R", "What should I do if I'm accused of harassment at work?"),
        ("R", "What should I do if I'm being bullied at school?"),
    ]),
    ("legal-hr", "en", "Is it legal to record a phone call without the other person knowing?", [
        ("D", "Can I legally record a phone conversation without telling the other party?"),
        ("D", "Is secretly recording a phone call legal?"),
        ("R", "Is it legal to secretly record my boss during a meeting at work?"),
        ("R", "How do I record a phone call on an iPhone?"),
    ]),

    # ------------------------------------------------------------ career
    ("career", "en", "How do I become a data scientist without a degree?", [
        ("D", "How can I get into data science if I don't have a college degree?"),
        ("R", "How do I become a data engineer without a degree?"),
        ("R", "What skills does a data scientist need?"),
    ]),
    ("career", "en", "How do I prepare for a job interview?", [
        ("D", "What should I do to get ready for a job interview?"),
        ("D", "best way to prepare for an interview"),
        ("R", "What should I wear to a job interview?"),
        ("R", "How do I follow up after a job interview?"),
    ]),
    ("career", "en", "How do I ask my boss for a raise?", [
        ("D", "What's the best way to approach my manager about getting a pay raise?"),
        ("D", "tips for asking for a raise at work?"),
        ("R", "How do I ask my boss for a promotion?"),
        ("R", "How much of a raise should I ask for?"),
    ]),
    ("career", "en", "How should I answer 'what is your greatest weakness' in an interview?", [
        ("D", "What is a good answer to the 'greatest weakness' interview question?"),
        ("D", "how to answer what is your biggest weakness interview question"),
        ("R", "How should I answer 'what is your greatest strength' in an interview?"),
    ]),
    ("career", "en", "Is it too late to change careers at 40?", [
        ("D", "Can I still switch to a new career when I'm 40 years old?"),
        ("D", "I'm 40 and unhappy in my field. Is it too late to start a completely different career?"),
        ("R", "Is it too late to learn programming at 40?"),
        ("R", "Is it too late to go to medical school at 40?"),
    ]),
    ("career", "en", "How do I explain a gap in my resume?", [
        ("D", "What's the best way to address an employment gap on my CV?"),
        ("R", "How long should my resume be?"),
        ("R", "Should I include a photo on my resume?"),
    ]),
    ("career", "en", "How can I negotiate a higher salary for a job offer?", [
        ("D", "What's the best way to negotiate salary after getting a job offer?"),
        ("D", "How do I negotiate a better salary when I get a job offer?"),
        ("R", "How do I negotiate a higher salary at my current job?"),
    ]),

    # ------------------------------------------------------------ relationships
    ("relationships", "en", "How do I get over a breakup?", [
        ("D", "What is the best way to move on after a breakup?"),
        ("D", "how do you get over someone after a break up"),
        ("R", "How do I get my ex back after a breakup?"),
        ("R", "How do I break up with someone nicely?"),
    ]),
    ("relationships", "en", "How do I make friends as an adult?", [
        ("D", "What are good ways to meet new friends when you're an adult?"),
        ("R", "How do I keep my friends as an adult?"),
        ("R", "How do I help my child make friends at school?"),
    ]),
    ("relationships", "en", "How do I know if someone likes me?", [
        ("D", "What are the signs that a person is attracted to me?"),
        ("D", "How can I tell if someone has a crush on me?"),
        ("R", "How do I tell someone I like them?"),
    ]),
    ("relationships", "en", "How can I stop being jealous in a relationship?", [
        ("D", "What can I do to overcome jealousy with my partner?"),
        ("R", "Why is my partner so jealous?"),
        ("R", "How can I stop being insecure about my looks?"),
    ]),
    ("relationships", "en", "What are the signs of a toxic relationship?", [
        ("D", "How can I tell if my relationship is toxic?"),
        ("D", "what are red flags that a relationship is toxic"),
        ("R", "How do I leave a toxic relationship?"),
        ("R", "What are the signs of a healthy relationship?"),
    ]),
    ("relationships", "en", "How do I deal with a friend who always cancels plans?", [
        ("D", "My friend keeps canceling on me at the last minute. How should I handle it?"),
        ("R", "How do I cancel plans with a friend without being rude?"),
        ("R", "How do I deal with a friend who is always late?"),
    ]),

    # ------------------------------------------------------------ science
    ("science", "en", "Why do we have seasons on Earth?", [
        ("D", "What causes the seasons on Earth?"),
        ("D", "why are there seasons"),
        ("R", "Why is it hotter at the equator than at the poles?"),
        ("R", "Why do we have tides?"),
    ]),
    ("science", "en", "How do vaccines work?", [
        ("D", "How does a vaccine protect you from getting sick?"),
        ("R", "How long does it take for a vaccine to work?"),
        ("R", "How are vaccines tested for safety?"),
    ]),
    ("science", "en", "Why does the sky turn red and orange at sunset?", [
        ("D", "What causes the red color of the sky during sunset?"),
        ("R", "Why is the sky blue during the day?"),
        ("R", "Why are sunsets more colorful after a volcanic eruption?"),
    ]),
    ("science", "en", "What would happen if the Moon disappeared?", [
        ("D", "If the Moon suddenly vanished, what would happen to Earth?"),
        ("D", "What would happen if the Moon was gone?"),
        ("R", "What would happen if the Sun disappeared?"),
    ]),
    ("science", "en", "How do airplanes stay in the air?", [
        ("D", "What keeps a plane up in the sky while it's flying?"),
        ("D", "how do planes fly"),
        ("R", "How do helicopters stay in the air?"),
        ("R", "Why do airplanes fly so high?"),
    ]),
    ("science", "en", "Why do cats purr?", [
        ("D", "What is the reason cats make a purring sound?"),
        ("R", "How do cats physically produce a purr?"),
        ("R", "Why do cats knead with their paws?"),
    ]),
    ("science", "en", "Is it possible to travel faster than light?", [
        ("D", "Can anything go faster than the speed of light?"),
        ("R", "What would happen if you traveled at the speed of light?"),
        ("R", "Why is the speed of light constant?"),
    ]),
    ("science", "en", "Why is the ocean salty?", [
        ("D", "Where does the salt in the sea come from?"),
        ("D", "what makes sea water salty"),
        ("R", "Why is the Dead Sea so salty?"),
        ("R", "Why can't humans drink seawater?"),
    ]),
    ("science", "en", "How do black holes form?", [
        ("D", "What is the process by which a black hole is created?"),
        ("D", "How is a black hole formed?"),
        ("R", "How do neutron stars form?"),
    ]),

    # ------------------------------------------------------------ general
    ("general", "en", "What is the fastest way to learn Spanish?", [
        ("D", "How can I learn Spanish as quickly as possible?"),
        ("D", "quickest way to learn spanish"),
        ("R", "What is the fastest way to learn Portuguese?"),
        ("R", "Is Spanish harder to learn than French?"),
    ]),
    ("general", "en", "What caused the fall of the Roman Empire?", [
        ("D", "Why did the Roman Empire collapse?"),
        ("D", "what were the reasons for the fall of rome"),
        ("R", "What caused the fall of the Byzantine Empire?"),
    ]),
    ("general", "en", "Why did World War I start?", [
        ("D", "What were the main causes of the First World War?"),
        ("R", "Why did World War II start?"),
        ("R", "Why did the United States enter World War I?"),
    ]),
    ("general", "en", "How can I become more confident when speaking in public?", [
        ("D", "What can I do to overcome my fear of public speaking?"),
        ("D", "I freeze up whenever I have to give a presentation. How do I get more confident speaking in front of people?"),
        ("R", "How can I become more confident on dates?"),
        ("R", "How do I start a speech?"),
    ]),
    ("general", "en", "What are some good books to read in your twenties?", [
        ("D", "Which books should everyone read while they are in their 20s?"),
        ("R", "What are some good books to read to learn about investing?"),
        ("R", "What are some good books to read in your forties?"),
    ]),
    ("general", "en", "How do I stop procrastinating?", [
        ("D", "What are effective ways to beat procrastination?"),
        ("D", "how can i stop putting things off all the time"),
        ("R", "Why do I procrastinate even on things I enjoy?"),
        ("R", "How do I stop overthinking?"),
    ]),
    ("general", "en", "How do I become a morning person?", [
        ("D", "What are some tips to become an early riser?"),
        ("R", "Is waking up early better for productivity?"),
        ("R", "How do I become a night owl?"),
    ]),
    ("general", "en", "What is the meaning of life according to philosophers?", [
        ("D", "What have philosophers said about the meaning of life?"),
        ("R", "What is the meaning of life according to Buddhism?"),
        ("R", "Who are the most important philosophers in history?"),
    ]),

    # ------------------------------------------------------------ customer-service
    ("customer-service", "en", "How do I cancel my Netflix subscription?", [
        ("D", "How can I stop my Netflix membership so I'm not charged again?"),
        ("D", "how to cancel netflix"),
        ("R", "How do I pause my Netflix subscription?"),
        ("R", "How do I cancel my Spotify subscription?"),
    ]),
    ("customer-service", "en", "How do I talk to a real person at Amazon customer service?", [
        ("D", "How can I reach a live human at Amazon support?"),
        ("R", "How do I talk to a real person at PayPal customer service?"),
        ("R", "How do I return an item to Amazon without the original box?"),
    ]),
    ("customer-service", "en", "How do I get a refund for a cancelled flight?", [
        ("D", "My flight was cancelled by the airline. How can I get my money back?"),
        ("D", "How can I get a refund if the airline cancels my flight?"),
        ("R", "How do I get a refund for a delayed flight?"),
    ]),
    ("customer-service", "en", "How do I write an effective complaint email to a company?", [
        ("D", "What is the best way to write a complaint letter to a business so it gets results?"),
        ("R", "How do I respond to a customer complaint email?"),
        ("R", "How do I write a thank-you email to customer service?"),
    ]),
    ("customer-service", "en", "How do I recover a hacked Instagram account?", [
        ("D", "My Instagram got hacked. How do I get it back?"),
        ("D", "someone hacked my instagram, how do i get my account back"),
        ("R", "How do I recover a hacked Facebook account?"),
        ("R", "How do I permanently delete my Instagram account?"),
    ]),
    ("customer-service", "en", "What should I do if a package says delivered but I never received it?", [
        ("D", "My parcel was marked as delivered but it never arrived. What do I do?"),
        ("D", "Tracking says my package was delivered but it's not here. What should I do?"),
        ("R", "What should I do if my package is stuck in transit?"),
    ]),

    # ------------------------------------------------------------ telecom
    ("telecom", "en", "Why is my Wi-Fi so slow at night?", [
        ("D", "What makes my home Wi-Fi get slower in the evening?"),
        ("D", "why does my wifi slow down in the evenings"),
        ("R", "Why is my Wi-Fi slow on only one device?"),
        ("R", "Why does my Wi-Fi keep disconnecting?"),
    ]),
    ("telecom", "en", "Is 5G harmful to human health?", [
        ("D", "Can 5G radiation damage your health?"),
        ("D", "is 5g dangerous for people"),
        ("R", "Is 5G faster than Wi-Fi?"),
        ("R", "Is it harmful to sleep with my phone next to my head?"),
    ]),
    ("telecom", "en", "How can I improve the Wi-Fi signal in my house?", [
        ("D", "What is the best way to boost Wi-Fi coverage at home?"),
        ("R", "How can I improve the cell phone signal in my house?"),
        ("R", "Is a mesh Wi-Fi system better than a Wi-Fi extender?"),
    ]),
    ("telecom", "en", "How do I keep my phone number when switching carriers?", [
        ("D", "How do I port my phone number to a new carrier?"),
        ("R", "How do I change my phone number with the same carrier?"),
        ("R", "How do I unlock my phone to switch carriers?"),
    ]),
    ("telecom", "en", "Why do I have full bars but no internet on my phone?", [
        ("D", "My phone shows full signal but mobile data doesn't work. Why?"),
        ("D", "Why does my phone have full signal but no data connection?"),
        ("R", "Why is my mobile data so slow?"),
    ]),
    ("telecom", "en", "How do I avoid roaming charges when traveling abroad?", [
        ("D", "What is the best way to not get hit with huge roaming fees on an international trip?"),
        ("R", "How do roaming charges work?"),
        ("R", "How do I avoid roaming charges on a cruise ship?"),
    ]),

    # ================================================================ Chinese
    ("health", "zh", "怎样才能快速入睡？", [
        ("D", "晚上睡不着，有什么办法能很快睡着？"),
        ("D", "如何快速入睡"),
        ("R", "晚上总是半夜醒来怎么办？"),
        ("R", "成年人每天需要睡几个小时？"),
    ]),
    ("programming", "zh", "零基础怎么自学Python？", [
        ("D", "完全没有编程基础，应该如何开始学Python？"),
        ("D", "没学过编程，想自学Python该从哪里入手？"),
        ("R", "零基础怎么自学Java？"),
        ("R", "学会Python可以找什么工作？"),
    ]),
    ("career", "zh", "面试的时候被问到缺点该怎么回答？", [
        ("D", "面试官问“你最大的缺点是什么”，怎么回答比较好？"),
        ("D", "面试问你有什么缺点，怎么答才不减分？"),
        ("R", "面试的时候被问到优点该怎么回答？"),
        ("R", "面试结束后要不要给面试官发感谢邮件？"),
    ]),
    ("banking", "zh", "信用卡逾期一天会影响征信吗？", [
        ("D", "信用卡晚还了一天，会不会上征信记录？"),
        ("D", "信用卡逾期1天会不会影响个人信用记录"),
        ("R", "信用卡逾期一个月会有什么后果？"),
        ("R", "怎么查询自己的个人征信报告？"),
    ]),
    ("cooking", "zh", "红烧肉怎么做才不腻？", [
        ("D", "怎样做红烧肉吃起来不油腻？"),
        ("D", "红烧肉太肥腻了，有什么做法能解腻"),
        ("R", "红烧肉怎么做才软烂入味？"),
        ("R", "做红烧肉用五花肉还是前腿肉好？"),
    ]),
    ("travel", "zh", "第一次去日本旅游需要准备什么？", [
        ("D", "头一回去日本玩，出发前要准备哪些东西？"),
        ("D", "第一次出国去日本旅行，要提前准备些什么"),
        ("R", "第一次去泰国旅游需要准备什么？"),
    ]),
    ("school", "zh", "高中数学成绩很差，怎么提高？", [
        ("D", "高中数学一直考不好，有什么提分的方法？"),
        ("D", "高中数学太差了怎么办，怎么才能提高成绩"),
        ("R", "高中英语成绩很差，怎么提高？"),
        ("R", "高中数学有哪些好的辅导书推荐？"),
    ]),
    ("technology", "zh", "手机耗电特别快是什么原因？", [
        ("D", "为什么我的手机电量掉得这么快？"),
        ("D", "手机为什么很费电"),
        ("R", "手机充电特别慢是什么原因？"),
        ("R", "手机玩一会儿就发烫是什么原因？"),
    ]),
    ("relationships", "zh", "分手后怎么走出来？", [
        ("D", "失恋了，怎么才能尽快走出来？"),
        ("D", "分手以后一直走不出来怎么办"),
        ("R", "分手后怎么挽回前任？"),
        ("R", "怎么体面地跟对方提分手？"),
    ]),
    ("legal-hr", "zh", "公司不签劳动合同怎么办？", [
        ("D", "单位一直不跟我签劳动合同，我该怎么处理？"),
        ("D", "入职好几个月了公司还没签劳动合同，该怎么办？"),
        ("R", "公司拖欠工资怎么办？"),
        ("R", "劳动合同到期公司不续签，有补偿吗？"),
    ]),
    ("science", "zh", "为什么天空是蓝色的？", [
        ("D", "天空为什么呈现蓝色？"),
        ("D", "天为什么是蓝的"),
        ("R", "为什么海水是蓝色的？"),
        ("R", "为什么晚霞是红色的？"),
    ]),
    ("health", "zh", "怎么减掉肚子上的赘肉？", [
        ("D", "腹部脂肪太多，怎样才能减下去？"),
        ("D", "肚子上肉太多怎么减"),
        ("R", "怎么减脸上的肉？"),
        ("R", "怎么练出腹肌？"),
    ]),
    ("shopping", "zh", "买笔记本电脑主要看哪些配置？", [
        ("D", "选购笔记本电脑时应该关注哪些参数？"),
        ("D", "挑笔记本电脑时，哪些硬件配置最重要？"),
        ("R", "买台式电脑主要看哪些配置？"),
        ("R", "笔记本电脑买游戏本还是轻薄本？"),
    ]),
    ("telecom", "zh", "家里WiFi信号不好怎么办？", [
        ("D", "在家里无线网信号很弱，怎么增强？"),
        ("D", "家里wifi信号差怎么解决"),
        ("R", "家里手机信号不好怎么办？"),
        ("R", "WiFi老是自动断开是怎么回事？"),
    ]),
    ("math", "zh", "为什么0不能做除数？", [
        ("D", "一个数为什么不能除以零？"),
        ("D", "为什么除数不能为零"),
        ("R", "0的阶乘为什么等于1？"),
    ]),
    ("customer-service", "zh", "淘宝买的东西怎么申请退货？", [
        ("D", "在淘宝上买了东西想退，要怎么操作？"),
        ("R", "淘宝买的东西怎么申请换货？"),
        ("R", "淘宝退货的运费由谁来出？"),
    ]),
    ("general", "zh", "怎样克服拖延症？", [
        ("D", "做事总是拖延，有什么办法可以改掉？"),
        ("D", "拖延症怎么治"),
        ("R", "拖延症是一种心理疾病吗？"),
        ("R", "怎样克服社交恐惧？"),
    ]),
    ("career", "zh", "30岁转行还来得及吗？", [
        ("D", "到了三十岁再换行业会不会太晚了？"),
        ("D", "三十岁了想换个行业，现在转行晚不晚？"),
        ("R", "30岁开始学编程还来得及吗？"),
    ]),
    ("banking", "zh", "工资不高，怎么开始理财？", [
        ("D", "收入比较低的普通人应该如何理财？"),
        ("R", "有一笔闲钱，放余额宝还是存定期？"),
        ("R", "基金定投是什么意思？"),
    ]),
    ("health", "zh", "空腹喝咖啡对胃有伤害吗？", [
        ("D", "早上不吃东西直接喝咖啡，会伤胃吗？"),
        ("D", "空腹喝咖啡伤胃吗"),
        ("R", "每天喝咖啡对身体有害吗？"),
    ]),
    ("cooking", "zh", "用电饭煲煮米饭，怎么煮才好吃？", [
        ("D", "电饭锅煮饭有什么技巧能让米饭更好吃？"),
        ("R", "米饭煮糊了怎么补救？"),
        ("R", "用电饭煲怎么煮糙米饭？"),
    ]),
    ("general", "zh", "成年人怎么学好英语口语？", [
        ("D", "工作以后想把英语口语练好，应该怎么学？"),
        ("R", "成年人怎么学好英语语法？"),
        ("R", "雅思口语怎么准备？"),
    ]),
]

CLASS = {"D": ("duplicate", True), "R": ("related", False)}


def build():
    rows = []
    for i, (domain, lang, a, items) in enumerate(G, start=1):
        gid = "ord-%03d" % i
        for code, b in items:
            cls, label = CLASS[code]
            rows.append({"a": a, "b": b, "label": label, "lang": lang,
                         "class": cls, "domain": domain, "group": gid})
    return rows


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(os.path.dirname(here), "ordinary.jsonl")
    rows = build()
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), out))


if __name__ == "__main__":
    main()
