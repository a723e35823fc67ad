-- Frontline scenario: a Deaf customer calls through Relay UK, locked out of online banking by a
-- reset process that reads a code out over the phone.
-- Organisation: Keystone Bank (retail bank), phone contact centre.

scenario {
  id = "keystone.deaf-customer-security",
  title = "Locked out, and the callback can't help",
  brief = "You're taking calls in Keystone Bank's contact centre. A call comes in through Relay UK, the text relay "
    .. "service: the customer types, and a relay assistant reads his words out to you and types your replies back to him. "
    .. "Mr Amir Hassan is Deaf. He has been locked out of online banking, and the reset keeps phoning him with a spoken code. "
    .. "Get him back in safely, in a way that works for him.",
  organisation = "keystone",
  role = "Customer service adviser, Keystone Bank contact centre (phone)",
  level = 2,
  minutes = 12,
  topics = { "equality", "reasonable-adjustments", "data-protection", "security", "complaints" },
  customer = { name = "Amir Hassan", look = "man-in-his-forties", mood = 40 },
  start = "connect",
  state = {
    rent = "£725",
    mistake = "none",
    family_suggested = false,
    disclosed = false,
    breach_reported = false,
    hid = false,
    fee_quoted = false,
    promised = false,
    code_to_new = false,
    adjusted = false,
    pref_asked = false,
    health_asked = false,
    assumed_bsl = false,
    complaint_logged = false,
    signpost = "none",
    slip = false,
  },
}

node "connect" {
  narration = "The line clicks. A calm voice: \"Hello, this is Relay UK. The caller is typing; "
    .. "I'll read their words out and type yours back. Please speak directly to the caller. I'll say 'go ahead' when it's your turn.\"",
  customer = "Hello. My name is Amir Hassan. I am Deaf. I have been locked out of my online banking since Monday, "
    .. "and your reset keeps phoning me to say a code. I can't hear a phone call. I need help please. Go ahead.",
  choice { "Hello. Could you ask the gentleman for his full name and date of birth, please?", id = "third-person",
    go = "relay_reminder", mood = -10, set = { slip = true, mistake = "third-person" },
    breach = "service.professional",
    why = "The relay assistant is a go-between, like the phone line itself. Talking about Mr Hassan to someone else, "
      .. "as if he weren't there, shuts him out of his own call. Speak to him directly, as you would to any caller." },
  choice { "Hello, Mr Hassan, it's Keystone Bank. I'm sorry you've been stuck since Monday. "
      .. "What happens when you try the reset? Go ahead.", id = "welcome",
    go = "explains", mood = 10,
    credit = { "eqa.reasonable-adjustments", "heat.hear", "heat.empathise" },
    why = "Taking a relay call and talking straight to the customer is a simple reasonable adjustment, and one the bank "
      .. "should expect: Deaf customers use the phone this way every day. Then let him explain in his own words." },
  choice { "I'm sorry, but for security we can't discuss an account through a third party, and that includes relay operators. "
      .. "The account holder needs to call us himself, so we can hear him confirm his details.", id = "refuse",
    go = "refused", mood = -25, set = { slip = true, mistake = "refuse" },
    breach = { "eqa.reasonable-adjustments", "heat.own" },
    why = "He IS the account holder. Relay UK is how he uses the phone, and the relay assistant is a confidential "
      .. "go-between, not a third party. Refusing relay calls puts Deaf customers at a substantial disadvantage: "
      .. "a failure to make reasonable adjustments under the Equality Act 2010, which is discrimination." },
}

node "relay_reminder" {
  narration = "There's a pause. Then the relay assistant says: \"Relay assistant speaking. Please talk directly to the caller. "
    .. "He can read everything you say.\"",
  customer = function(s)
    if s.mood < 30 then
      return "I am here. I'm reading every word. Please talk to me, not about me. Go ahead."
    end
    return "You can talk to me. I'm reading every word you say. Go ahead."
  end,
  choice { "Right. Can you ask him what the problem is, then?", id = "again",
    go = "explains", mood = -10,
    set = { slip = true },
    breach = "service.professional",
    why = "You've been told, politely, how relay calls work, and you've carried on talking past him. "
      .. "It's disrespectful, and it's his call. Talk to him." },
  choice { "Sorry, Mr Hassan, that was rude of me. I'll talk to you. What's been happening with your online banking? Go ahead.", id = "sorry-direct",
    go = "explains", mood = 5,
    credit = { "heat.apologise", "heat.hear" },
    why = "A quick, genuine apology and a question straight to him puts the call back on track." },
}

node "refused" {
  customer = function(s)
    if s.mood < 20 then
      return "I AM the account holder. Relay UK is how I use the phone. The relay assistant only types what you say and reads "
        .. "what I type, and it's confidential. Are you refusing to help me because I'm Deaf? Go ahead."
    end
    return "I am the account holder. Relay UK is how I use the phone. The relay assistant only types and reads. "
      .. "It's confidential. Are you refusing to help me because I'm Deaf? Go ahead."
  end,
  choice { "It's just that we need to hear the account holder. Is there a family member, someone who can hear, "
      .. "who could ring us for you?", id = "family",
    go = "family_suggest", mood = -15, set = { slip = true, family_suggested = true },
    breach = { "eqa.reasonable-adjustments", "policy.security-questions" },
    why = "Asking him to hand his banking to someone else because he is Deaf pushes the barrier back onto him, when the "
      .. "adjustment is Keystone's to make. It also means someone else passing security in his name, which Keystone's "
      .. "identity checks never allow." },
  choice { "No, and I'm sorry, Mr Hassan. I got that wrong. Relay calls are absolutely fine, and I'm happy to help you this way. "
      .. "Tell me what's been happening. Go ahead.", id = "recover",
    go = "explains", mood = 15,
    credit = { "heat.apologise", "eqa.reasonable-adjustments" },
    why = "Correcting yourself straight away, and accepting the relay call, is the adjustment Keystone's own identity "
      .. "policy expects. It's much better than defending a rule that doesn't exist." },
  choice { "Sorry, those are the rules. We need to hear the account holder's voice.", id = "insist",
    go = "excluded", mood = -20, set = { slip = true, mistake = "refuse" },
    breach = { "eqa.reasonable-adjustments", "heat.own" },
    why = "There's no such rule. Keystone's policy says to accept text relay and ask the security questions as normal. "
      .. "Insisting on a voice shuts a Deaf customer out of a service everyone else can use: a failure to make "
      .. "reasonable adjustments, and a likely discrimination claim." },
}

node "family_suggest" {
  customer = function(s)
    if s.mood < 20 then
      return "Why should someone else do my banking? I'm 41. I manage my own money. I don't want my family knowing my "
        .. "business. This happens every time I ring a company. Go ahead."
    end
    return "Why should someone else do my banking? I'm 41. I manage my own money, and I don't want my family knowing "
      .. "my business. Go ahead."
  end,
  choice { "It would just be a lot quicker for everyone.", id = "press",
    go = "excluded", mood = -20,
    set = { slip = true },
    breach = { "eqa.reasonable-adjustments", "heat.empathise" },
    why = "Quicker for the bank, perhaps. He has every right to run his own account privately. Keystone has to change "
      .. "how it serves him, not make him depend on someone else." },
  choice { "You're absolutely right, and I'm sorry. You don't need anyone else, and you won't. We can do this another way. "
      .. "First I need to check it's you: could you type your full name and date of birth? Go ahead.", id = "apologise",
    go = "security", mood = 10,
    credit = { "heat.apologise", "eqa.reasonable-adjustments", "dpa.verify-identity" },
    why = "You back down quickly, respect his independence, and move on to the normal security checks, done by relay." },
}

node "explains" {
  customer = function(s)
    local t = "On Monday I typed my password wrong three times, so online banking locked. To reset it, the website says "
      .. "it will phone my number and say a code. It phones my mobile. I can't hear it. I tried four times. "
      .. "My rent goes out on Friday and I can't even see if there's enough money in."
    if s.mood < 30 then
      return t .. " Three days I've wasted on this. Go ahead."
    end
    return t .. " Go ahead."
  end,
  choice { "That sounds really frustrating, and it isn't your fault. We'll find another way. "
      .. "First, could you type your full name and date of birth? Go ahead.",
    id = "empathise-verify",
    go = "security", mood = 10,
    credit = { "heat.empathise", "dpa.verify-identity" },
    why = "You acknowledge the problem without making him explain his deafness, promise a way round it, and start the "
      .. "normal security checks. Relay doesn't change the checks, only how they travel." },
  choice { "Oh, bless you. Don't worry, I'll keep everything nice and simple so you can follow.", id = "patronise",
    go = "patronised", mood = -25, set = { slip = true, mistake = "patronise" },
    breach = { "service.professional", "heat.hear" },
    why = "He told you exactly what's wrong: he can't hear a phone call, not that he can't follow. Talking down to him is "
      .. "patronising and unprofessional. Remarks about a disability can become harassment under the Equality Act 2010 "
      .. "depending on how he sees it, the circumstances and whether that's reasonable, so don't go near it." },
  choice { "I'm sorry about that. The voice callback is the only way our system can reset online banking, I'm afraid. "
      .. "Could you try once more with the volume turned right up, or with your hearing aid's phone setting on?",
    id = "callback-again",
    go = "callback_only", mood = -20,
    set = { slip = true },
    breach = { "eqa.reasonable-adjustments", "heat.hear" },
    why = "He has just told you he can't hear any phone call. Sending him back to the same process ignores what he said "
      .. "and leaves him at a substantial disadvantage, which is exactly what the duty to make reasonable adjustments "
      .. "is there to prevent." },
}

node "patronised" {
  customer = "I'm Deaf. I'm not a child, and I'm not stupid. I understand everything you say. I just can't hear the phone. Go ahead.",
  choice { "I was only trying to be nice.", id = "defend",
    go = "harassed", mood = -20,
    set = { slip = true },
    breach = { "service.professional", "heat.own" },
    why = "What counts is how it landed with him, not what you intended. Defending the remark instead of apologising "
      .. "tells him the bank thinks he's the problem, and makes it far more likely he feels his dignity was attacked." },
  choice { "I'm sorry, Mr Hassan. That was patronising, and you didn't deserve it. Let's get this sorted. First I need to check "
      .. "it's you: could you type your full name and date of birth? Go ahead.", id = "sorry",
    go = "security", mood = 10,
    credit = { "heat.apologise", "dpa.verify-identity" },
    why = "A plain apology, no excuses, then straight on with the job. It can't undo the remark, but it stops the harm growing." },
}

node "callback_only" {
  customer = function(s)
    if s.mood < 20 then
      return "I am DEAF. Volume doesn't help. I can't hear ANY phone call, loud or quiet. That's why I'm using relay. "
        .. "Is anybody at this bank listening? Go ahead."
    end
    return "I'm Deaf. Turning the volume up doesn't help. I can't hear any phone call, loud or quiet. "
      .. "That's why I'm using relay. Go ahead."
  end,
  choice { "I'm not being funny, but if you can't hear a phone, that's not really the bank's problem. Everyone else manages the callback.",
    id = "not-our-problem",
    go = "harassed", mood = -30, set = { slip = true, mistake = "not-our-problem" },
    breach = { "eqa.harassment", "eqa.reasonable-adjustments", "service.professional" },
    why = "This is hostile and degrading, and it's about his disability: harassment under s.26 of the Equality Act 2010. "
      .. "It's also wrong. Making the service work for disabled customers is exactly the bank's problem." },
  choice { "I'm sorry. That was a thoughtless thing to suggest. The callback doesn't work for you, so we'll use another way. "
      .. "First I need to check it's you: could you type your full name and date of birth? Go ahead.", id = "apologise-adjust",
    go = "security", mood = 10,
    credit = { "heat.apologise", "eqa.reasonable-adjustments", "dpa.verify-identity" },
    why = "You own the mistake, commit to a different route, and start the proper security checks." },
  choice { "Is there someone with you who can hear, or a family member, who could take the callback and tell you the code?",
    id = "family",
    go = "family_suggest", mood = -15, set = { slip = true, family_suggested = true },
    breach = { "eqa.reasonable-adjustments", "policy.security-questions" },
    why = "A security code is for the customer alone. Asking him to have someone else take it gives away his security "
      .. "and makes him depend on others, when Keystone should be adjusting its own process." },
}

node "security" {
  narration = "The relay assistant reads: \"Amir Hassan. 14 June 1984.\" Both match the account.",
  customer = "Is that right? Go ahead.",
  choice { "Thanks, that matches. To save time, could you type your card PIN and your full telephone banking passcode? "
      .. "The relay assistant can read them out to me.", id = "pin",
    go = "pin_row", mood = -15,
    set = { slip = true },
    breach = { "policy.security-questions", "dpa.minimisation" },
    why = "Keystone never asks for a PIN or a full passcode, and nobody should: not you, and not through a relay assistant. "
      .. "Asking for them collects data you have no need for, and teaches customers to do exactly what fraudsters want." },
  choice { "Thanks, that matches. Now the usual two: the second and fifth characters of your telephone banking passcode, "
      .. "and one recent payment in or out. Go ahead.",
    id = "questions",
    go = "security_passed", minutes = 2,
    credit = { "policy.security-questions", "dpa.verify-identity" },
    why = "These are Keystone's normal phone checks: name and date of birth, two passcode characters (never the whole passcode) "
      .. "and a recent payment. Done by relay, exactly as Keystone's identity policy says." },
  choice { "Thanks, that matches. As it's a password reset, I'll need a bit more to be safe: your full card number, "
      .. "the expiry date, the three digits on the back and your National Insurance number. Go ahead.", id = "ask-more",
    go = "too_much", mood = -15,
    set = { slip = true },
    breach = { "dpa.minimisation", "policy.data-handling" },
    why = "None of that is part of Keystone's checks. Asking for a full card number and security code breaks the bank's "
      .. "data-handling rules, collects far more than you need, and looks just like a scam." },
}

node "pin_row" {
  customer = "No. The bank always says never tell anyone your PIN. Not even the bank. Is this really Keystone? Go ahead.",
  choice { "You're quite right, and I'm sorry. Never share your PIN or full passcode with anyone, us included. "
      .. "Let's do the normal checks: the second and fifth passcode characters, and one recent payment. Go ahead.", id = "correct",
    go = "security_passed", mood = 10, minutes = 2,
    credit = { "heat.apologise", "policy.security-questions", "dpa.verify-identity" },
    why = "He was right to refuse. Backing him up and going back to the proper checks restores his trust." },
  choice { "It's fine, honestly. The relay service is confidential.", id = "insist-pin",
    go = "scam_fear", mood = -30,
    set = { slip = true },
    breach = { "policy.security-questions", "dpa.minimisation" },
    why = "Confidential or not, a PIN is never shared. Pressing him for it is what a fraudster would do, and he'll "
      .. "rightly hang up." },
}

node "too_much" {
  customer = "Why do you need all that? Your website says Keystone will never ask for my full card details on the phone. Go ahead.",
  choice { "It's just to be on the safe side.", id = "just-safe",
    go = "scam_fear", mood = -25,
    set = { slip = true },
    breach = { "dpa.minimisation", "policy.data-handling" },
    why = "\"Just in case\" is exactly what Keystone's data-handling policy rules out. He's now sure he's talking to a fraudster." },
  choice { "You're right, I don't need any of that, and I'm sorry I asked. The normal checks are enough: please type the second "
      .. "and fifth characters of your telephone banking passcode, and one recent payment in or out. Go ahead.", id = "withdraw-extra",
    go = "security_passed", mood = 5, minutes = 2,
    credit = { "heat.apologise", "policy.security-questions", "dpa.verify-identity" },
    why = "Dropping the extra questions and using the standard checks gets you back on the right side of the rules." },
}

node "security_passed" {
  narration = "The relay assistant reads: \"R and 7. Last Thursday, £42.60 at Tesco.\" Both are right, so he's through security. "
    .. "The account notes show three wrong passwords on Monday and four unanswered reset calls since.",
  customer = "Is that OK? Go ahead.",
  choice { "You're through. Two ways that don't need a call: a text code to the mobile we hold, "
      .. "or a branch visit with whatever communication support you use, free. Which suits you? Go ahead.", id = "options",
    go = "carol_offers", mood = 10, minutes = 2,
    credit = { "eqa.reasonable-adjustments", "service.clear-language", "heat.own" },
    why = "You change the process to fit him, not the other way round, and you explain the choices plainly. "
      .. "These alternatives cost him nothing, as the law and Keystone's policy require." },
  choice { "That's all correct, thank you. Before I can switch you to a different reset method, I'll need proof of your "
      .. "hearing loss, like a letter from your GP or audiologist. You can upload it in the app. Go ahead.", id = "prove-deaf",
    go = "evidence_row", mood = -20,
    set = { slip = true },
    breach = { "eqa.reasonable-adjustments", "dpa.minimisation" },
    why = "A customer doesn't have to prove a disability to a front-line adviser to get a simple adjustment. Asking for "
      .. "medical evidence collects health data you don't need and puts another barrier in his way." },
}

node "evidence_row" {
  customer = function(s)
    if s.mood < 25 then
      return "A letter from my DOCTOR? I've been Deaf since I was born. I'm talking to you through Relay UK right now. "
        .. "Do I have to prove it every time I want to use my own bank account? Go ahead."
    end
    return "A letter from my doctor? I've been Deaf since I was born. I'm talking to you through Relay UK. "
      .. "Do I have to prove it every time I want to use my own bank? Go ahead."
  end,
  choice { "No, you don't, and I'm sorry. That was wrong of me. I can send a code by text to the mobile we hold, "
      .. "for you to type in yourself, or book a branch visit with the support you use, at our cost. Which? Go ahead.", id = "withdraw",
    go = "carol_offers", mood = 10,
    credit = { "heat.apologise", "eqa.reasonable-adjustments", "service.clear-language" },
    why = "You drop the demand and offer a route that works, at no cost to him." },
  choice { "Sorry, without evidence I can't change the process.", id = "insist-evidence",
    go = "excluded", mood = -20, set = { slip = true, mistake = "evidence" },
    breach = { "eqa.reasonable-adjustments", "dpa.minimisation" },
    why = "He has told you he's Deaf, and he's calling through Relay UK. Refusing to adjust until he hands over medical "
      .. "records shuts him out of his account. That's a failure to make reasonable adjustments." },
}

node "carol_offers" {
  narration = function(s)
    local t = "There's a longer pause than usual. Then the relay assistant reads: \"This is Carol typing now, Amir's neighbour "
      .. "from next door. I'm round helping him with his laptop. Look, love, save yourselves the bother. Send your callback to my "
      .. "mobile, I'll tell him the code, and you can tell me what's going on with his account and I'll go through it with him.\""
    if s.family_suggested then
      t = t .. " A moment later: \"You did say someone who can hear could help.\""
    end
    return t
  end,
  customer = function(s)
    if s.mood < 30 then
      return "It's Amir again. Carol is a good friend. She's trying to help. I just want my account back. Go ahead."
    end
    return "It's Amir again. Carol is a good friend. She's trying to help. Go ahead."
  end,
  choice { "Thanks, Carol, that would be easier. The account's locked after three wrong passwords, and his rent of {rent} is due "
      .. "to go out on Friday. What's your mobile number? I'll send the code to you.", id = "carol-callback",
    go = "carol_disclosed", mood = -20, set = { slip = true, disclosed = true },
    breach = { "dpa.third-party-authority", "dpa.verify-identity", "policy.security-questions" },
    why = "Carol has no authority on Amir's account, and he never said you could discuss it with her. Telling her about the "
      .. "lock and his rent is an unauthorised disclosure of his personal data: a personal data breach. A code sent to her "
      .. "phone would check Carol, not Amir." },
  choice { "Carol, I can't talk to you about this. Please give the keyboard back to the account holder.", id = "curt",
    go = "method_pick", mood = -10,
    credit = "dpa.third-party-authority", set = { slip = true },
    breach = "service.professional",
    why = "Right rule, clumsy delivery. Carol was trying to help, and Amir is listening. Thank her, then explain to him why "
      .. "you'll keep dealing with him directly." },
  choice { "Thanks, Carol, that's kind, but I'll deal with Mr Hassan and codes only go to his phone. "
      .. "Mr Hassan, if you'd like Carol to help in future, you can set that up. Go ahead.", id = "thank-decline",
    go = "method_pick", mood = 5,
    credit = { "dpa.third-party-authority", "policy.authorised-person", "service.professional" },
    why = "You stay polite to Carol, protect Amir's data, and leave the choice with him. A security code only proves who "
      .. "someone is if it goes to them. If he wants Carol to help in future, he can give that authority himself, properly recorded." },
}

node "carol_disclosed" {
  narration = "The relay assistant reads Carol's reply: \"Blimey, {rent}? That's more than I pay.\" Then there's a long pause.",
  customer = "It's Amir. Why are you telling Carol about my rent? I didn't say you could tell her my business. Go ahead.",
  choice { "You're right, and I'm sorry. I shouldn't have told Carol anything without your say-so. "
      .. "I'll report it to our data protection team straight after this call. Now, a text code or a branch visit? Go ahead.", id = "own-report",
    go = "method_pick", mood = 5, set = { breach_reported = true },
    credit = { "heat.apologise", "heat.own", "dpa.breach-report", "policy.data-handling" },
    why = "The disclosure can't be undone, but owning it and reporting it at once lets the bank assess the harm, record it "
      .. "and decide what else must be done." },
  choice { "Sorry, I thought she was helping you. She's your friend, so I'm sure she won't say anything. Let's carry on.", id = "shrug",
    go = "method_pick", mood = -10, set = { slip = true, hid = true },
    breach = { "dpa.breach-report", "heat.own" },
    why = "Telling a neighbour about his account was a personal data breach. Brushing it aside hides it. Every breach must "
      .. "be reported to the data protection team at once, even if it seems minor." },
}

node "method_pick" {
  customer = function(s)
    if s.mood < 30 then
      return "Just the text. My phone is here, same number for years. Quickly please. Go ahead."
    end
    return "Text is best for me. My phone is here, and it's the same number I've had for years. Go ahead."
  end,
  choice { "I'll text a code to your mobile now. To save you fiddling with the website, just type the code to me when it "
      .. "arrives, I'll put it in for you, and then you can choose a new password. Go ahead.", id = "read-code",
    go = "code_row", mood = -5,
    set = { slip = true },
    breach = "policy.security-questions",
    why = "Keystone never asks for a one-time passcode. The code is for him to type into the website himself. "
      .. "Asking for it is what fraudsters do, and it teaches customers to hand codes over." },
  choice { "Great. Type me your mobile number and I'll text the code to it.", id = "sms-new",
    go = "new_number",
    why = "You already hold his mobile number. A reset code has to go to the number on file, not one given during the call, "
      .. "or the check proves nothing." },
  choice { "Done: a six-digit code is on its way to the mobile we hold. It lasts 15 minutes. "
      .. "Type it into the reset page yourself, and never share it, even with us. Go ahead.", id = "sms-onfile",
    go = "code_received", minutes = 3,
    credit = { "policy.security-questions", "service.expectations", "service.responsiveness", "eqa.reasonable-adjustments" },
    why = "The code goes to the number already on his account, he enters it himself, and he knows what will happen and "
      .. "how long it lasts. It's sorted straight away, security is just as strong, and he can actually use it." },
  choice { "A text won't work for a password reset, I'm afraid. I can book you a branch appointment with an interpreter "
      .. "or other communication support, but there's a £45 charge for their time.", id = "interpreter-fee",
    when = "not fee_quoted",
    go = "fee_row", mood = -20, set = { slip = true, fee_quoted = true },
    breach = "eqa.reasonable-adjustments",
    why = "A disabled customer must not be charged for a reasonable adjustment (Equality Act 2010 s.20(7)), and Keystone's "
      .. "own policy says these alternatives are free. Wrongly ruling out the text option makes it worse." },
}

node "code_row" {
  customer = "Your text says: never share this code with anyone, even Keystone staff. Now you want it? Go ahead.",
  choice { "It's fine, I'm from Keystone. It's just quicker if I put it in.", id = "insist-code",
    go = "scam_fear", mood = -25,
    set = { slip = true },
    breach = { "policy.security-questions", "service.professional" },
    why = "The bank's own message tells him not to share it. Pressing him makes you sound exactly like a fraudster." },
  choice { "You're right, and I'm sorry, I got that wrong. Never share it, with me or anyone. Please type it into the reset page "
      .. "yourself, then choose a new password. I'll stay on the line. Go ahead.", id = "correct",
    go = "code_received", mood = 5, minutes = 3,
    credit = { "heat.apologise", "policy.security-questions" },
    why = "Backing up the security message keeps his account safe and shows him the bank's warnings mean what they say." },
}

node "new_number" {
  narration = "The relay assistant reads out a mobile number. You can see a mobile number on his account, but you can't tell "
    .. "at a glance whether it's the same one.",
  customer = "07700 900461. Go ahead.",
  choice { "Thanks. Code sent to that number. Type it into the reset page when it arrives. Go ahead.", id = "send-typed",
    go = "code_received", minutes = 3, set = { slip = true, code_to_new = true },
    breach = { "dpa.verify-identity", "policy.security-questions" },
    why = "A code sent to a number given during the call proves only that the caller has that phone. It's how fraudsters "
      .. "take over accounts. Reset codes go to the number already on file." },
  choice { "Thanks. To keep your account safe, I'll send it to the mobile already on your account rather than a number given on "
      .. "a call. If that's this phone, it'll arrive in a moment. Type it into the reset page yourself. Go ahead.", id = "use-onfile",
    go = "code_received", minutes = 3,
    credit = { "dpa.verify-identity", "policy.security-questions" },
    why = "Using the number on file is what makes the text code a real check. Explaining why reassures him rather than "
      .. "sounding like distrust." },
}

node "fee_row" {
  customer = "Pay? To be able to talk to my own bank? You don't charge hearing customers to talk to you. Go ahead.",
  choice { "You're right, and I'm sorry. There's no charge: making our service work for you is our job. "
      .. "And there's a quicker way: I can switch your reset so the code comes by text to the mobile we hold for you. Go ahead.", id = "waive",
    go = "method_pick", mood = 10,
    credit = { "heat.apologise", "eqa.reasonable-adjustments" },
    why = "Correcting the charge and offering the quicker option puts him back where he should have been." },
  choice { "I'm afraid that's what it costs us to book them.", id = "insist-fee",
    go = "excluded", mood = -20, set = { slip = true, mistake = "fee" },
    breach = "eqa.reasonable-adjustments",
    why = "The law is clear: a disabled person must not be charged for a reasonable adjustment (s.20(7)). "
      .. "Passing on the cost is a failure to make one." },
}

node "code_received" {
  narration = function(s)
    if s.code_to_new then
      return "A minute passes. The relay assistant reads: \"Got the text. Putting the code in now.\" "
        .. "Your screen shows the online banking lock has cleared."
    end
    return "A minute passes. The relay assistant reads: \"Got the text. Putting the code in now. OK, it wants a new password.\" "
      .. "Your screen shows the online banking lock has cleared."
  end,
  customer = "It worked. I've changed my password. I'm in! Go ahead.",
  choice { "You're back in. Your rent standing order is still set for Friday; the lock didn't stop any payments. "
      .. "Next time, a text code will work, like today. Go ahead.",
    id = "reset",
    go = "adjustment", mood = 10,
    credit = { "service.first-contact-resolution", "service.expectations", "policy.service-standards" },
    why = "You've fixed it on this call, and you answer the worry he raised at the start about his rent. "
      .. "He leaves knowing where he stands." },
  choice { "Great, that's you unlocked. Anything else?", id = "done-bye",
    go = "adjustment",
    set = { slip = true },
    breach = "service.expectations",
    why = "He told you his rent goes out on Friday. A quick word that his payments are fine, and what happens next time, "
      .. "would have settled his mind." },
  choice { "Brilliant, you're back in! I'll get the reset changed so it never phones you again, for you and every Deaf customer, "
      .. "by the end of the week, and I'll put £50 in your account for the trouble. Go ahead.", id = "promise-fix",
    go = "adjustment", mood = 10, set = { slip = true, promised = true },
    breach = { "service.expectations", "policy.goodwill-limit" },
    why = "Generous, but not yours to promise. You can't change the bank's reset system this week, and goodwill over £30 "
      .. "needs a team leader's approval first. Record his adjustment and log his complaint instead: that's what you can deliver." },
}

node "adjustment" {
  customer = function(s)
    if s.promised then
      return "Thank you. But can you really change the system this week? This has happened before. Will it phone me again next time? Go ahead."
    end
    if s.mood >= 60 then
      return "Thank you. That's a relief. But next time, will your system phone me again? This has happened before. Go ahead."
    end
    return "OK. But next time I get locked out, will your system just phone me again? This has happened before. Go ahead."
  end,
  choice { "Let's make sure it doesn't. So colleagues fully understand, could you tell me the cause of your deafness, whether "
      .. "you use hearing aids and how long you've been Deaf? I'll put the full details on your file. Go ahead.", id = "over-record",
    go = "complaint", mood = -10, set = { slip = true, health_asked = true },
    breach = "dpa.minimisation",
    why = "Colleagues need to know how to contact and check him, not his medical history. Health details are special "
      .. "category data: record only what's needed to make the adjustment work, and only with his agreement." },
  choice { "I'm afraid the reset system's the same for everybody. I can't change it.", id = "no-change",
    go = "complaint", mood = -15,
    set = { slip = true },
    breach = { "eqa.reasonable-adjustments", "heat.own" },
    why = "The duty to make adjustments looks ahead. Keystone's policy says to record the adjustment, with his agreement, "
      .. "so he doesn't hit the same wall next time." },
  choice { "It shouldn't. With your agreement, I'll note: contact by text, email or Relay UK; text codes, not calls. "
      .. "And in branch, what works for you: a BSL interpreter, a lipspeaker, speech-to-text, or writing? Go ahead.", id = "record-adjustment",
    go = "complaint", mood = 5, set = { adjusted = true, pref_asked = true },
    credit = { "eqa.reasonable-adjustments", "service.questioning", "dpa.minimisation", "heat.own" },
    why = "Recording the adjustment, with his agreement, means every colleague can serve him properly next time. "
      .. "You ask how he communicates face to face rather than guessing: Deaf people use BSL, lipreading, speech-to-text "
      .. "or writing, and many use different ones for different things. You record what he needs, not his medical details." },
  choice { "It won't. I've put a flag on your account so everyone can see it straight away: 'Deaf, BSL user. No voice calls. "
      .. "Book a BSL interpreter for any contact.' That should cover everything. Go ahead.", id = "flag-bsl",
    go = "complaint", mood = -5, set = { slip = true, adjusted = true, assumed_bsl = true },
    credit = "heat.own",
    breach = { "dpa.accurate-notes", "service.questioning" },
    why = "Well meant, but you've guessed, and written the guess on his record as fact without asking him. Not every Deaf "
      .. "person uses BSL, and an interpreter for every contact may be the wrong support for him. Ask how he likes to "
      .. "communicate, and record what he tells you, with his agreement." },
}

node "complaint" {
  customer = function(s)
    if s.assumed_bsl then
      return "I sign, but for the bank I'd rather just write things down. You could have asked me. And I'm not happy about "
        .. "the three days. Nobody offered me another way. I want to complain. Go ahead."
    end
    if s.health_asked then
      return "My medical history isn't the bank's business. I'm not answering that. And I'm still not happy about the three days. "
        .. "Nobody offered me another way. I want to complain. Go ahead."
    end
    if s.pref_asked then
      return "Writing is fine for quick things. For anything long, a BSL interpreter. Thank you for asking. But I'm not happy "
        .. "about the three days. Nobody offered me another way. I want to complain. Go ahead."
    end
    if s.mood < 30 then
      return "So it will happen again. Then I want to make a complaint. Three days locked out, and nobody offered me another way. Go ahead."
    end
    return "I'm still not happy about the three days. Nobody offered me another way. I want to make a complaint. Go ahead."
  end,
  choice { "I'm sorry. I'm logging your complaint now and telling the reset team why it happened. "
      .. "You'll get a written acknowledgement by email tomorrow. Go ahead.", id = "log-complaint",
    go = "complaint_time", mood = 5, minutes = 2, set = { complaint_logged = true },
    credit = { "complaint.log", "complaint.acknowledge", "complaint.learn", "heat.apologise" },
    why = "He's dissatisfied and says so, so it's a complaint. You log it, acknowledge it in a format he can use, "
      .. "and pass on the root cause so the reset process gets looked at." },
  choice { "I wouldn't call it a complaint. The system did what it's designed to do.", id = "not-complaint",
    go = "contact_note", mood = -15,
    set = { slip = true },
    breach = { "complaint.log", "service.professional" },
    why = "Any expression of dissatisfaction about the service is a complaint, whether or not you think it's justified. "
      .. "It has to be logged, and a system that shuts out Deaf customers is exactly what the bank needs to hear about." },
  choice { "If you want to complain, you'll need to write to our complaints team. The address is on our website.", id = "write-in",
    go = "contact_note", mood = -10,
    set = { slip = true },
    breach = { "complaint.log", "heat.own" },
    why = "Keystone's procedure says never insist on a complaint in writing. He's made it to you, so log it now." },
}

node "complaint_time" {
  customer = "Email is good. How long will it take? And if I don't like your answer, what then? Go ahead.",
  choice { "Complaints get a final response within eight weeks. If you're unhappy with it, you then have six months to go to "
      .. "the Financial Ombudsman Service, but they can't look at it until we've finished ours. Go ahead.", id = "eight-weeks",
    go = "contact_note", mood = -5, set = { slip = true, signpost = "eight-weeks" },
    breach = { "complaint.signpost", "policy.complaint-sla" },
    why = "Being locked out of online banking stopped him making and checking payments, so treat it as a payment-services "
      .. "complaint: a final response within 15 business days, or 35 in exceptional cases with a holding reply saying why. "
      .. "And he needn't wait for the bank to finish: if no final response comes in time (eight weeks for other complaints), "
      .. "he can go to the ombudsman then." },
  choice { "It's about your online banking, so we reply within 15 business days (35 if exceptional). If you're unhappy or "
      .. "we're late, the Financial Ombudsman Service is free: six months from our reply. Go ahead.", id = "timescale",
    go = "contact_note", mood = 5, set = { signpost = "right" },
    credit = { "complaint.signpost", "policy.complaint-sla", "service.expectations" },
    why = "Online banking is how he makes and checks payments, so the shorter payment-services clock is the safe one "
      .. "(15 business days, 35 in exceptional cases). He knows when to expect an answer, and that the Financial Ombudsman "
      .. "Service is free if the reply is late or doesn't settle it, within six months of the final response." },
  choice { "You don't need to wait for us. You can take it straight to the Financial Ombudsman Service today, and it won't "
      .. "cost you anything. Go ahead.", id = "ombudsman-now",
    go = "contact_note", mood = -5, set = { slip = true, signpost = "now" },
    breach = { "complaint.signpost", "service.expectations" },
    why = "The ombudsman gives the bank the first chance to put things right. It takes a complaint once he has the final "
      .. "response, or once the time for one has run out: here 15 business days, or 35 in exceptional cases. Sending him "
      .. "there today only adds delay." },
}

node "contact_note" {
  narration = "The call ends. Before the next one, you write the contact note on Mr Hassan's account.",
  choice { "Deaf customer, called through relay. Very slow call. Struggled to follow. Neighbour interfering.", id = "opinion",
    go = function(s)
      if s.disclosed and s.breach_reported then return "breach_reported" end
      if s.disclosed then return "breach_hidden" end
      if s.code_to_new then return "back_in_unverified" end
      if s.adjusted then return "back_in" end
      return "back_in_no_record"
    end,
    set = { slip = true },
    breach = "dpa.accurate-notes",
    why = "\"Struggled to follow\" is untrue and demeaning, and \"interfering\" is an opinion written as fact. He can see "
      .. "these notes through a subject access request. Record what happened, not your impressions." },
  choice { function(s)
      local t = "Call via Relay UK. Locked out of online banking after 3 wrong passwords on Monday; can't use the voice callback reset."
      t = t .. " Passed ID&V (name, DOB, passcode characters, recent payment)."
      if s.code_to_new then
        t = t .. " Reset code sent by text to a number given on the call, not the number on file."
      else
        t = t .. " Reset code sent by text to the mobile on file; customer entered it himself."
      end
      t = t .. " Online banking unlocked."
      if s.promised then
        t = t .. " Customer told the reset would change this week and £50 goodwill would be paid; neither is approved."
      end
      if s.disclosed then
        t = t .. " Account details (lock, rent payment) disclosed to customer's neighbour in error."
        if s.breach_reported then t = t .. " Reported to the Data Protection Team." end
      end
      if s.pref_asked then
        t = t .. " Adjustment recorded with customer's agreement: contact by text, email or Relay UK; text code, not voice callback; "
          .. "in branch, written notes for quick matters and a BSL interpreter for longer ones (his choice), at our cost."
      elseif s.assumed_bsl then
        t = t .. " Adjustment: text code, not voice callback; contact by text, email or Relay UK. Customer says he prefers "
          .. "writing for bank contact, not an interpreter."
      end
      if s.complaint_logged then
        t = t .. " Complaint logged: 3-day lockout, no alternative to voice callback offered. Acknowledgement by email by next working day."
        if s.signpost == "right" then
          t = t .. " Treated as a payment-services complaint: final response within 15 business days (35 if exceptional); FOS explained."
        elseif s.signpost == "eight-weeks" then
          t = t .. " Told final response within eight weeks."
        elseif s.signpost == "now" then
          t = t .. " Told he could go to the FOS straight away."
        end
      end
      return t
    end,
    id = "factual",
    go = function(s)
      if s.disclosed and s.breach_reported then return "breach_reported" end
      if s.disclosed then return "breach_hidden" end
      if s.code_to_new then return "back_in_unverified" end
      if s.adjusted then return "back_in" end
      return "back_in_no_record"
    end,
    credit = { "dpa.accurate-notes", "policy.log-contact" },
    why = "Facts only: why he called, how he was checked, what was done, what was agreed and what happens next. "
      .. "The next adviser can rely on it, and he could read it without offence." },
  choice { "Online banking unlocked.", id = "bare",
    go = function(s)
      if s.disclosed and s.breach_reported then return "breach_reported" end
      if s.disclosed then return "breach_hidden" end
      if s.code_to_new then return "back_in_unverified" end
      if s.adjusted then return "back_in" end
      return "back_in_no_record"
    end,
    set = { slip = true },
    breach = { "dpa.accurate-notes", "policy.log-contact" },
    why = "This leaves out how he was checked, the adjustment and the complaint. The next adviser starts from scratch, "
      .. "and the record doesn't show what was agreed." },
}

ending "back_in" {
  kind = "resolved",
  customer = function(s)
    if s.mood >= 60 and not s.slip then
      return "Thank you. You're the first person at a bank who's made this easy. Bye."
    elseif s.mood >= 40 then
      return "Thank you. I'm back in, and that's what matters. Bye."
    end
    return "OK. I'm back in, anyway. Bye."
  end,
  summary = function(s)
    local t = "Mr Hassan passed the normal security checks by relay, reset his password with a text code sent to the mobile "
      .. "on file, and was back in on the same call. The adjustment is on his account, at no cost to him, "
      .. "as the Equality Act 2010 requires."
    if s.assumed_bsl then
      t = t .. " The flag guessed how he communicates, and he had to put you right."
    end
    if s.promised then
      t = t .. " But he was promised a system change this week and £50, neither of which you can deliver."
    end
    if s.complaint_logged then
      t = t .. " His complaint was logged and the root cause passed on."
      if s.signpost == "right" then
        t = t .. " He knows when to expect the bank's answer, and that the ombudsman is free if it's late or doesn't settle it."
      end
    end
    return t
  end,
}

ending "back_in_no_record" {
  kind = "resolved",
  customer = "OK. Thank you. I suppose I'll find out next time. Bye.",
  summary = function(s)
    local t = "Mr Hassan got back into online banking, but the adjustment wasn't recorded on his account. The duty to make "
      .. "reasonable adjustments looks ahead: next time he may hit the same voice callback and be locked out again."
    if s.promised then
      t = t .. " He was also promised a system change this week and £50, neither of which you can deliver."
    end
    return t
  end,
}

ending "back_in_unverified" {
  kind = "resolved",
  customer = "Thank you. Bye.",
  summary = function(s)
    local t = "Mr Hassan got back in, but the reset code went to a number given during the call, not the one on file. "
      .. "That check proves nothing about who is calling. It's how fraudsters take over accounts, and this time the bank was lucky."
    if s.promised then
      t = t .. " He was also promised a system change this week and £50, neither of which you can deliver."
    end
    return t
  end,
}

ending "breach_reported" {
  kind = "escalated",
  narration = "After the call you report the disclosure to the Data Protection Team, who log it and contact Mr Hassan.",
  summary = "Mr Hassan got back into his account, but his neighbour was told about his account and rent without any "
    .. "authority from him. That was a personal data breach. Reporting it at once was right: the Data Protection Team can "
    .. "now assess the risk to him and decide what else must be done.",
}

ending "breach_hidden" {
  kind = "lost",
  customer = "I'm going now. Bye.",
  summary = "Mr Hassan's neighbour was told about his account and rent without his authority, and the breach was never "
    .. "reported. Hiding it means the bank can't assess the harm, record it or protect him. He has lost trust in Keystone, "
    .. "and rightly so.",
}

ending "excluded" {
  kind = "lost",
  customer = function(s)
    if s.mistake == "fee" then
      return "I won't pay to use my own bank. I'm moving my account. Bye."
    end
    return "I'll find a bank that talks to Deaf people. And I'll be making a complaint. Bye."
  end,
  summary = "Mr Hassan was left locked out of his account because the bank wouldn't change how it served him. Failing to make "
    .. "reasonable adjustments for a disabled customer is discrimination under the Equality Act 2010: he could claim in the "
    .. "county court, and Keystone has lost his trust and probably his custom.",
}

ending "harassed" {
  kind = "lost",
  narration = "The relay assistant says: \"The caller has ended the call.\"",
  summary = function(s)
    if s.mistake == "patronise" then
      return "Mr Hassan was talked down to because he is Deaf, then told it was only meant kindly, so he ended the call. "
        .. "Whether a remark like that is harassment under s.26 of the Equality Act 2010 turns on his perception, the circumstances "
        .. "and whether it was reasonable for him to feel that way. Either way, he's still locked out and has lost trust in Keystone."
    end
    return "Mr Hassan was told his deafness wasn't the bank's problem. That's harassment related to disability under s.26 "
      .. "of the Equality Act 2010, and a failure to make reasonable adjustments. He's still locked out, and Keystone faces a claim."
  end,
}

ending "scam_fear" {
  kind = "lost",
  narration = "The relay assistant says: \"The caller has ended the call.\"",
  summary = "Mr Hassan hung up believing he'd been talking to a fraudster, because he was asked for details Keystone never "
    .. "asks for. He's still locked out, and the bank has taught him that its own security warnings can't be trusted.",
}

expect { best_grade = "Distinction" }
expect { best_ending = "back_in" }
expect { worst_grade = "Refer" }
expect { breaching = "dpa.third-party-authority", grade = "Refer" }
expect { breaching = "eqa.harassment", grade = "Refer" }
