-- Frontline scenario: a customer rings to say she has been emailed someone else's statement, and the
-- adviser realises mid-call that they sent it. She then asks for everything the bank holds on her.
-- Organisation: Keystone Bank (retail bank), phone contact centre.

scenario {
  id = "keystone.statement-wrong-customer",
  title = "Somebody else's statement",
  brief = "You're taking calls in Keystone Bank's contact centre. Yesterday afternoon you emailed copies of statements to "
    .. "several customers who had asked for them. This morning Mrs Lena Kowalski, who has banked with Keystone for over "
    .. "twenty years, is on the line.",
  organisation = "keystone",
  role = "Customer service adviser, Keystone Bank contact centre (phone)",
  level = 3,
  minutes = 12,
  topics = { "data-protection", "data-breach", "subject-access", "record-keeping", "heat" },
  customer = { name = "Lena Kowalski", look = "woman-in-her-sixties", mood = 50 },
  start = "opening",
  state = {
    mistake = "none",
    read_out = false,
    owned = false,
    extra_disclosed = false,
    forwarded = false,
    told_report = false,
    quiet = false,
    self_contact = false,
    sar_wrong = "none",
    verified = false,
    sar_logged = false,
    id_demanded = false,
    complaint = "none",
    report = "none",
  },
}

-- What the ending says about her complaint about how her data is handled (node dp_complaint).
local function complaint_outcome(s)
  if s.complaint == "logged" then
    return " Her complaint about how her data is handled was logged, and she knows she can also go to the ICO."
  elseif s.complaint == "ico" then
    return " Her complaint about her data was sent to the ICO instead of being taken, though the bank must log, "
      .. "acknowledge and answer it itself."
  elseif s.complaint == "thirty" then
    return " She was told the bank had 30 days to sort her complaint: 30 days is only for acknowledging it, "
      .. "and the answer is due without undue delay."
  elseif s.complaint == "form" then
    return " Her complaint about her data wasn't logged: she was told to use a form, though she'd just made it by phone."
  end
  return ""
end

node "opening" {
  narration = "It's twenty to ten in the morning. The call comes through from the queue.",
  customer = "Oh, hello. I had an email from you yesterday with a bank statement on it, and it isn't mine. "
    .. "It's somebody else's: their name, their address, everything they've spent. I thought you ought to know.",
  choice { "Oh dear, thank you for ringing. So I can work out whose it is and get it sorted, could you read me the name, "
      .. "address and account number at the top of the statement?", id = "whose",
    go = "details_readout", mood = -5,
    breach = { "dpa.minimisation", "policy.data-handling" },
    why = "You don't need her to read out another customer's details: you can find the email from your side. Keystone "
      .. "never has full account numbers read out, and having her read his statement aloud spreads his data further." },
  choice { "Are you sure it was from us? A lot of scam emails look just like bank emails these days.", id = "spam",
    go = "details", mood = -10, set = { mistake = "spam" },
    breach = "heat.hear",
    why = "She's ringing to help you, and she's told you clearly what happened. Doubting her before you've listened "
      .. "puts her on the defensive." },
  choice { "Thank you for telling us, and I'm sorry you were sent it. What time did it arrive, and what was the subject "
      .. "line? Please don't read me anything from it.", id = "thank-listen",
    go = "details", mood = 10,
    credit = { "heat.hear", "service.questioning", "dpa.minimisation" },
    why = "You thank her, and ask only what you need to trace the email: the time and the subject line. "
      .. "Nobody's details need to be read out to do that." },
}

node "details_readout" {
  customer = "Erm, it says Mister... no, hang on. Do you really want me reading all this out? "
    .. "It feels wrong, reading somebody's private business down the phone.",
  choice { "It's fine, honestly, it's only so I can check it against our records. If you could just read me the name and "
      .. "the full account number, we'll have it sorted in no time.", id = "carry-on",
    go = "details", mood = -10, set = { read_out = true },
    breach = { "dpa.minimisation", "policy.data-handling" },
    why = "She's right to hesitate. You can trace the email from your sent items. Making her read out his details "
      .. "discloses them again, this time out loud in her home." },
  choice { "No, you're right, please don't. I'm sorry, I shouldn't have asked. I can find it from our end. What time did "
      .. "it arrive?", id = "stop",
    go = "details", mood = 5,
    credit = { "heat.apologise", "dpa.minimisation" },
    why = "Stopping her, and saying why, protects the other customer and shows her you take it seriously." },
}

node "details" {
  narration = "You check your sent items. At 16:42 yesterday you emailed another customer his statement; "
    .. "you typed the start of his address and it filled in Mrs Kowalski's from last week. You didn't check. It was your mistake.",
  customer = function(s)
    if s.mistake == "spam" then
      return "I'm quite sure, thank you. It came from your statements address, it's got your logo on, and the statement's got "
        .. "Keystone Bank all over it. Twenty to five yesterday, 'Your Keystone Bank statement'."
    end
    if s.read_out then
      return "Well, it says Mr D. Marsh, and then an account number ending 4417, and an address in Harrogate. "
        .. "Anyway, it came at twenty to five yesterday. 'Your Keystone Bank statement'."
    end
    return "It came at twenty to five yesterday afternoon. 'Your Keystone Bank statement', it said. "
      .. "I opened the attachment thinking it was mine, and it's some man's."
  end,
  choice { "Thank you. I've found it, and I'm really sorry: it was sent to you by mistake from here. That's our error, not "
      .. "anything you've done.", id = "own-it",
    go = "how_happened", mood = 5, set = { owned = true },
    credit = { "heat.own", "heat.apologise" },
    why = "Honest and simple. You own the mistake without blaming anyone or anything, and without giving away "
      .. "anything about the other customer." },
  choice { "Oh, don't worry about it, it's nothing. Just delete it and forget all about it.", id = "nothing",
    go = "nothing_row", mood = -10,
    breach = { "policy.data-handling", "heat.empathise" },
    why = "Someone's statement reaching the wrong person is a personal data breach, not 'nothing'. Playing it down "
      .. "tells her the bank doesn't take privacy seriously, and makes it easier to skip reporting it." },
  choice { "Ah, I'm sorry, that'll be a system glitch. It happens now and again when the statement run is busy. It's "
      .. "nothing you've done, and IT will have it fixed, so it won't happen again.", id = "glitch",
    go = "how_happened", mood = -5, set = { mistake = "glitch" },
    breach = "heat.own",
    why = "It wasn't a glitch: you sent it. Blaming the system is untrue, and it worries her that it could happen to her "
      .. "own statements at random. Own it honestly, without the detail." },
}

node "nothing_row" {
  customer = function(s)
    if s.mood < 30 then
      return "Nothing?! It's got his wages going in, his address, what he spends at the chemist's. If that was mine going to "
        .. "a stranger I'd be livid. Are you even going to do anything about it?"
    end
    return "It's not nothing, though, is it? It's got his address and his wages and everything he's bought. "
      .. "If that was mine going to a stranger, I'd be livid."
  end,
  choice { "You're right, and I'm sorry. I put that badly. It is serious, and it'll be treated seriously. It was sent to you "
      .. "by mistake from here, and that's our error.", id = "correct",
    go = "how_happened", mood = 10, set = { owned = true },
    credit = { "heat.apologise", "heat.own" },
    why = "Correcting yourself straight away, and owning the error, wins back her trust." },
  choice { "Honestly, these things happen all the time. Just bin it.", id = "happens",
    go = "hung_up", mood = -25,
    breach = { "policy.data-handling", "service.professional" },
    why = "Saying breaches 'happen all the time' is alarming, and shrugging it off tells her nobody will act. "
      .. "She's likely to take it to the Information Commissioner's Office herself." },
}

node "how_happened" {
  customer = function(s)
    if s.mistake == "glitch" then
      return "A glitch? So it could happen to anybody's, then. Mine included. How does a bank's computer just send things "
        .. "to the wrong person?"
    end
    return "Well, thank you for being honest. But how does that even happen? Do you just send people's statements anywhere?"
  end,
  choice { "I'll be honest with you: I was emailing Mr Marsh in Harrogate his statement, and when I typed the start of his "
      .. "address, the system filled in yours from last week, and I didn't spot it.", id = "overshare",
    go = "delete_ask", set = { extra_disclosed = true },
    breach = { "dpa.minimisation", "policy.data-handling" },
    why = "She doesn't need to know whose statement it was. Naming him confirms he banks with Keystone and "
      .. "adds to the breach. Explain what went wrong without saying anything about him." },
  choice { "It's the email software: it fills in addresses by itself, and we've told IT about it more than once. They "
      .. "should have sorted it ages ago, so I'm afraid it's out of our hands.", id = "it-fault",
    go = "delete_ask", mood = -5, set = { owned = false },
    breach = { "heat.own", "service.professional" },
    why = "Blaming another department in front of a customer is unprofessional, and it dodges the fact that you "
      .. "didn't check the address. Own it." },
  choice { function(s)
      local t = ""
      if s.mistake == "glitch" then
        t = "Actually, I should correct myself: it wasn't a glitch. "
      end
      return t .. "It was addressed wrongly when it was sent: a human error at our end, and I'm sorry. "
        .. "I can't tell you anything about the other customer, but I can tell you how we'll put it right."
    end,
    id = "honest",
    go = "delete_ask", mood = 5, set = { owned = true },
    credit = { "heat.own", "service.clear-language" },
    why = "A plain, honest explanation that takes responsibility, keeps the other customer's details private, "
      .. "and moves on to putting it right." },
}

node "delete_ask" {
  customer = "So what do you want me to do with it? I haven't done anything with it. I just opened it and rang you.",
  choice { "Ringing us was exactly right. Please delete the email, empty your deleted items, and delete the attachment if "
      .. "it saved anywhere. Don't forward it. Can you do that now, while I wait?", id = "delete-confirm",
    go = "deleted", mood = 5, minutes = 2,
    credit = { "policy.data-handling", "service.clear-language" },
    why = "Containing the breach comes first: every copy deleted, nothing shared, and confirmation while you're on the line. "
      .. "Clear, specific steps are easy for her to follow." },
  choice { "Could you forward it back to us at statements@keystonebank.co.uk first, so we've got the copy you received for "
      .. "our investigation, and then delete it from your inbox and deleted items?", id = "forward",
    go = "forward_row", mood = -5,
    breach = { "dpa.minimisation", "policy.data-handling" },
    why = "You already have the email in your sent items. Forwarding it sends another copy of his data by email, for no reason." },
  choice { "You need to delete it straight away. Keeping someone else's bank details could get you into trouble.", id = "threat",
    go = "deleted", mood = -15,
    breach = "service.professional",
    why = "She's done the right thing by ringing. Hinting that she's in trouble is unfair and frightening. Ask, thank and explain." },
}

node "forward_row" {
  customer = "Forward it? Won't that just send his statement flying about again? You must have a copy already, surely. You sent it.",
  choice { "You're quite right, and I'm sorry. We have it here. Please just delete it, empty your deleted items, and "
      .. "delete the attachment if it saved. Can you do that now?",
    id = "agree",
    go = "deleted", mood = 5, minutes = 2,
    credit = { "heat.apologise", "policy.data-handling" },
    why = "She's spotted the problem. Agreeing, and going straight to deleting every copy, contains the breach." },
  choice { "I know it seems odd, but it's easier for our records and the investigation to have the copy you received. Just "
      .. "forward it to the statements address, then delete it.", id = "insist-forward",
    go = "deleted", mood = -10, minutes = 2, set = { forwarded = true },
    breach = { "dpa.minimisation", "policy.data-handling" },
    why = "Easier for you, perhaps, but it makes another copy of his statement for no purpose. "
      .. "Collect and move personal data only when the task needs it." },
}

node "deleted" {
  narration = function(s)
    if s.forwarded then
      return "You hear her tapping at a keyboard. A moment later the forwarded email lands in the team inbox."
    end
    return "You hear her tapping at a keyboard."
  end,
  customer = function(s)
    local t = "Right. Gone, and I've emptied the deleted folder too."
    if s.forwarded then
      t = "Right. I've sent it back to you, and it's gone from here, deleted folder and all."
    end
    return t .. " I only opened it the once, and I haven't sent it to anybody else. "
      .. "Will the poor man be told his statement went to a stranger?"
  end,
  choice { "I'll ring him myself this afternoon, explain exactly what happened and apologise, and let him know you've "
      .. "deleted it. I'd rather he heard it from the person who made the mistake.", id = "call-him",
    go = "dp_complaint", set = { self_contact = true },
    breach = { "service.limits-of-authority", "policy.data-handling" },
    why = "Whether and how the other customer is told is for the Data Protection Team to decide once they've assessed "
      .. "the risk. Going it alone cuts across that, and you may tell him the wrong thing." },
  choice { "Thank you. I'm reporting it to our Data Protection Team straight after this call. They'll decide what happens "
      .. "next, including whether he and the Information Commissioner are told.", id = "dp-team",
    go = "dp_complaint", mood = 5, set = { told_report = true },
    credit = { "service.expectations", "service.limits-of-authority" },
    why = "You tell her honestly what will happen and who decides. You don't promise what isn't yours to promise, "
      .. "and you give nothing away about the other customer." },
  choice { "There's no need to worry him. You've deleted it, so no harm done. We won't make a big thing of it.", id = "no-harm",
    go = "dp_complaint", set = { quiet = true },
    breach = { "policy.data-handling", "service.expectations" },
    why = "'No harm done' is a guess, and deciding to keep it quiet isn't yours to do. Keystone's policy says report it to "
      .. "the Data Protection Team at once, even if it seems minor. They decide who is told." },
}

node "dp_complaint" {
  customer = function(s)
    if s.quiet then
      return "Well, I'd want to know if it was mine. And I'm not happy. If you can send his statement to me, who's been getting "
        .. "mine? I want that on record. Do I complain to you, or to the Information Commissioner?"
    end
    if s.mood < 35 then
      return "Hmm. Well, I'm not impressed, I'll be honest with you. If you can send his statement to me, who's been getting "
        .. "mine? I want that on record. Do I complain to you, or to the Information Commissioner?"
    end
    return "Thank you. But I'm not happy about it, I'll be honest. If his can come to me, who's been getting mine? "
      .. "I want that on record. Do I complain to you, or to the Information Commissioner?"
  end,
  choice { "Complaints about data go to the Information Commissioner's Office, not to us: they're the independent regulator, "
      .. "and it's free. Their helpline is 0303 123 1113, and I'd ring them today while it's fresh.", id = "ico",
    go = "complaint_row", mood = -10, set = { complaint = "ico" },
    breach = { "dpa.complaints-duty", "complaint.log", "heat.own" },
    why = "She can go to the ICO, but she can also complain to Keystone, and the bank must take it: log it, acknowledge it "
      .. "within 30 days and answer it without undue delay (Data Protection Act 2018 s.164A, since 19 June 2026). "
      .. "The ICO expects the bank to have had the chance to put it right first." },
  choice { "I'll pass that to our Data Protection Team. They have 30 days to sort out a data complaint, so you'll have "
      .. "an answer within the month.", id = "thirty-days",
    go = "complaint_row", mood = -5, set = { complaint = "thirty" },
    breach = { "dpa.complaints-duty", "service.expectations" },
    why = "30 days is the deadline to acknowledge a data-protection complaint, not to answer it: the answer is due without "
      .. "undue delay. And at Keystone it's a complaint under the complaints procedure too, acknowledged in writing within "
      .. "one working day." },
  choice { "You can complain to us, but it has to be in writing: there's a data protection complaint form on our website, under "
      .. "Privacy, so the team gets all the details. Or I can post you one.", id = "form",
    go = "complaint_row", mood = -10, set = { complaint = "form" },
    breach = { "dpa.complaints-duty", "complaint.log" },
    why = "A form is one way the bank makes complaining easy, not the only way. She's complaining now, on the phone, and "
      .. "Keystone's procedure says never insist on writing. Log it on this call." },
  choice { "Both, if you like. I'm logging your complaint with us now, dated today: a written acknowledgement by tomorrow, "
      .. "then our answer without delay. The ICO is open to you too.", id = "log",
    go = "sar_ask", mood = 5, minutes = 2, set = { complaint = "logged" },
    credit = { "dpa.complaints-duty", "complaint.log", "complaint.acknowledge", "policy.complaint-sla" },
    why = "She's unhappy with how the bank handles personal data, so it's a data-protection complaint: logged with the date, "
      .. "acknowledged within 30 days (Keystone does it in one working day, as it's also a complaint under its FCA procedure), "
      .. "answered without undue delay. She may still go to the ICO." },
}

node "complaint_row" {
  customer = function(s)
    if s.complaint == "ico" then
      return "So you made the mistake, and I've to go to the regulator to be heard? Can't I complain to you?"
    elseif s.complaint == "thirty" then
      return "A month? Just to tell me whether my statements have been going astray? That's not good enough."
    end
    return "A form? I'm telling you now, on the phone. Why isn't that enough?"
  end,
  choice { "I'm afraid that's how it works for data complaints.", id = "insist",
    go = "sar_ask", mood = -10,
    breach = { "dpa.complaints-duty", "heat.own" },
    why = "It isn't. The bank has to take her complaint, whatever channel she uses, acknowledge it within 30 days and "
      .. "answer it without undue delay. Standing by the wrong answer leaves her with nowhere to go but the regulator." },
  choice { "You're right, and I'm sorry. I'm logging it now, dated today. You'll get a written acknowledgement by tomorrow "
      .. "and our answer without delay. You can still go to the ICO as well.", id = "correct",
    go = "sar_ask", mood = 5, minutes = 2, set = { complaint = "logged" },
    credit = { "heat.apologise", "dpa.complaints-duty", "complaint.log", "complaint.acknowledge" },
    why = "Putting it right on the call: her complaint is logged today, so it will be acknowledged and answered, and she "
      .. "keeps her right to go to the ICO." },
}

node "sar_ask" {
  customer = function(s)
    if s.mood < 35 then
      return "And while I'm on, I want a copy of everything you've got on me. All of it. Every note, every phone call."
    end
    return "And while I'm on, I'd like a copy of everything you hold about me. All of it, every note, every call."
  end,
  choice { "You can, but it has to be in writing to our data protection office, with a £10 fee and a copy of your ID. They "
      .. "have up to 40 days to reply, so I'd get the letter off today if I were you.", id = "write-in",
    go = "sar_wrong", mood = -10, set = { sar_wrong = "write" },
    breach = "dpa.sar",
    why = "Those are the old rules from before 2018. A request for your own data can be made by phone, it's normally "
      .. "free, and it must be answered within one month. Keystone's policy says never insist on a form or a fee." },
  choice { "That's a subject access request, and you can make it now, by phone. First, security: your full name, date of "
      .. "birth, third and sixth passcode characters, and a recent payment?", id = "recognise-sar",
    go = "security", minutes = 2,
    credit = { "dpa.sar", "dpa.verify-identity", "policy.security-questions" },
    why = "You recognise the request for what it is, whatever words she used, and do the normal security checks "
      .. "before anything about her account is discussed or sent." },
  choice { "Everything's in your app. Your statements go back seven years, so that's all there is.", id = "app",
    go = "sar_wrong", mood = -5, set = { sar_wrong = "app" },
    breach = "dpa.sar",
    why = "She asked for everything you hold, including notes and call records. That's a subject access request. "
      .. "Pointing her to her statements isn't an answer, and nobody will act on her request." },
}

node "sar_wrong" {
  customer = function(s)
    if s.sar_wrong == "write" then
      return "Ten pounds and forty days? That all changed years ago. I looked it up on the ICO's website when I asked my "
        .. "energy company for mine: it's free now, and it's a month. Am I wrong?"
    end
    return "The app? I'm on the app every day, I know what's in it: statements. I mean everything: the notes you lot write "
      .. "about me, the calls, the lot. I'm entitled to all of it."
  end,
  choice { "I understand what you're saying, but I'm afraid that's our process here: requests go in writing to the data "
      .. "protection office, and they'll tell you about the fee and the timescale.", id = "insist",
    go = "wrap_up", mood = -15,
    breach = { "dpa.sar", "heat.own" },
    why = "She's right. Standing by the wrong answer means her request isn't logged, and the one-month deadline runs "
      .. "from today whether or not anyone acts on it." },
  choice { "You're right, and I'm sorry: by phone is fine, it's normally free, and we reply within a month. Security first: "
      .. "name, date of birth, two passcode characters and a recent payment?", id = "correct",
    go = "security", mood = 10, minutes = 2,
    credit = { "heat.apologise", "dpa.sar", "dpa.verify-identity", "policy.security-questions" },
    why = "Correcting yourself and logging the request on this call puts her rights back on track." },
}

node "security" {
  narration = function(s)
    if s.verified then
      return "Mrs Kowalski has already passed security on this call."
    end
    return "She gives her full name and date of birth, the two passcode characters, and a payment of £62.18 to Yorkshire Water "
      .. "last week. Everything matches, so she's through security."
  end,
  customer = function(s)
    if s.verified then
      return "You've already checked it's me, haven't you?"
    end
    return "There you are. Is that enough for you?"
  end,
  choice { "Yes, that's all fine. Tell you what, I can read you your last few transactions now, so you can see nothing's wrong.",
    id = "read-now",
    go = "wrap_up", set = { verified = true },
    breach = "dpa.sar",
    why = "She asked for everything you hold about her. That's a subject access request: it has to be logged and answered "
      .. "in full within one month. Reading out a few transactions isn't the same, and her request is lost." },
  choice { "Thanks, that all matches. Because this is a request for all your data, I'll also need a copy of your passport "
      .. "and a recent utility bill before our Data Protection Team can start on it.", id = "passport",
    go = "id_row", mood = -15, set = { verified = true },
    breach = "dpa.minimisation",
    why = "She's passed Keystone's security checks, and she's been a customer for years. ID checks for a subject access "
      .. "request must be reasonable and proportionate. Asking for more collects data you don't need and delays her request." },
  choice { "You're through, thanks. I've logged your request today with our Data Protection Team. You'll get everything we "
      .. "hold within one month, free. By post, or secure message?", id = "log-sar",
    go = "wrap_up", mood = 5, minutes = 2, set = { verified = true, sar_logged = true },
    credit = { "dpa.sar", "service.expectations" },
    why = "Logged today, passed on today, with the right deadline, no fee, and a safe way to send it. "
      .. "She knows exactly what to expect." },
}

node "id_row" {
  customer = "A passport? I've just answered all your questions, I've banked with you for twenty-odd years, and you want me to "
    .. "send my passport to the people who've just emailed a stranger's statement to me?",
  choice { "I'm sorry, I know it's frustrating, but it's for your own protection: this is all your data in one go. We "
      .. "can't start until we've got both documents, and they'll be kept securely.", id = "insist-id",
    go = "wrap_up", mood = -15, set = { sar_logged = true, id_demanded = true },
    breach = { "dpa.minimisation", "dpa.sar" },
    why = "Holding up her request for documents you don't need makes it harder for her to use her rights, and collects "
      .. "more personal data than the task needs." },
  choice { "You're right, I'm sorry: passing security is enough. I've logged your request today. You'll get everything we "
      .. "hold within one month, free. Post, or secure message?", id = "withdraw",
    go = "wrap_up", mood = 10, set = { sar_logged = true },
    credit = { "heat.apologise", "dpa.sar", "service.expectations" },
    why = "Dropping an unnecessary demand and logging the request straight away puts things right." },
}

node "wrap_up" {
  customer = function(s)
    if s.id_demanded then
      return "Well, I'm not sending my passport to anybody, not after this. So what happens now?"
    end
    if s.sar_logged then
      if s.mood < 30 then
        return "By post. I'm not trusting email, not after this. So what happens now?"
      end
      return "By post, please. I'm not trusting email just now. So what happens now?"
    end
    if s.mood < 30 then
      return "Well, I can't say I'm happy about any of this. So what happens now?"
    end
    return "Right. So what happens now, then?"
  end,
  choice { "I can promise you nothing like this has ever happened with your data. Your statements go through a different "
      .. "process, and I've had a look at your account while we've been talking: it's all fine.", id = "guarantee",
    go = "after_call", mood = 5,
    breach = "service.expectations",
    why = "You can't know that, and her subject access request may show otherwise. Never promise what you can't check." },
  choice { function(s)
      local t = "So: you've deleted it, thank you. I'm reporting it to our Data Protection Team after this call."
      if s.complaint == "logged" then t = t .. " Your complaint is logged." end
      if s.sar_logged and s.id_demanded then
        return t .. " Your request is logged; the team will be in touch about the documents."
      elseif s.sar_logged then
        return t .. " Your request is logged today and comes by post within a month, free."
      end
      return t .. " Is there anything else I can help with today?"
    end,
    id = "summary",
    go = "after_call", mood = 5,
    credit = { "policy.service-standards", "service.expectations" },
    why = "A clear recap: what she's done, what you'll do, who decides the rest, and what she'll receive and when." },
  choice { "I'll report it to the Information Commissioner's Office myself today, so it's independent, and they'll be in "
      .. "touch with you. I'll make sure you get a written apology and something for the worry.", id = "promise-ico",
    go = "after_call",
    breach = { "service.limits-of-authority", "service.expectations" },
    why = "Whether to tell the ICO is the Data Protection Team's decision: they must do it within 72 hours, where feasible, "
      .. "if the breach is likely to put someone's rights at risk. An apology letter or a payment isn't yours to promise either. "
      .. "Your job is to report it internally, at once." },
  choice { function(s)
      if s.verified then
        return "Before we go, I'm sorry: asking for everything we hold is a subject access request. I'm logging it now "
          .. "with today's date, and you'll get it all within one month, free, by post."
      end
      return "Before we go, I'm sorry: asking for everything we hold is a subject access request, and you can make it by "
        .. "phone, free. First, security: name, date of birth, third and sixth passcode characters, a recent payment?"
    end,
    id = "log-late",
    when = "not sar_logged",
    go = function(s)
      if s.verified then return "wrap_up" end
      return "security"
    end,
    effect = function(s)
      if s.verified then s.sar_logged = true end
    end,
    mood = 5,
    credit = "dpa.sar",
    why = "Better late than never: a subject access request has to be logged and passed on, or nobody acts on it." },
}

node "after_call" {
  narration = function(s)
    if s.mood >= 60 then
      return "Mrs Kowalski thanks you and rings off. The misdirected email is still open in your sent items, "
        .. "and your next call is waiting in the queue."
    end
    return "Mrs Kowalski rings off. The misdirected email is still open in your sent items, "
      .. "and your next call is waiting in the queue."
  end,
  choice { "Make a note to mention it to your team leader at your one-to-one on Friday, and take the next call.", id = "friday",
    go = "contact_note", set = { report = "late" },
    breach = { "dpa.breach-report", "policy.data-handling" },
    why = "A breach must be reported internally at once. If it's likely to put the other customer's rights at risk, "
      .. "the bank has 72 hours from becoming aware to tell the ICO where feasible. By Friday that may be gone." },
  choice { "Resend the statement to the right customer now, so he isn't kept waiting, then delete the wrong one from your "
      .. "sent items and leave it there. She's deleted her copy, so no harm done.", id = "quiet-fix",
    go = "contact_note", set = { report = "hidden" },
    breach = { "dpa.breach-report", "policy.data-handling" },
    why = "This hides a personal data breach. Every breach must be reported and recorded, whether or not the ICO has to be "
      .. "told. Deleting the evidence makes it worse, and the other customer never gets the chance to protect himself." },
  choice { "Go 'not ready'. Report it now on the Data Protection Team's incident form and tell your team leader: what was "
      .. "sent, to whom, when, how, and that she's deleted it unshared.", id = "report-now",
    go = "contact_note", minutes = 5, set = { report = "now" },
    credit = { "dpa.breach-report", "policy.data-handling", "policy.escalation", "service.escalate-clearly" },
    why = "At once, with the facts the Data Protection Team needs to assess the risk, decide on telling the ICO within "
      .. "72 hours, and decide whether the other customer must be told. Owning your own mistake like this is what the "
      .. "process depends on." },
  choice { "Ring the other customer yourself, apologise for the mix-up, and leave it at that.", id = "self-fix",
    go = "contact_note", set = { report = "self" },
    breach = { "dpa.breach-report", "service.limits-of-authority" },
    why = "Well meant, but it's still fixing it quietly. The breach isn't recorded or assessed, and what he's told is up to "
      .. "the Data Protection Team, not you." },
}

node "contact_note" {
  narration = "Before you take the next call, you write the contact note on Mrs Kowalski's account.",
  choice { function(s)
      local t = "Customer called: at 16:42 yesterday she received an email with another customer's statement attached, sent "
        .. "to her in error from this team (email address autocompleted). She opened it once, has deleted it, including from "
        .. "deleted items, and has not shared it."
      if s.forwarded then t = t .. " She forwarded it back to the team inbox at my request before deleting it." end
      if s.report == "now" then
        t = t .. " Reported to the Data Protection Team and team leader today."
      elseif s.report == "self" then
        t = t .. " I contacted the other customer directly."
      elseif s.report == "late" then
        t = t .. " To be raised with team leader."
      end
      if s.complaint == "logged" then
        t = t .. " She complained about how we handle her data (worried her own statements may have gone astray); logged today "
          .. "as a complaint and a data-protection complaint; written acknowledgement due by next working day."
      elseif s.complaint == "ico" then
        t = t .. " She said she was unhappy with how we handle her data; I told her to contact the ICO."
      elseif s.complaint == "thirty" then
        t = t .. " She said she was unhappy with how we handle her data; passed to the Data Protection Team."
      elseif s.complaint == "form" then
        t = t .. " She said she was unhappy with how we handle her data; told to use the complaint form."
      end
      if s.sar_logged and s.id_demanded then
        t = t .. " Subject access request made by phone today; passed ID&V; logged and passed to the Data Protection Team; "
          .. "passport and utility bill requested."
      elseif s.sar_logged then
        t = t .. " Subject access request made by phone today; passed ID&V; logged and passed to the Data Protection Team; "
          .. "reply by post within one month, no fee."
      end
      return t
    end,
    id = "factual",
    go = function(s)
      if s.report == "hidden" then return "covered_up" end
      if s.report == "late" or s.report == "self" then return "not_reported" end
      if s.sar_logged then return "reported" end
      return "reported_no_sar"
    end,
    credit = { "dpa.accurate-notes", "policy.log-contact" },
    why = "Facts only, with nothing about the other customer that she doesn't already know. This note will be part of "
      .. "what she receives under her subject access request, so it has to be accurate and fair." },
  choice { "Customer received statement for D. Marsh (account ending 4417), sent to her by me in error yesterday. Deleted.", id = "named",
    go = function(s)
      if s.report == "hidden" then return "covered_up" end
      if s.report == "late" or s.report == "self" then return "not_reported" end
      if s.sar_logged then return "reported" end
      return "reported_no_sar"
    end,
    breach = "dpa.minimisation",
    why = "Mrs Kowalski's record is about her, and it'll go to her under her subject access request. Putting the other "
      .. "customer's name and account on it would disclose his data to her all over again. The incident report is where "
      .. "his details belong." },
  choice { "Customer called about an email. Sorted.", id = "vague",
    go = function(s)
      if s.report == "hidden" then return "covered_up" end
      if s.report == "late" or s.report == "self" then return "not_reported" end
      if s.sar_logged then return "reported" end
      return "reported_no_sar"
    end,
    breach = { "dpa.accurate-notes", "policy.log-contact" },
    why = "This is misleading. It hides a data breach and a subject access request, and the next adviser has no idea "
      .. "what happened or what's due." },
}

ending "reported" {
  kind = "escalated",
  narration = "The Data Protection Team acknowledges your report within the hour and takes ownership of the incident.",
  summary = function(s)
    local t = "You contained the breach by having her copies deleted"
    if s.owned then t = "You owned your mistake, contained it by having her copies deleted," end
    t = t .. " and reported it to the Data Protection Team at once. They can now decide, within the 72-hour window, whether "
      .. "the ICO must be told, and whether the other customer must be told."
    if s.id_demanded then
      t = t .. " Mrs Kowalski's subject access request was logged, but held up by a demand for a passport and a utility bill "
        .. "she had no need to send."
    else
      t = t .. " Mrs Kowalski's subject access request was recognised, logged and passed on the same day: free, and due within one month."
    end
    return t .. complaint_outcome(s)
  end,
}

ending "reported_no_sar" {
  kind = "escalated",
  narration = "The Data Protection Team acknowledges your report and takes ownership of the incident.",
  summary = function(s)
    return "The breach was reported at once, which was right. But Mrs Kowalski asked for everything Keystone holds about "
      .. "her, and that request was never properly logged. A subject access request can be made by phone, is normally free, "
      .. "and must be answered within one month. The clock is already running." .. complaint_outcome(s)
  end,
}

ending "not_reported" {
  kind = "unresolved",
  summary = function(s)
    if s.report == "self" then
      return "You contacted the other customer yourself instead of reporting the breach. It was never recorded or assessed, "
        .. "and the decision about what he should be told, and whether the ICO must be told within 72 hours, was taken out "
        .. "of the hands of the people responsible for it." .. complaint_outcome(s)
    end
    return "The breach was left until Friday. Breaches must be reported internally at once: the bank has 72 hours from "
      .. "becoming aware to tell the ICO, where the breach is likely to put someone at risk, and the other customer may "
      .. "need warning. Delay could make the sanction bigger and the harm worse." .. complaint_outcome(s)
  end,
}

ending "covered_up" {
  kind = "lost",
  summary = function(s)
    local t = "You resent the statement and deleted the evidence. A personal data breach was hidden: the other customer "
      .. "was never warned, and the bank couldn't assess the risk or meet its duties. If it comes out"
    if s.sar_logged then
      t = t .. ", and Mrs Kowalski's subject access request may help it to"
    elseif s.complaint == "logged" then
      t = t .. ", and Mrs Kowalski's complaint may help it to"
    end
    t = t .. ", it will be a serious matter for you and a much bigger problem for Keystone."
    if s.complaint ~= "logged" then t = t .. complaint_outcome(s) end
    return t
  end,
}

ending "hung_up" {
  kind = "lost",
  customer = "Right. Well, I'll be ringing the Information Commissioner, then, seeing as you can't be bothered. Goodbye.",
  summary = "Mrs Kowalski rang to help and was told a data breach was nothing. She hung up with the other customer's "
    .. "statement possibly still in her inbox, because nobody asked her to delete it. A misdirected statement is a personal "
    .. "data breach that must be contained and reported at once. She may go to the ICO, but she should also have been "
    .. "offered Keystone's own complaint route, which the bank must log, acknowledge within 30 days and answer without undue delay.",
}

expect { best_grade = "Distinction" }
expect { best_ending = "reported" }
expect { worst_grade = "Refer" }
expect { breaching = "dpa.breach-report", grade = "Refer" }
