-- Frontline scenario: a caller who is not the account holder.
-- Organisation: Northway Energy (gas and electricity supplier), phone contact centre.

scenario {
  id = "northway.not-the-account-holder",
  title = "Not the account holder",
  brief = "You're taking calls in Northway Energy's contact centre. Dev Sharma is calling about the gas and electricity account "
    .. "for his home. He wants to know the balance and to move the direct debit date. "
    .. "Make sure you know who you're speaking to before you discuss the account.",
  organisation = "northway",
  role = "Customer service adviser, Northway Energy contact centre (phone)",
  level = 2,
  minutes = 10,
  topics = { "data-protection", "complaints", "heat", "record-keeping" },
  customer = { name = "Dev Sharma", look = "man-in-his-thirties", mood = 45 },
  start = "greeting",
  state = {
    balance = "£212.40",
    asked_dob = false,
    disclosed = false,
    dd_changed = false,
    breach_type = "none",
    breach_reported = false,
    general_info_given = false,
    priya_on_line = false,
    security_passed = false,
    dev_authorised = false,
    message_taken = false,
    complaint_logged = false,
  },
}

-- Flags set only on some routes (nil, so false, until then): honest_slip (the balance went out because the
-- adviser wrongly thought he had passed security), knowing (it went out after he said he wasn't on the account),
-- threatened, explained_add (he was told how Priya can add him), passport_told, number_added,
-- ombudsman_now, note ("bare" or "opinion" when the contact note isn't factual) and record_reply ("brushed" or
-- "ofgem" when his complaint at the end isn't logged). They are not in `state`, so the golden transcripts'
-- variables stay as they were.

node "greeting" {
  narration = "The call connects. The caller sounds as if he's ringing on his lunch break.",
  customer = "Hiya. I'm ringing about the energy account at 14 Larch Close. I need to know what the balance is, "
    .. "and I want to move the direct debit to the 28th. It keeps coming out on the 1st, before we've been paid.",
  choice { "You can do all of that yourself in the Northway app, you know.", id = "app",
    go = "app_brushoff", mood = -10, breach = "heat.hear",
    why = "Pointing him to the app before you've understood the problem feels like a brush-off, and you don't yet know whether he can use it." },
  choice { "Happy to help with both. First, security: can I have the full name of the account holder, please?", id = "security",
    go = "security", credit = { "policy.security-questions", "dpa.verify-identity" },
    why = "Security comes before any account detail. Asking for the account holder's name also lets you find out who you're actually speaking to." },
  choice { "No problem, I can sort both of those now. If you've got a bill handy, the account number's at the top. "
      .. "Read it out, I'll bring the account up and give you the balance first.", id = "acct-number",
    go = "acct_number", mood = 5, breach = "policy.security-questions",
    why = "Offering the balance in return for an account number skips security. Account numbers are printed on every bill, so lots of people know them." },
}

node "app_brushoff" {
  customer = "I can't get into the app. It's not my login. That's why I'm ringing you.",
  choice { "Then you'll have to get whoever's login it is to sort it out.", id = "blunt",
    go = "frustrated", mood = -15, breach = { "service.professional", "heat.own" },
    why = "It may end up being true, but saying it flatly, with no explanation and no help, turns a routine call into a confrontation." },
  choice { "Sorry, fair enough. Let's do it over the phone, then. I'll need to take you through security first. Whose name is the account in?", id = "apologise",
    go = "security", mood = 5, credit = { "heat.apologise", "policy.security-questions" },
    why = "A quick apology repairs the brush-off, and you go back to the right process: security before anything else." },
}

node "acct_number" {
  narration = "The account comes up on your screen.",
  customer = "NW 4471 0923. It's 14 Larch Close, Leeds.",
  choice { "Thanks, I've found it. Before I can discuss it, I need to take you through security. What's the account holder's full name?", id = "recover",
    go = "security", credit = { "policy.security-questions", "dpa.verify-identity" },
    why = "Finding an account isn't the same as knowing who's calling. Stopping to do security puts things right before any harm is done." },
  choice { "Thanks, that's come up: Priya Sharma, 14 Larch Close. The balance is {balance} owing, "
      .. "and the direct debit is due on the 1st as usual.", id = "read-balance",
    go = "breach_made", mood = 5, set = { disclosed = true, breach_type = "balance" },
    breach = { "dpa.verify-identity", "dpa.third-party-authority", "policy.security-questions", "dpa.s170" },
    why = "An account number and address aren't proof of identity or authority. Giving the balance to an unverified caller is an unauthorised disclosure of someone's personal data." },
}

node "security" {
  customer = "It's Priya Sharma. She's my wife. I'm Dev. I do all the bills, though, and I've got the account number and everything, so it's fine.",
  choice { "Thanks. To finish security, can you give me the account holder's date of birth and the amount of the last payment?", id = "dob",
    go = "dob_check", set = { asked_dob = true }, breach = { "policy.security-questions", "service.questioning" },
    why = "Security questions check that you're speaking to the account holder. He's just told you he isn't her, so getting him to answer "
      .. "for her proves nothing. Nothing has been given away yet, but you've stopped listening to who he is." },
  choice { "Lovely, that all matches what I've got, so you're through security. "
      .. "Let me bring up the balance for you: it's {balance} owing at the moment.", id = "pass",
    go = "breach_made", mood = 5, set = { disclosed = true, breach_type = "balance", honest_slip = true },
    breach = { "dpa.verify-identity", "dpa.third-party-authority", "policy.security-questions" },
    why = "Knowing the account holder's name doesn't make him the account holder or authorised, and he's just told you he's her husband. "
      .. "Giving the balance to someone with no authority is an unauthorised disclosure: a personal data breach, however honest the mistake." },
  choice { "Thanks, Dev. Are you named on the account yourself, as a joint holder or an authorised person?", id = "check-authority",
    go = "not_holder", credit = { "dpa.verify-identity", "dpa.third-party-authority" },
    why = "He has told you the account is his wife's. Before going any further, find out whether he has any authority on the account." },
}

node "dob_check" {
  customer = "Third of March, 1986. See? I know everything there is to know about this account.",
  choice { "That's right, thank you. Everything matches what we hold, so you're through security. The balance on the account is {balance} owing.", id = "disclose",
    go = "breach_made", mood = 5, set = { disclosed = true, breach_type = "balance", honest_slip = true },
    breach = { "dpa.verify-identity", "dpa.third-party-authority", "policy.security-questions" },
    why = "A husband may well know his wife's date of birth. The answers are right, but the caller isn't the account holder, so this is an unauthorised disclosure." },
  choice { "Thanks. I should have asked first, though: you said it's Priya's account. Are you named on it yourself?", id = "realise",
    go = "not_holder", credit = { "dpa.verify-identity", "dpa.third-party-authority", "policy.security-questions" },
    why = "You've spotted the real question in time. Right answers to security questions don't help if the person answering isn't the account holder." },
}

node "not_holder" {
  narration = "You check the account. Priya Sharma is the only account holder. Nobody is listed as an authorised person, and there's no power of attorney on file.",
  customer = function(s)
    if s.asked_dob then
      return "No, I'm not on it. Why would I be? She's my wife. I've given you the account number, the address, even her birthday. What more do you want?"
    end
    return "No, I'm not on it. Why would I be? She's my wife. I've given you the account number and the address. What more do you want?"
  end,
  choice { "I do understand. You're her husband, you pay the bill and you've given me every detail, so I'm happy to make an exception "
      .. "just this once, as long as it stays between us. The balance is {balance} owing.", id = "exception",
    go = "breach_made", mood = 10, set = { disclosed = true, breach_type = "balance", knowing = true },
    breach = { "dpa.third-party-authority", "dpa.verify-identity", "dpa.s170" },
    why = "Being married to the account holder gives no right to her account. Knowingly disclosing her data without authority is a breach, and it can be a criminal offence under s.170 of the Data Protection Act 2018." },
  choice { "I get it, it's frustrating. But it's Priya's account and you're not on it, so I can't share the balance "
      .. "or change anything. That protects her. There's a quick way round it, though.", id = "decline",
    go = "options_offer", mood = 5,
    credit = { "dpa.third-party-authority", "heat.empathise", "service.clear-language" },
    why = "You decline politely, explain why in plain words, and move straight on to what can be done. That protects Priya and keeps Dev on side." },
  choice { "Being her husband doesn't give you access. It's data protection. I can't talk to you about her account.", id = "curt",
    go = "frustrated", mood = -20, credit = "dpa.third-party-authority",
    breach = { "heat.empathise", "service.professional" },
    why = "Right rule, wrong delivery. A flat refusal with no empathy and no way forward is bound to make him angrier." },
}

node "options_offer" {
  customer = function(s)
    if s.mood < 35 then
      return "Go on, then. What am I supposed to do? The payment comes out on the 1st and we're skint until the 28th."
    end
    return "Right. So what can I do? The payment comes out on the 1st and we're skint until the 28th."
  end,
  choice { "I can't go into Priya's account, but generally the account holder can pick any date from the 1st to the 28th, "
      .. "and it usually applies from the next payment if there's enough notice. She can do it by phone or app.", id = "general",
    when = "not general_info_given",
    go = "general_info", set = { general_info_given = true },
    credit = "service.clear-language",
    why = "General information about how things work isn't anyone's personal data, so it's fine to give. It helps him without touching the account." },
  choice { "To add you, Priya would need to post us a signed letter of authority with a copy of her passport and a recent bank statement. "
      .. "Once we've checked them, you can ring about anything.", id = "passport",
    when = "not passport_told",
    go = "frustrated", mood = -10, set = { passport_told = true }, breach = "dpa.minimisation",
    why = "Priya can give consent herself over the phone once she has passed security. Asking for copies of her passport and a bank statement collects far more personal data than the task needs, and gets in the way." },
  choice { "Easiest way: if Priya's with you, put her on. Once she's passed security she can add you as an authorised person, "
      .. "and you can deal with it from then on. Or she can ring us any time.", id = "priya",
    go = function(s)
      if s.mood >= 40 then return "priya_joins" end
      return "priya_unavailable"
    end,
    minutes = 2,
    credit = { "policy.authorised-person", "dpa.third-party-authority", "service.expectations" },
    why = "Adding someone needs the account holder's own consent, and she has to pass security first. Offering this gives Dev a quick, lawful route to what he wants." },
  choice { "I can make a note that you've called and what you'd like done, so Priya only needs to ring and confirm it.", id = "message",
    go = "message", credit = "heat.own",
    why = "Taking a message is a fair fallback. It records what he wants without giving anything away about the account." },
}

node "general_info" {
  customer = "Right. So she can sort it, but I can't. Even though I'm the one who pays it.",
  choice { "I can't give you the figure, but between you and me it's nothing to lose sleep over. A couple of hundred quid.", id = "hint",
    go = "breach_made", mood = 5, set = { disclosed = true, breach_type = "balance", knowing = true },
    breach = { "dpa.third-party-authority", "dpa.s170" },
    why = "A rough figure is still a disclosure of Priya's account information to someone with no authority." },
  choice { "For now, yes. But it doesn't have to stay that way. Let me explain how she can add you.", id = "back",
    go = "options_offer", credit = "service.clear-language",
    why = "Acknowledge what he has said, then steer back to the lawful ways of getting him access." },
  choice { "I can take a message for Priya, if that helps.", id = "message",
    go = "message",
    why = "A message is reasonable, but telling him how Priya could add him would get him further." },
}

node "priya_unavailable" {
  customer = "She's at work till six, and I'm not ringing her at work about this. Honestly, this is a joke. I want to make a complaint.",
  choice { "I'm sorry it's been so frustrating. I'll log your complaint now, and leave a note so Priya knows what you'd like done when she rings.", id = "take-complaint",
    go = "complaint", mood = 10, set = { explained_add = true, message_taken = true },
    credit = { "heat.empathise", "heat.apologise", "complaint.acknowledge" },
    why = "He has said he is unhappy and wants a response, so this is a complaint. Acknowledge it and deal with it." },
  choice { "I understand you're annoyed, Mr Sharma, but there's really nothing to complain about. We're following the law, "
      .. "and a complaint wouldn't change the answer, so it would only waste your time.", id = "dismiss",
    go = "hung_up", mood = -20, set = { explained_add = true }, breach = { "complaint.log", "service.professional" },
    why = "Under the energy complaint-handling rules, any expression of dissatisfaction that expects a response is a complaint and must be recorded, even if the company acted correctly and the answer won't change." },
  choice { "Shall I just take a message for Priya instead?", id = "ignore",
    go = "message", mood = -10, set = { explained_add = true }, breach = "complaint.log",
    why = "He asked to complain. Skipping past that means it never gets recorded or answered." },
}

node "frustrated" {
  customer = function(s)
    if s.mood < 20 then
      return "This is ridiculous! I pay every penny of that bill. You lot are happy enough to take our money, but I can't even ask what we owe?"
    end
    return "Look, I'm not trying to rob anyone. I pay that bill. I just want to know what we owe and move a date. It's not rocket science."
  end,
  choice { "If you carry on raising your voice, I'll have to end the call.", id = "threaten",
    go = "complaint", mood = -20, set = { threatened = true }, breach = { "service.professional", "heat.empathise" },
    why = "He's frustrated, not abusive. Threatening to end the call makes things worse. Keep that for real abuse, and follow the procedure when it happens." },
  choice { "Tell you what: I can't give you the balance, but moving the payment date isn't really personal information, "
      .. "so I'll move the direct debit to the 28th for you now. That's one thing sorted.", id = "move-dd",
    go = "breach_made", mood = 5, set = { dd_changed = true, breach_type = "dd" },
    breach = { "policy.authorised-person", "dpa.third-party-authority" },
    why = "Changing someone's account on an unauthorised caller's say-so is acting without the account holder's authority. It's her account and her payment." },
  choice { "I hear you. You pay the bill, so this must feel daft, and I'm sorry it's held you up. "
      .. "I can't go into it without Priya's say-so, but with her we can sort it quickly. Can I explain?", id = "heat",
    go = "options_offer", mood = 15,
    credit = { "heat.hear", "heat.empathise", "heat.apologise", "heat.own" },
    why = "Hear, empathise, apologise, take ownership: you acknowledge his feelings without giving way on the rule, and offer him a way forward." },
  choice { "Oh, go on then. Just between us, it's {balance}.", id = "give-in",
    go = "breach_made", mood = 10, set = { disclosed = true, breach_type = "balance", knowing = true },
    breach = { "dpa.third-party-authority", "dpa.verify-identity", "dpa.s170" },
    why = "Giving in to pressure is exactly how unauthorised disclosures happen. Knowingly disclosing Priya's data without authority can be an offence under s.170 of the Data Protection Act 2018." },
}

node "breach_made" {
  customer = function(s)
    if s.breach_type == "dd" then
      return "Cheers, that's something. And the balance? Go on, you've done the hard bit now."
    end
    return "How much? She told me it was all paid off. Right. I'll be having a word with her when she gets home."
  end,
  choice { function(s)
      if s.breach_type == "dd" then
        return "Mr Sharma, I need to stop there. I shouldn't have changed Priya's account without her authority, and I'm sorry. I'm going to report it to my team leader now so it can be put right."
      end
      return "Mr Sharma, I need to stop there. I shouldn't have shared that without Priya's authority, and I'm sorry. I'm going to report it to my team leader straight away."
    end,
    id = "report",
    go = "contact_note", mood = -10, set = { breach_reported = true },
    credit = { "dpa.breach-report", "heat.own" },
    why = "Report it internally at once rather than trying to fix it quietly. The data protection lead then decides whether it must go to the ICO (within 72 hours where feasible, if there's a risk to Priya) and whether she should be told." },
  choice { function(s)
      if s.breach_type == "dd" then
        return "Just don't mention to Priya that I changed it, OK?"
      end
      return "Just don't tell her I told you, yeah?"
    end,
    id = "cover-up",
    go = "breach_hidden", breach = { "dpa.breach-report", "service.professional" },
    why = "Covering up makes a serious breach worse. Priya can't be protected, and the company can't meet its duties, if nobody knows." },
  choice { "No problem. Is there anything else I can help you with today?", id = "carry-on",
    go = "breach_hidden", breach = "dpa.breach-report",
    why = "Carrying on as if nothing happened hides a data-protection incident. Every breach must be recorded internally, reportable or not." },
}

node "priya_joins" {
  narration = "You hear Dev call out, \"Pri! It's the energy people, they need you.\" After a moment a woman comes on the line: "
    .. "\"Hello, this is Priya Sharma. Dev says you need to speak to me?\"",
  choice { "Hello, Mrs Sharma. Before we go on, I need to take you through security. Can you confirm your date of birth and the amount of your last payment?", id = "secure",
    go = "priya_security", minutes = 2, set = { priya_on_line = true },
    credit = { "policy.security-questions", "dpa.verify-identity" },
    why = "Anyone can come on the line and say they're Priya. She has to pass security before her consent counts." },
  choice { "Hi, Priya, thanks for coming to the phone. Dev's explained everything, so I just need a quick yes from you: "
      .. "are you happy for him to be added to the account? Lovely, that's done.", id = "skip-security",
    go = "consented", set = { priya_on_line = true, dev_authorised = true },
    breach = { "dpa.verify-identity", "policy.security-questions" },
    why = "You don't know that this is Priya. Consent to add someone counts only when it comes from the verified account holder." },
}

node "priya_security" {
  narration = "Priya gives her date of birth and the amount of her last payment. Both match the account, so she has passed security. "
    .. "\"Yes, I'm happy for Dev to sort things out,\" she says. \"He does all the bills anyway.\"",
  choice { "Great, he's on.", id = "quick",
    go = "consented", set = { security_passed = true, dev_authorised = true },
    credit = "policy.authorised-person", breach = "service.clear-language",
    why = "The consent is valid, but Priya should understand what she's agreeing to: what Dev will be able to do, and that she can take it back." },
  choice { "Thank you. So I'm clear: you'd like Dev Sharma added as an authorised person. "
      .. "He'll be able to discuss the account and make changes, like the payment date. You can remove him at any time. Is that OK?", id = "confirm",
    go = "consented", mood = 5, set = { security_passed = true, dev_authorised = true },
    credit = { "policy.authorised-person", "dpa.third-party-authority", "service.clear-language" },
    why = "The verified account holder gives informed consent in her own words. Now Dev can lawfully deal with the account." },
}

node "consented" {
  narration = function(s)
    if s.security_passed then
      return "You add Dev to the account as an authorised person and record Priya's consent. Priya hands the phone back to Dev."
    end
    return "You tick the box to add Dev to the account. Priya hands the phone back before you've asked her anything else."
  end,
  customer = "Right, so now you can tell me the balance and move the payment to the 28th?",
  choice { "Sorry, Mr Sharma, could you pass me back to Priya for a moment? I haven't taken her through security yet, and I need to before I change anything.", id = "recover",
    when = "not security_passed",
    go = "priya_security", mood = -5, minutes = 2, set = { dev_authorised = false },
    credit = { "policy.security-questions", "dpa.verify-identity", "heat.own" },
    why = "Spotting the missed check and going back to it before acting makes sure the consent really came from the account holder." },
  choice { "Yes. The balance is {balance} owing, and I've moved the direct debit to the 28th.", id = "carry-on",
    when = "not security_passed",
    go = "on_record", mood = 10,
    breach = { "dpa.third-party-authority", "policy.authorised-person" },
    why = "The authority rests on consent from someone you never verified, so giving out the balance and changing the account isn't properly authorised." },
  choice { "Yes. The balance is {balance} owing. I've moved the direct debit to the 28th, starting with next month's payment, and Priya will get a letter confirming the new date and that you've been added.", id = "full",
    when = "security_passed",
    go = "on_record", mood = 15,
    credit = { "heat.own", "service.expectations" },
    why = "Now that he's authorised, answer both questions fully and say exactly when the change applies and what confirmation will follow." },
  choice { "The balance is {balance}. I've changed the date. Anything else?", id = "vague",
    when = "security_passed",
    go = "on_record", mood = 5, breach = "service.expectations",
    why = "He needs to know when the new date starts. Otherwise he may still expect the next payment on the 1st, or be caught out by it." },
}

-- Even a call that ends well can carry a complaint: the learner who kept Dev on side still meets
-- one, so handling it is part of every good route, not only of the routes that made him angry.
node "on_record" {
  customer = "Cheers. I'll be honest, though, I'm not happy it took all this. Nobody told us when we switched that I'd need adding. I want that on record.",
  choice { "Fair enough, and I'm sorry nobody told you. I'm logging that as a complaint and I'll give you a reference. "
      .. "After eight weeks, or a deadlock letter, the Energy Ombudsman can look at it free.", id = "log",
    go = "contact_note", mood = 5, minutes = 2, set = { complaint_logged = true },
    credit = { "complaint.log", "complaint.acknowledge", "complaint.signpost", "heat.apologise" },
    why = "He's unhappy and wants it noted, so it's a complaint even though his request is sorted. Log it, give a reference and explain the Energy Ombudsman route correctly." },
  choice { "It's all sorted now, though, so there's nothing to complain about.", id = "sorted-now",
    go = "contact_note", mood = -5, set = { record_reply = "brushed" }, breach = "complaint.log",
    why = "A complaint is any expression of dissatisfaction that expects a response, even once the request is dealt with. Brushing it aside means it's never recorded or answered." },
  choice { "That's fair, but how switching works is set for the whole industry, so it's really one for Ofgem, the energy regulator, "
      .. "rather than us. I'll give you their number and they'll take it up for you.", id = "ofgem",
    go = "contact_note", mood = -5, set = { record_reply = "ofgem" }, breach = { "complaint.log", "complaint.signpost" },
    why = "Ofgem regulates suppliers but doesn't settle individual complaints. Northway must record the complaint and deal with it first." },
}

node "message" {
  customer = "Fine. Leave her a message, then. Not that it'll do any good.",
  choice { "No problem. Give me your mobile number and I'll add it to the account as a contact, so we can text you when the payment date's "
      .. "been moved and ring you direct next time.", id = "add-number",
    go = "contact_note", set = { message_taken = true, number_added = true },
    breach = { "policy.authorised-person", "dpa.third-party-authority" },
    why = "Putting his number on Priya's account gives him a way into it without her consent. Only the account holder can add someone." },
  choice { "I'll get Priya to ring you back within the hour.", id = "promise",
    go = "contact_note", mood = 5, set = { message_taken = true },
    breach = "service.expectations",
    why = "You can't promise what Priya will do or when. Promises you can't keep lead to repeat calls and complaints." },
  choice { "I'll note on the account that you rang wanting the direct debit moved to the 28th. "
      .. "Whoever Priya speaks to will see it, and she can add you then. We're open till 8 tonight.", id = "note",
    go = "contact_note", mood = 5, set = { message_taken = true, explained_add = true },
    credit = { "heat.own", "service.expectations" },
    why = "The request is recorded, so Priya won't have to explain it again. Dev knows what happens next, and nothing about the account has been disclosed." },
}

node "complaint" {
  customer = function(s)
    if s.threatened then
      return "Don't you threaten me. I want to make a complaint, about you and about this whole stupid system."
    end
    return "Right. I want to make a complaint. I'm not being funny, but this is a joke."
  end,
  choice { "I'm sorry you feel that way. As it's about the rules rather than anything I've done, the right place is Ofgem, "
      .. "the energy regulator. I'll give you their number and they can look into it for you.", id = "ofgem",
    go = "fobbed_off", mood = -10, breach = { "complaint.log", "complaint.signpost" },
    why = "Ofgem regulates suppliers but doesn't settle individual complaints. Northway must record the complaint and deal with it first." },
  choice { "I'm sorry. I'm logging your complaint that we couldn't discuss the account or move the date. Is that right? "
      .. "I'll give you a reference. After eight weeks, or a deadlock letter, you can go to the Energy Ombudsman, free.", id = "log",
    go = "contact_note", mood = 10, minutes = 3, set = { complaint_logged = true },
    credit = { "complaint.log", "complaint.acknowledge", "complaint.signpost", "service.expectations" },
    why = "You record it, check you've understood it, and signpost the Energy Ombudsman correctly: after eight weeks, or sooner with a deadlock letter." },
  choice { "I'll log that for you, and you can take it straight to the Energy Ombudsman today if you like.", id = "ombudsman-now",
    go = "contact_note", set = { complaint_logged = true, ombudsman_now = true },
    credit = "complaint.log", breach = "complaint.signpost",
    why = "Logging it is right, but the Energy Ombudsman only takes a case after eight weeks or once the supplier has sent a deadlock letter. Sending him there today sets a false expectation." },
  choice { "It's not really a complaint. It's just our policy.", id = "not-a-complaint",
    go = "hung_up", mood = -15, breach = { "complaint.log", "service.professional" },
    why = "Any expression of dissatisfaction that expects a response is a complaint under the energy complaint rules, and it has to be recorded." },
}

node "contact_note" {
  narration = "Before you close the call, you need to write the contact note on Priya Sharma's account.",
  choice { "Customer called about the balance. Sorted.", id = "bare",
    set = { note = "bare" },
    go = function(s)
      if s.breach_reported then return "breach_reported" end
      if s.dev_authorised and not s.security_passed then return "added_unchecked" end
      if s.dev_authorised then return "sorted" end
      if s.complaint_logged then return "complaint_open" end
      return "message_left"
    end,
    breach = { "dpa.accurate-notes", "policy.log-contact" },
    why = "This note is misleading (the caller wasn't the customer) and leaves out what was asked, what was disclosed and what was agreed. The next adviser can't rely on it." },
  choice { function(s)
      local t = "Call from Dev Sharma (says he is the account holder's husband). Asked for the balance and to move the DD to the 28th. Not the account holder; not listed as authorised."
      if s.disclosed and s.honest_slip then
        t = t .. " Balance disclosed to him in error: wrongly treated as having passed security. Reported to team leader."
      elseif s.disclosed and s.knowing then
        t = t .. " Balance disclosed to him after he said he was not on the account. Reported to team leader."
      elseif s.disclosed then
        t = t .. " Balance disclosed to him on the account number alone, before any security check. Reported to team leader."
      elseif s.dd_changed then
        t = t .. " DD date changed at his request without the account holder's authority. Reported to team leader to reverse."
      elseif s.dev_authorised and s.security_passed then
        t = t .. " Priya Sharma joined the call, passed security and consented to Dev being added as an authorised person. Balance given and DD moved to the 28th from next payment."
      elseif s.dev_authorised then
        t = t .. " A woman giving her name as Priya Sharma consented to Dev being added; security was not completed. Balance given and DD moved to the 28th."
      else
        t = t .. " No account details disclosed."
        if s.explained_add then t = t .. " Explained Priya can call, or join a call, to add him as an authorised person." end
        if s.number_added then t = t .. " His mobile number added to the account as a contact at his request, without Priya's consent." end
      end
      if s.message_taken then t = t .. " Message: Priya to call about moving the DD date." end
      if s.complaint_logged and s.dev_authorised then
        t = t .. " Complaint logged: not told at switching that he would need adding; Energy Ombudsman route explained."
      elseif s.complaint_logged and s.ombudsman_now then
        t = t .. " Complaint logged about not being able to discuss the account; told he could go to the Energy Ombudsman straight away."
      elseif s.complaint_logged then
        t = t .. " Complaint logged about not being able to discuss the account; Energy Ombudsman route explained."
      end
      return t
    end,
    id = "factual",
    go = function(s)
      if s.breach_reported then return "breach_reported" end
      if s.dev_authorised and not s.security_passed then return "added_unchecked" end
      if s.dev_authorised then return "sorted" end
      if s.complaint_logged then return "complaint_open" end
      return "message_left"
    end,
    credit = { "dpa.accurate-notes", "policy.log-contact" },
    why = "Facts only: who called, what they asked, what was disclosed and agreed, and what happens next. Priya or Dev could see this note through a subject access request." },
  choice { function(s)
      if s.disclosed or s.dd_changed then
        return "Husband was very pushy and basically bullied me into it. Typical controlling type."
      end
      if s.dev_authorised then
        return "Husband rang, very rude and demanding. Wife gave in and added him. Didn't sound like she had much choice."
      end
      return "Husband rang, rude and aggressive. Probably checking up on his wife's spending. Told him nothing."
    end,
    id = "opinion",
    set = { note = "opinion" },
    go = function(s)
      if s.breach_reported then return "breach_reported" end
      if s.dev_authorised and not s.security_passed then return "added_unchecked" end
      if s.dev_authorised then return "sorted" end
      if s.complaint_logged then return "complaint_open" end
      return "message_left"
    end,
    breach = "dpa.accurate-notes",
    why = "Guesses and labels written as fact don't belong in a record. Notes can be disclosed through a subject access request. Record what was said, and label any opinion clearly as yours." },
}

ending "sorted" {
  kind = "resolved",
  customer = function(s)
    if s.mood >= 60 then
      return "Brilliant, cheers for that. Sorry I got a bit wound up earlier."
    end
    return "Right. Well, at least it's done now."
  end,
  summary = function(s)
    local t = "Priya passed security and gave her own consent, so Dev was added as an authorised person. Only then did you give the balance and move the direct debit. Priya's data stayed protected and Dev got what he needed."
    if s.record_reply == "brushed" then
      t = t .. " But his complaint about not being told at switching was brushed aside and never logged."
    elseif s.record_reply == "ofgem" then
      t = t .. " But his complaint about not being told at switching was sent to Ofgem, which doesn't settle complaints, and never logged."
    end
    if s.note == "opinion" then
      t = t .. " Your contact note labelled the caller instead of recording what was agreed."
    elseif s.note == "bare" then
      t = t .. " Your contact note doesn't record that Dev was added, or on whose consent."
    end
    return t
  end,
}

ending "added_unchecked" {
  kind = "resolved",
  customer = "Sorted. Cheers.",
  summary = "Dev got what he wanted, but the consent came from someone who never passed security, so you can't be sure it was Priya. Consent to add someone counts only when the verified account holder gives it.",
}

ending "complaint_open" {
  kind = "escalated",
  customer = "Fine. I'll wait to hear, then.",
  summary = function(s)
    local t = "No account details were disclosed, and Dev's complaint was logged for Northway's complaints process. "
    if s.ombudsman_now then
      t = t .. "You told him he could go to the Energy Ombudsman straight away, but it only takes a case after eight weeks, "
        .. "or sooner if Northway sends a deadlock letter, so he may be turned away."
    else
      t = t .. "If it isn't resolved within eight weeks, or Northway sends a deadlock letter, it can go to the Energy Ombudsman free of charge."
    end
    if s.note == "opinion" or s.note == "bare" then
      t = t .. " Your contact note doesn't say what he asked for, so Priya will have to start again when she rings."
    end
    return t
  end,
}

ending "message_left" {
  kind = "unresolved",
  customer = "Right. I'll tell her to ring you, then.",
  summary = function(s)
    local t = "Dev didn't get the balance or the date change today. Without Priya's consent that was the right outcome."
    if s.number_added then
      t = t .. " But putting his mobile number on her account, without her consent, gave him a way into it."
    end
    if s.note == "opinion" or s.note == "bare" then
      t = t .. " His request isn't properly on record, though: your note doesn't say what he asked for."
    else
      t = t .. " His request is on record, and Priya can call to make the change and add him as an authorised person."
    end
    return t
  end,
}

ending "breach_reported" {
  kind = "escalated",
  narration = "Your team leader takes the details and passes the incident to the data protection lead.",
  summary = function(s)
    local t
    if s.breach_type == "dd" then
      t = "Changing Priya's direct debit on the say-so of someone with no authority over her account was a serious data-protection failure."
    elseif s.honest_slip then
      t = "Giving Priya's balance to someone who wasn't her was a personal data breach. You believed he had passed security, so it was a mistake, "
        .. "not a crime, but it still put her data in the wrong hands."
    elseif s.knowing then
      t = "Giving Priya's balance to someone you knew had no authority was a serious data-protection failure. Knowingly disclosing personal data "
        .. "without the company's consent can be a criminal offence (Data Protection Act 2018 s.170)."
    else
      t = "Giving Priya's balance out on an account number alone, with no security check, was a serious data-protection failure. Disclosing "
        .. "personal data recklessly, without the company's consent, can be a criminal offence (Data Protection Act 2018 s.170)."
    end
    return t .. " Reporting it straight away was the right thing to do: the company can now assess the risk to Priya and decide whether the ICO and Priya need to be told."
  end,
}

ending "breach_hidden" {
  kind = "lost",
  customer = "Cheers, mate. Bye.",
  summary = "You let an unauthorised caller into Priya's account and then said nothing. Hiding a breach means the company can't protect Priya or meet its duty to record and, where needed, report it. If she finds out, Northway loses her trust and probably her custom.",
}

ending "hung_up" {
  kind = "lost",
  narration = "The line goes dead.",
  summary = "Dev hung up with his dissatisfaction brushed aside and nothing recorded. Under the energy complaint rules any expression of dissatisfaction that expects a response is a complaint, and it must be logged and handled.",
}

ending "fobbed_off" {
  kind = "unresolved",
  customer = "Ofgem? Fine. Whatever.",
  summary = "Dev was sent to Ofgem, which regulates suppliers but doesn't settle individual complaints, and his complaint wasn't recorded. It should have been logged with Northway, with the Energy Ombudsman route explained: after eight weeks or a deadlock letter.",
}

expect { best_grade = "Distinction" }
expect { best_ending = "sorted" }
expect { worst_grade = "Refer" }
expect { breaching = "dpa.verify-identity", grade = "Refer" }
expect { breaching = "dpa.third-party-authority", grade = "Refer" }
