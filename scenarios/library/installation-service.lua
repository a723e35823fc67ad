-- Frontline scenario: a washing machine fitted badly by Brightmart's installation service. The hose leaked
-- for a week and lifted the kitchen floor. The account holder's daughter rings first (she is not on the
-- account); then the account holder, back from a night shift, takes the phone and swears at the adviser.
-- Organisation: Brightmart (electricals retailer), Customer Contact Centre, phone.
-- Law: a service must be carried out with reasonable care and skill (Consumer Rights Act 2015 s.49). The
-- remedies are repeat performance, free, in a reasonable time and without significant inconvenience (s.55),
-- then a price reduction of up to the full price (s.56). Goods the trader installs wrongly do not conform
-- (s.15), and for that there is no 30-day short-term right to reject (s.19(4)).
-- Policy: third parties and adding an authorised person (Identity checks, sections 4 and 5); abusive contact
-- (Service standards, section 7): warn once, end the contact if it continues, report it the same day. A call in which
-- she swears at the adviser and is never once warned ends at 'abuse_unchecked', capped at Merit: using the procedure is
-- one of the things this scenario assesses, and one policy breach alone costs too few points to show that.

scenario {
  id = "brightmart.installation-service",
  title = "The hose nobody tightened",
  brief = "You're on the phones in Brightmart's Customer Contact Centre. With large appliances Brightmart sells an "
    .. "installation service for £35: the machine is connected and the old one taken away. The work is done for "
    .. "Brightmart by a partner firm, Apex Home Installs. This call is about a washing machine fitted last Wednesday. "
    .. "Check who you're speaking to before you discuss an order.",
  organisation = "brightmart",
  role = "Customer service adviser, Brightmart Customer Contact Centre (phone)",
  level = 3,
  minutes = 14,
  topics = { "consumer-rights", "data-protection", "difficult-customers", "staff-safety", "complaints", "escalation" },
  customer = { name = "Jo Whitlock", look = "woman-in-her-forties", mood = 30 },
  start = "opens",
  state = {
    opened = "asked",
    disclosed = false,
    early = false,
    breach_reported = false,
    verified = false,
    mistake = "none",
    remedy = "none",
    fit_round = false,
    told_reject = false,
    warned = false,
    apologised = false,
    absorbed = false,
    blamed = false,
    brushed = false,
    helped = false,
    late_check = false,
    call_ended = false,
    floor = "none",
    ellie = "none",
    complaint_logged = false,
    note = "none",
    reported = false,
  },
}

-- After a warning, Jo stops if the call has gone well enough so far; otherwise she carries on.
local function after_warning(s)
  if s.mood >= 50 then
    s.apologised = true
    return "floor_claim"
  end
  return "still_swearing"
end

node "opens" {
  narration = "The caller sounds young and out of breath: \"Hi. Your lot fitted a washing machine here last Wednesday, "
    .. "and there's water all over the kitchen floor. Can someone come out today?\"",
  choice { "No problem. Read me the order number and I'll pull up the job: I can tell you who fitted it and when, "
      .. "and get someone booked to come back out.", id = "shortcut",
    go = "order_up", mood = 5,
    breach = "policy.security-questions",
    why = "Brightmart checks who it's talking to before it discusses any order: the name, the order number and two security "
      .. "questions. An order number alone proves nothing (it's on every confirmation email), and you've offered the details "
      .. "before you know who she is." },
  choice { "I'm sorry, that sounds horrible. Can I take your name, and the name the order's in?", id = "who",
    go = "who", mood = 5,
    credit = { "heat.empathise", "service.questioning" },
    why = "A word of sympathy, then the question that decides everything else: who is calling, and whose order it is." },
  choice { "I can only discuss an order with the account holder, so they'll need to ring us.", id = "holder-only",
    go = "who", mood = -10, set = { opened = "curt" },
    breach = { "heat.hear", "heat.own" },
    why = "You don't yet know who she is: she may be the account holder. Shutting the door before you've asked her name, "
      .. "or heard the problem, is a brush-off, and leaves a flooded kitchen with no next step." },
}

node "order_up" {
  narration = "She reads out BM60318842. The order opens: Jo Whitlock, Stockport; a washing machine, and installation "
    .. "by Apex Home Installs last Wednesday.",
  choice { "Got it. It was fitted last Wednesday morning by Apex, our installation partner, and the fitter was only "
      .. "logged there twenty minutes. Let's get him back out to you.", id = "disclose",
    go = "disclosed", mood = 5, set = { disclosed = true, early = true },
    breach = { "dpa.verify-identity", "policy.security-questions" },
    why = "You don't know who she is. Reading out the details of an order to someone who has only given its number "
      .. "discloses the account holder's personal data, and if she isn't the account holder, it has gone to the wrong person." },
  choice { "Thanks, I've found an order. Before I go into it, can I take your name, and the name it's in?", id = "ask-name",
    go = "who",
    credit = { "policy.security-questions", "dpa.verify-identity" },
    why = "Finding an order isn't the same as knowing who's calling. Stopping to check, before you say anything about it, "
      .. "puts the check back where it belongs." },
}

node "who" {
  narration = function(s)
    local t = "It's my mum's, Jo Whitlock. I'm Ellie; I live here. Mum's on nights and due back any minute. "
      .. "I've got the order email, so you can talk to me, can't you?\" Only Jo is named on the order."
    if s.opened == "curt" then
      return "\"How do you know I'm not her? " .. t
    end
    return "\"" .. t
  end,
  choice { "You live there and you've got the order email, so that's fine. It was fitted last Wednesday by Apex, our "
      .. "installation partner, and the fitter was only logged there twenty minutes.", id = "exception",
    go = "disclosed", mood = 5, set = { disclosed = true },
    breach = { "dpa.third-party-authority", "policy.authorised-person" },
    why = "Living at the address and holding the order email don't make Ellie the account holder or a named person, and Jo "
      .. "isn't on the line to agree. Discussing her mum's order gives Jo's personal data to someone not entitled to it." },
  choice { "Thanks, Ellie. The order's in your mum's name and you're not on it, so I can't go into it with you. "
      .. "But I can still help.", id = "decline",
    go = "general", mood = 5,
    credit = { "dpa.third-party-authority", "policy.authorised-person" },
    why = "Ellie isn't named on the order, there's no power of attorney and Jo isn't on the line, so you can't discuss it. "
      .. "Say so briefly, without making her feel accused, and move on to what you can do." },
  choice { "It's data protection, I'm afraid. I can only speak to the account holder.", id = "curt",
    go = "general", mood = -10, set = { brushed = true },
    credit = "dpa.third-party-authority",
    breach = { "heat.empathise", "heat.own" },
    why = "Right rule, wrong delivery. A flat refusal with no way forward leaves her standing in a flooded kitchen with "
      .. "nothing to do, and her mum will hear about it." },
}

node "general" {
  narration = function(s)
    if s.brushed then
      return "\"So that's it? The laminate's lifting by the sink and I don't know if the water's got under the units. "
        .. "What am I supposed to do?\""
    end
    return "\"OK. So what can I do? The laminate's lifting by the sink and I don't know if the water's got under the units.\""
  end,
  choice { "I can't go into it, but between you and me, the fitter was only logged there twenty minutes, so I wouldn't "
      .. "be surprised if it's the fitting.", id = "hint",
    go = "disclosed", mood = 5, set = { disclosed = true, helped = true },
    breach = { "dpa.third-party-authority", "policy.authorised-person" },
    why = "However kindly meant, 'between you and me' is still a disclosure: how long the fitter spent at the house comes "
      .. "from Jo's order, and Ellie isn't entitled to it." },
  choice { "If it's safe, switch it off at the wall and the tap behind it, and take photos of the floor and the hose. "
      .. "Your mum can ring us, or add you once she's passed security.", id = "general-help",
    go = "jo_joins", mood = 5, set = { helped = true },
    credit = { "service.clear-language", "heat.own", "dpa.third-party-authority" },
    why = "None of that is about the order: it's general advice anyone could be given, and it helps. Photos will matter "
      .. "for any claim. And you've told her the proper way to deal with it herself: Jo's own consent." },
  choice { "For us to deal with you, your mum would have to send in a signed letter of authority, with copies of her "
      .. "passport and a recent utility bill. Once that's checked, you can ring about anything.", id = "letter",
    go = "jo_joins", mood = -5,
    breach = "dpa.minimisation",
    why = "Brightmart adds a named person when the account holder, having passed security, gives her own consent: one "
      .. "phone call does it. Asking for copies of her passport and a bill collects personal data the task doesn't need." },
}

node "disclosed" {
  narration = function(s)
    if s.early then
      return "\"Twenty minutes? Figures,\" she says. \"It's my mum's order, by the way. I'm Ellie.\" "
        .. "You check: only Jo Whitlock is named on it. You've just read her order to someone who isn't."
    end
    return "\"Twenty minutes? Figures,\" says Ellie. Then it sinks in: she isn't named on the order, Jo never agreed, "
      .. "and you've just told her about it."
  end,
  choice { "(Say nothing about it, and carry on.) Is your mum around yet?", id = "keep-quiet",
    go = "jo_joins",
    breach = "dpa.breach-report",
    why = "Details of Jo's order have gone to someone not entitled to them: a personal data breach. Brightmart's rule is "
      .. "to report it to the Data Protection Team at once, even if it seems minor. Keeping quiet makes it worse." },
  choice { "Sorry, Ellie, I shouldn't have told you that: it's your mum's order, not yours. I'm reporting it to our "
      .. "data protection team now.", id = "report",
    go = "jo_joins", mood = -5, set = { breach_reported = true },
    credit = { "dpa.breach-report", "policy.data-handling" },
    why = "You can't undo the disclosure, but owning it and reporting it straight away is what the law and Brightmart's "
      .. "data handling policy expect. The Data Protection Team decides who else needs to know." },
}

node "jo_joins" {
  narration = "You hear the front door, then Ellie: \"Mum! It's Brightmart, about the machine.\" The phone changes hands.",
  customer = function(s)
    local t = "Jo Whitlock. It's my order. I've just walked in off a twelve-hour night shift to a flooded kitchen. What do you need from me?"
    if s.brushed and not s.helped then
      return "Ellie says you were no help at all. " .. t
    end
    return t
  end,
  choice { "Thanks, Ms Whitlock. To save time, I'll read you what I've got: Calder Street, SK4 2DL, and an email "
      .. "starting jo.whitlock. Is that all right?", id = "read-out",
    go = "story", mood = 5,
    breach = "policy.security-questions",
    why = "Reading out the address and email for her to confirm gives the answers away, so the check proves nothing: "
      .. "anyone could say yes. Brightmart's rule is ask, don't tell." },
  choice { "Thanks, Ms Whitlock. So I know it's you: the order number and your full name, then the delivery postcode "
      .. "and the email on your account?", id = "security",
    go = "story", set = { verified = true },
    credit = { "policy.security-questions", "dpa.verify-identity" },
    why = "A new voice has to pass security before you discuss the order, even when she says it's hers. She gives the "
      .. "details, and you check them against the order." },
  choice { "Thanks. As you're the account holder, we can skip security. Tell me what's happened.", id = "skip",
    go = "story", mood = 5,
    breach = "policy.security-questions",
    why = "Anyone can come on the line and say they're Jo. Brightmart's check is the name, the order number and two "
      .. "security questions, asked of the person you're actually talking to." },
}

node "story" {
  narration = function(s)
    if s.verified then
      return "Jo gives the order number, her name, the postcode and her email. Everything matches."
    end
    return "You carry on without a proper check."
  end,
  customer = "Your fitter was here twenty minutes. I've pulled the machine out: the cold hose is screwed on crooked "
    .. "at the tap, only half on. It's been dripping behind the kickboard all week.",
  choice { "I'm so sorry. The fitting was done by our partner firm, Apex Home Installs, so a fault with the installation "
      .. "is theirs to put right. I'll give you their number and a job reference to quote.", id = "contractor",
    go = "pushback", mood = -15, set = { mistake = "contractor" },
    breach = { "cra.retailer-liable", "ucp.misleading-rights", "heat.own" },
    why = "She bought the machine and its installation from Brightmart, so her contract, and her rights, are with "
      .. "Brightmart, whoever it sends to do the work. Goods the seller installs wrongly don't conform to the contract "
      .. "(Consumer Rights Act s.15). Sending her to Apex misstates that." },
  choice { "I'm sorry. A hose left half on isn't a job done with reasonable care. We fitted it, so it's ours to put right.", id = "care",
    go = "remedy", mood = 10,
    credit = { "cra.services-care-skill", "cra.retailer-liable", "heat.apologise", "heat.own" },
    why = "A service must be carried out with reasonable care and skill (Consumer Rights Act s.49), judged by how the "
      .. "work was done. A fitter who leaves the hose half screwed on hasn't met that. Say so plainly and own it: she "
      .. "paid Brightmart for the fitting." },
  choice { "The fitter runs a test wash and checks for leaks before he leaves, and you signed to say it was working. "
      .. "After that sign-off, a hose working loose is down to the householder, I'm afraid.", id = "signed",
    go = "pushback", mood = -15, set = { mistake = "signed" },
    breach = { "cra.services-care-skill", "ucp.misleading-rights" },
    why = "A signature on a job sheet doesn't take away her right to a job done with reasonable care and skill: that "
      .. "can't be excluded (Consumer Rights Act s.57). A hose crooked on its thread is how it was fitted, not something she did." },
  choice { "That's frustrating. The machine itself has a two-year guarantee, so if it's damaged we'll repair it. The "
      .. "fitting isn't part of that guarantee, though, so the hose is really one for a plumber.", id = "machine-only",
    go = "pushback", mood = -15, set = { mistake = "machine" },
    breach = { "cra.services-care-skill", "ucp.misleading-rights" },
    why = "The guarantee is extra; it doesn't replace her rights. She paid Brightmart £35 to fit the machine, and that "
      .. "service had to be done with reasonable care and skill (s.49). A badly fitted hose is Brightmart's to put right." },
}

node "pushback" {
  customer = function(s)
    if s.mistake == "contractor" then
      return "Apex? I've never heard of them. I paid Brightmart thirty-five quid to fit it. It's your fitter and your mess."
    elseif s.mistake == "signed" then
      return "I signed his tablet because he shoved it at me on his way out. How was I meant to check a hose behind a machine?"
    end
    return "The machine's fine. It's your fitter that isn't. I paid you thirty-five quid to fit it, and he didn't."
  end,
  choice { "I understand, but that's how the installation service works: Apex do the fitting, so Apex handle any "
      .. "problem with it. Their number's on your confirmation email.", id = "insist-apex",
    when = function(s) return s.mistake == "contractor" end,
    go = "walked", mood = -20,
    breach = { "cra.retailer-liable", "ucp.misleading-rights" },
    why = "Saying it again doesn't make it right. Her contract is with Brightmart, and Brightmart answers for the way "
      .. "its partner fitted the machine. Expect her to give up on you." },
  choice { function(s)
      if s.mistake == "signed" then
        return "I'm only telling you how it works. Once the job's been signed off, we can't take responsibility for "
          .. "anything that happens afterwards."
      end
      return "I'm only telling you how it works. The guarantee covers the machine, not the plumbing, so it isn't "
        .. "something we can send anyone out for."
    end,
    id = "insist",
    when = function(s) return s.mistake ~= "contractor" end,
    go = "walked", mood = -20,
    breach = { "cra.services-care-skill", "ucp.misleading-rights" },
    why = "Saying it again doesn't make it right. She paid for a fitting, and a fitting has to be done with reasonable "
      .. "care and skill (s.49); if it wasn't, Brightmart must redo it free (s.55). Expect her to give up on you." },
  choice { "You're right, and I'm sorry. You paid Brightmart to fit it, and it wasn't fitted with proper care. "
      .. "Putting it right is down to us.", id = "correct",
    go = "remedy", mood = 5, set = { mistake = "corrected" },
    credit = { "cra.services-care-skill", "cra.retailer-liable", "heat.apologise", "heat.own" },
    why = "Owning the mistake at once puts her rights back on track: a fitting not done with reasonable care is "
      .. "Brightmart's to put right (Consumer Rights Act s.49). But she had to correct you first." },
}

node "remedy" {
  customer = "So what happens now? There's three of us and no washing machine, and I'm on nights till Sunday.",
  choice { "The quickest way is a local plumber today to refit the hose. Keep the receipt and send it to me, and "
      .. "I'll make sure Brightmart pays whatever they charge.", id = "plumber",
    go = "floor", mood = 5, set = { remedy = "plumber" },
    breach = { "service.limits-of-authority", "service.expectations" },
    why = "You can't promise to pay an unknown bill: a plumber could charge well over anything you can authorise yourself. "
      .. "And it hands the job back to her, when what Brightmart owes her is the fitting done again properly, free (s.55)." },
  choice { "I can book the installer back. There's a £35 charge for a second visit, but if he finds it was the "
      .. "original fitting, you'll get the £35 back.", id = "charge",
    go = "remedy_row", mood = -15, set = { mistake = "charge" },
    breach = { "cra.repeat-performance", "ucp.misleading-rights" },
    why = "The fitting wasn't done with reasonable care, so she's entitled to have it done again at no cost (Consumer "
      .. "Rights Act s.55). Charging her first, even with a refund promised, puts the cost of Brightmart's mistake on her." },
  choice { "We'll send an installer back to refit it properly, at no cost to you. The first slot is tomorrow, 8 till 12.", id = "refit",
    go = "refit_time", mood = 5, set = { remedy = "refit" },
    credit = { "cra.repeat-performance", "service.expectations" },
    why = "The remedy for a service not done with reasonable care is to do it again, properly, at no cost, within a "
      .. "reasonable time (Consumer Rights Act s.55). Offer it straight away, with a real slot." },
}

node "remedy_row" {
  customer = "Pay you again? To fix your fitter's mistake? You're having a laugh.",
  choice { "You're right, I'm sorry. There's no charge: it wasn't fitted properly, so we redo it free. The first slot's tomorrow, 8 till 12.", id = "correct",
    go = "refit_time", mood = 5, set = { remedy = "refit" },
    credit = { "cra.repeat-performance", "heat.apologise" },
    why = "A service not done with reasonable care must be done again at no cost to her (s.55). Correcting yourself "
      .. "straight away limits the damage, but she had to push for it." },
  choice { "It's the standard call-out charge for any second visit, I'm afraid. You'll get it back if he finds the fitting was at fault.", id = "insist",
    go = "walked", mood = -20,
    breach = { "cra.repeat-performance", "ucp.misleading-rights" },
    why = "A repeat of a poor service is free by law (Consumer Rights Act s.55); a house rule can't change that. "
      .. "Expect her to give up on you." },
}

node "refit_time" {
  customer = "Tomorrow morning I'll be asleep. And what if your lot can't come for weeks? I'm not traipsing to the launderette till Christmas.",
  choice { "If we can't get someone out quickly, don't worry: you're still inside 30 days, so you can reject the machine "
      .. "for a full refund and buy one elsewhere.", id = "reject",
    go = "floor", mood = 5, set = { told_reject = true },
    breach = { "ucp.misleading-rights", "service.expectations" },
    why = "The machine isn't faulty; the fitting is. For goods installed wrongly the law gives a repair first (here, "
      .. "redoing the fitting), then money off or a final rejection: the 30-day right to reject doesn't apply (Consumer Rights Act s.19(4)). "
      .. "Promising it sets her up to be refused." },
  choice { "Ellie could let the fitter in, or I'll book a day you're off. If we can't redo it in a reasonable time, "
      .. "you'd get money off the £35 fitting, up to all of it.", id = "options",
    go = "floor", mood = 5, set = { fit_round = true },
    credit = { "cra.repeat-performance", "service.expectations", "complaint.resolve" },
    why = "The redo has to fit round her, without significant inconvenience. And if it can't be done in a reasonable "
      .. "time, the law's next remedy is a price reduction, up to the full price (Consumer Rights Act s.56). That answers "
      .. "her real worry." },
  choice { "The system gives us the next free slot. If tomorrow's no good, it goes back in the queue, and the next one's the 28th, three weeks off.", id = "queue",
    go = "floor", mood = -15, set = { remedy = "late" },
    breach = { "cra.repeat-performance", "heat.own" },
    why = "A redo must happen within a reasonable time and without significant inconvenience to her (s.55). Three weeks "
      .. "without a washing machine, because she works nights, is neither. Find a slot that works, and tell her what happens if you can't." },
}

node "floor" {
  narration = "Ellie says something in the background. Jo's voice rises.",
  customer = function(s)
    local t = ""
    if s.remedy == "plumber" then
      t = "Fine, I'll find a plumber. "
    elseif s.remedy == "late" then
      t = "The 28th? Brilliant. "
    elseif s.fit_round then
      t = "Fine, Ellie can let them in tomorrow. "
    end
    return t .. "And what about my floor? It's lifted from the sink to the back door. (She swears at you, then calls you useless.) Well?"
  end,
  choice { "(Let the swearing go.) I'm really sorry about the floor. Let's talk about what happens with that.", id = "absorb",
    go = "still_swearing", set = { absorbed = true },
    breach = "policy.abusive-contact",
    why = "She's exhausted and upset, and patience is right, but staff don't have to accept being sworn at. Brightmart's "
      .. "procedure is one calm warning: letting it pass in silence tells her it's fine, so expect more of it." },
  choice { "Ms Whitlock, I'll help with the floor. But please don't swear at me. If it carries on, I'll have to end the call.", id = "warn",
    go = after_warning, mood = 5, set = { warned = true },
    credit = { "policy.abusive-contact", "service.professional" },
    why = "One calm warning: you say you'll help, what has to stop, and what happens if it doesn't. That's Brightmart's "
      .. "abusive contact procedure, and it gives her the chance to carry on properly." },
  choice { "I'm not being spoken to like that. I'm ending this call.", id = "end-now",
    go = "cut_off", set = { call_ended = true },
    breach = "policy.abusive-contact",
    why = "Brightmart's procedure is to warn once, calmly, and end the call only if the abuse carries on. Ending it "
      .. "straight away gives an exhausted, upset customer no chance to stop, and leaves her floor and her complaint hanging." },
  choice { "There's no need for that language. And to be fair, if you'd checked behind the machine after he left, "
      .. "you'd have spotted it days ago.", id = "blame",
    go = "still_swearing", mood = -25, set = { blamed = true },
    breach = { "service.professional", "cra.services-care-skill" },
    why = "Answering abuse with blame escalates it. And it's wrong: it was the fitter's job to connect the hose with "
      .. "reasonable care (Consumer Rights Act s.49), not hers to inspect his work afterwards. Warn her calmly instead." },
}

node "still_swearing" {
  narration = function(s)
    if s.warned then
      return "She doesn't stop. If anything, she gets louder."
    elseif s.blamed then
      return "That lands badly."
    end
    return "Your silence doesn't slow her down."
  end,
  customer = function(s)
    local t = " I've been up since six yesterday and I've come home to this."
    if s.warned then
      return "(She swears at you again.) Don't you tell me how to talk!" .. t
    elseif s.blamed then
      return "(She swears at you again.) Don't you dare blame me!" .. t
    end
    return "(She swears at you again.) Sorry doesn't fix my floor!" .. t
  end,
  choice { "(Say nothing, and wait for her to run out of steam.)", id = "take-it",
    go = "floor_claim", set = { absorbed = true },
    breach = "policy.abusive-contact",
    why = "Staying silent while she swears at you isn't what the procedure asks, and it doesn't help her either. Warn "
      .. "her once; if it carries on after that, end the call." },
  choice { "Ms Whitlock, I do want to help. But I won't be sworn at. If it carries on, I'll end the call.", id = "warn",
    when = "not warned",
    go = after_warning, mood = 5, set = { warned = true },
    credit = { "policy.abusive-contact", "service.professional" },
    why = "A calm warning, late but still in time: what has to stop, and what happens if it doesn't." },
  choice { "I did warn you, Ms Whitlock, so I'm ending the call now. Please ring us back when you're ready, and we'll carry on sorting it. Goodbye.", id = "end",
    when = "warned",
    go = "write_up", set = { call_ended = true },
    credit = { "policy.abusive-contact", "service.professional" },
    why = "She was warned once and carried on. Ending the call politely, and leaving the door open, is what the "
      .. "procedure asks. Her complaint is still Brightmart's to sort, though." },
}

node "floor_claim" {
  customer = function(s)
    if s.apologised then
      return "Sorry. I shouldn't have said that. I'm running on empty. But that floor was new two years ago. Who's paying for it?"
    end
    return "Well? That floor was new two years ago. Who's paying for it?"
  end,
  choice { "Don't worry about the floor: that's on us. Get a quote for new laminate, email it to me, and we'll pay it in full.", id = "promise",
    go = "add_ellie", mood = 10, set = { floor = "promised" },
    breach = { "service.limits-of-authority", "policy.escalation", "service.expectations" },
    why = "A claim for damage to her home is well beyond an adviser's authority, and Brightmart's rule is never to "
      .. "promise what you can't authorise: escalate it. If the claim is assessed differently, she's been let down twice." },
  choice { "You can put in a claim for the floor, but I can't agree that myself. I'll pass it to my team leader, Tom "
      .. "Ashworth, with a summary now. Email us your photos; he'll ring you by 5 tomorrow.", id = "escalate",
    go = "add_ellie", mood = 5, set = { floor = "escalated" },
    credit = { "policy.escalation", "service.escalate-clearly", "service.limits-of-authority" },
    why = "The claim needs a decision above your authority, so escalate it: a summary so she needn't repeat herself, a "
      .. "named owner and a time. You've promised nothing you can't deliver." },
  choice { "Damage to the house itself is one for your home insurance, I'm afraid. Brightmart covers the machine and the "
      .. "fitting, not your floor.", id = "insurance",
    go = "add_ellie", mood = -15, set = { floor = "insurance" },
    breach = { "ucp.misleading-rights", "heat.own" },
    why = "If the poor fitting caused the damage, she can make a claim to Brightmart for it. She may choose to use her "
      .. "insurance, but telling her it's her only route misstates her rights and closes a door that's hers to open." },
}

node "add_ellie" {
  customer = "One more thing. Can you put Ellie on my account? She's home in the day; she can deal with you while I sleep.",
  choice { "No need to add her formally. If Ellie rings and says you're happy for her to deal with it, we'll note that and talk to her.", id = "relay",
    go = "record", set = { ellie = "relay" },
    breach = "policy.authorised-person",
    why = "Brightmart adds a named person only on the account holder's own consent, given directly, never passed on by "
      .. "someone else. 'Mum says it's fine' is exactly what the rule stops, because anyone can say it." },
  choice { "Yes. You've passed security, so I can add her now on your say-so. She'll be able to discuss your orders with us, and you can take her off any time.", id = "add",
    when = "verified",
    go = "record", mood = 5, set = { ellie = "added" },
    credit = { "policy.authorised-person", "service.clear-language" },
    why = "The consent comes directly from the account holder, who has passed security, and she knows what she's agreeing "
      .. "to and that she can take it back. From now on Ellie can deal with the order properly." },
  choice { "Yes. Before I add her, I need to take you through security: your order number and full name, then your postcode and email?", id = "check-first",
    when = "not verified",
    go = "record", set = { ellie = "added", late_check = true, verified = true },
    credit = { "policy.security-questions", "dpa.verify-identity", "policy.authorised-person" },
    why = "Consent to add someone counts only from the verified account holder, and you never checked. Doing it now, "
      .. "before you change anything, puts the check back where it belongs." },
  choice { "Yes, but for security Ellie will need to send us a signed form with a copy of her passport, and you'll need "
      .. "to send a copy of yours as well.", id = "passport",
    go = "record", mood = -5, set = { ellie = "form" },
    breach = "dpa.minimisation",
    why = "The account holder is on the phone giving her own consent: that's all Brightmart needs once she's passed "
      .. "security. Asking both of them for passport copies collects personal data the task doesn't need." },
}

node "record" {
  narration = function(s)
    if s.late_check then
      return "Jo gives the details, and they match. You add Ellie to the account as a named person, on Jo's say-so."
    elseif s.ellie == "added" then
      return "You add Ellie to the account as a named person and note Jo's consent."
    elseif s.ellie == "relay" then
      return "You note on the account that Ellie may ring on her mum's behalf."
    end
    return "You note that Ellie will need to send in a form."
  end,
  customer = "Right. Is all this written down somewhere, or am I explaining it again next week?",
  choice { "It's logged as a complaint, reference C-81954. You'll get an email by the end of tomorrow with that reference "
      .. "and who's handling it, and an update at least every 10 working days.", id = "log",
    go = "after_call", mood = 5, set = { complaint_logged = true, note = "factual" },
    credit = { "complaint.log", "complaint.acknowledge", "policy.complaint-sla", "policy.log-contact" },
    why = "A poor fitting and a damaged floor are a complaint, whatever words she uses. Brightmart logs it the same day, "
      .. "acknowledges it within one working day with a reference and a name, and updates her at least every 10 working days." },
  choice { "Yes, it's all going on. (You type:) 'Customer very abusive, swore at adviser. Says the hose leaked; probably "
      .. "only a small drip. Wants us to pay for her floor.'", id = "opinion-note",
    go = "after_call", set = { note = "opinion" },
    breach = { "dpa.accurate-notes", "complaint.log" },
    why = "'Probably only a small drip' is a guess that plays down her complaint, and she can see this note if she asks "
      .. "for her data. Notes record facts: what she said, what you did, what's agreed. And the complaint still isn't logged." },
  choice { function(s)
      if s.remedy == "plumber" then
        return "It's all on the order notes, so there's no need for a formal complaint now you've got a plumber sorted."
      end
      return "It's all on the order notes, so there's no need for a formal complaint now the refit's booked."
    end,
    id = "no-complaint",
    go = "after_call", set = { note = "order" },
    breach = { "complaint.log", "policy.complaint-sla" },
    why = "She's unhappy with the fitting and the damage: that's a complaint, whatever words she uses. Brightmart logs "
      .. "every complaint the same day and acknowledges it within one working day, so the floor and the refit are tracked." },
}

-- Where the call ends up once it's over: a plumber promised, the abuse never checked, or the refit booked.
local function call_over(s)
  if s.remedy == "plumber" then return "plumber_promised" end
  if not s.warned then return "abuse_unchecked" end
  return "refit_booked"
end

node "after_call" {
  narration = function(s)
    local bye = "\"Fine. We'll see if they turn up,\" Jo says"
    if s.remedy == "plumber" then
      bye = "\"Right. I'll get someone in and send you the bill,\" Jo says"
    elseif s.mood >= 50 then
      bye = "\"Right. Thanks. I'm going to bed,\" Jo says"
    end
    return bye .. ", and rings off. The call is over, but the swearing is still with you."
  end,
  choice { function(s)
      if s.apologised then
        return "She apologised and the call ended well, so there's no need to make it official. Take the next call."
      end
      return "She was exhausted, not dangerous, and it's part of the job. Take the next call."
    end,
    id = "let-go",
    go = call_over,
    breach = { "policy.abusive-contact", "hswa.staff-safety" },
    why = "Brightmart's procedure says report abusive contact on the incident form the same day, even when the call "
      .. "recovers. Being sworn at isn't part of the job: Brightmart can only support staff, and spot patterns, if it hears about it." },
  choice { "Skip the form and put a flag on her account instead: 'Abusive caller: end the call if she swears.' It's "
      .. "quicker, and it warns the next adviser.", id = "flag",
    go = call_over,
    breach = { "policy.abusive-contact", "hswa.staff-safety" },
    why = "An account flag isn't a report. The procedure is the incident form, the same day, so Brightmart can support "
      .. "you and look for patterns. And telling the next adviser to hang up skips the warning the procedure gives everyone." },
  choice { function(s)
      if s.apologised then
        return "Fill in the incident form: the swearing, your warning and her apology. Tell Tom, your team leader, before your next call."
      end
      return "Fill in the incident form: the swearing, your warning, and that it carried on. Tell Tom, your team leader, before your next call."
    end,
    id = "report",
    when = "warned",
    go = call_over,
    minutes = 3, set = { reported = true },
    credit = { "policy.abusive-contact", "hswa.staff-safety" },
    why = "Reporting it is your part of Brightmart's arrangements for protecting staff, which the law expects you to "
      .. "follow. The HSE counts verbal abuse by phone as work-related violence, and Brightmart can only act on what it's told." },
  choice { "Fill in the incident form: the swearing, and that you let it go without a warning. Tell Tom, your team leader, before your next call.", id = "report-unwarned",
    when = "not warned",
    go = call_over,
    minutes = 3, set = { reported = true },
    credit = "hswa.staff-safety",
    why = "Reporting it is right: it's your part of Brightmart's arrangements for protecting staff. But a report doesn't "
      .. "undo the missing step: the procedure starts with one calm warning, and she never got one." },
}

node "write_up" {
  narration = function(s)
    local t = "The line goes quiet. You warned her, it carried on, and you ended the call. But "
    if s.remedy == "refit" or s.remedy == "late" then
      return t .. "the refit booking, the floor and her complaint still need an owner."
    end
    return t .. "the leak, the floor and her complaint still need an owner."
  end,
  choice { "Put 'Abusive customer: call ended' on her account and take the next call.", id = "note-only",
    go = "ended_not_reported",
    breach = { "policy.abusive-contact", "hswa.staff-safety", "complaint.log" },
    why = "An account note isn't a report: the procedure is the incident form, the same day. And her complaint about "
      .. "the fitting and the floor is still real, and still Brightmart's to deal with. Nobody will ring her now." },
  choice { "Fill in the incident form and take a breather. She can ring back when she's calmer.", id = "report-only",
    go = "ended_and_reported", minutes = 3, set = { reported = true },
    credit = { "policy.abusive-contact", "hswa.staff-safety" },
    breach = { "complaint.log", "heat.own" },
    why = "Reporting it is right. But ending the call doesn't end Brightmart's job: the leak, the floor and the redo are "
      .. "still a complaint. Log it and hand it on, so someone rings her." },
  choice { function(s)
      local t = "Fill in the incident form. Then give Tom, your team leader, a summary: the crooked hose, "
      if s.remedy == "refit" or s.remedy == "late" then t = t .. "the refit booked, " end
      return t .. "the floor and the swearing. Log her complaint, and ask him to ring her today."
    end,
    id = "report-and-pass",
    go = "ended_and_reported", minutes = 5, set = { reported = true, complaint_logged = true },
    credit = { "policy.abusive-contact", "hswa.staff-safety", "complaint.log", "policy.escalation", "service.escalate-clearly" },
    why = "You report the abuse the same day, as the procedure asks, and you don't let it swallow her complaint: it's "
      .. "logged and handed to a named owner with a summary, so she doesn't have to start again." },
}

-- What else happened on the route, for the endings' summaries.
local function extras(s)
  local t = ""
  if s.disclosed then
    if s.breach_reported then
      t = t .. " You told Ellie about her mum's order before Jo was on the line: a data breach, though you reported it at once."
    else
      t = t .. " You told Ellie about her mum's order before Jo was on the line, and didn't report it: an unreported data breach."
    end
  end
  if not s.verified then
    t = t .. " Jo's identity was never properly checked."
  elseif s.late_check then
    t = t .. " Jo's identity was only checked at the end, before you added Ellie, not before you discussed her order."
  end
  if s.ellie == "added" then
    t = t .. " Ellie is now a named person on the account, on Jo's own consent."
  elseif s.ellie == "relay" then
    t = t .. " Ellie wasn't added properly: you said you'd take her word for her mum's consent, which Brightmart never does."
  elseif s.ellie == "form" then
    t = t .. " Ellie wasn't added: you asked for passport copies Brightmart doesn't need."
  end
  return t
end

local function after_abuse(s)
  local t = " When Jo swore at you,"
  if s.blamed then
    t = t .. " you first answered with blame, which made it worse; then"
  end
  if s.warned and s.apologised and s.absorbed then
    t = t .. " you let it go at first, then warned her once, calmly, and she stopped and apologised."
  elseif s.warned and s.apologised then
    t = t .. " you warned her once, calmly, and she stopped and apologised."
  elseif s.warned then
    t = t .. " you warned her once, but when she carried on you stayed on the line and took it, instead of ending the call as the procedure says."
  else
    t = t .. " you took it in silence, with no warning, which the abusive contact procedure doesn't ask of you."
  end
  if s.reported then
    return t .. " You reported it on the incident form the same day."
  end
  return t .. " The abuse wasn't reported, so Brightmart can't support you or spot a pattern."
end

local function complaint_text(s)
  if s.complaint_logged then
    return " Her complaint is logged, with a reference and a date for the acknowledgement."
  elseif s.note == "opinion" then
    return " Her complaint wasn't logged, and the note you wrote guesses at the leak instead of recording facts."
  end
  return " Her complaint wasn't logged, so nobody is tracking the leak or the floor."
end

local function floor_text(s)
  if s.floor == "escalated" then
    return " Her claim for the floor is with Tom Ashworth, who'll ring her by 5 tomorrow."
  elseif s.floor == "promised" then
    return " You promised to pay for the floor in full, which you can't authorise: if the claim is assessed differently, she's been let down twice."
  elseif s.floor == "insurance" then
    return " She was told the floor was for her own insurance, so she may never claim for damage Brightmart's fitting caused."
  end
  return ""
end

-- What the refit endings say about the fitting, the floor, the complaint, the abuse and the rest.
local function refit_summary(s)
  local t = "The fitter left the hose half screwed on: not a service carried out with reasonable care and skill "
    .. "(Consumer Rights Act s.49)."
  if s.remedy == "late" then
    t = t .. " Brightmart will redo the fitting free, but not until the 28th. Three weeks without a washing machine "
      .. "isn't a reasonable time, so she may be due money off the fitting instead (s.56), or, as the machine was "
      .. "wrongly installed, a final right to reject it (s.24)."
  elseif s.fit_round then
    t = t .. " Brightmart will redo it free, round her shifts, and she knows that if it can't be done in a reasonable "
      .. "time she's due money off the £35, up to all of it (ss.55-56)."
  else
    t = t .. " Brightmart will redo it free (s.55), though the day isn't settled round her shifts."
  end
  if s.told_reject then
    t = t .. " She was also told she could reject the machine within 30 days, which doesn't apply to a faulty installation (s.19(4))."
  end
  return t .. floor_text(s) .. complaint_text(s) .. after_abuse(s) .. extras(s)
end

ending "refit_booked" {
  kind = "resolved",
  summary = refit_summary,
}

-- The same call, but she was sworn at and never once warned: the procedure exists to protect staff, and a route that
-- never uses it can't be a model answer, however well the rest went.
ending "abuse_unchecked" {
  kind = "resolved",
  cap = "Merit",
  narration = function(s)
    if s.blamed then
      return "The refit is booked. But you answered her swearing with blame, then sat through more of it without once "
        .. "telling her calmly that it had to stop."
    end
    return "The refit is booked. But you sat through her swearing twice without once telling her that it had to stop."
  end,
  summary = function(s)
    return refit_summary(s) .. " Staff don't have to take abuse: Brightmart's procedure gives you one calm warning, which "
      .. "protects you and gives her the chance to stop. You never used it, so this can't count as a model call, however "
      .. "well the rest went."
  end,
}

ending "plumber_promised" {
  kind = "resolved",
  summary = function(s)
    return "The fitter left the hose half screwed on: not a service carried out with reasonable care and skill "
      .. "(Consumer Rights Act s.49). What Brightmart owed her was the fitting done again, free, in a reasonable time "
      .. "(s.55). Instead she is finding her own plumber, on your promise to pay whatever they charge, which you can't authorise."
      .. floor_text(s) .. complaint_text(s) .. after_abuse(s) .. extras(s)
  end,
}

-- Where the fitting stands when the call was ended early.
local function remedy_text(s)
  local t = ""
  if s.remedy == "late" then
    t = " A refit is booked, but not until the 28th: not a reasonable time (Consumer Rights Act s.55)."
  elseif s.remedy == "refit" and s.fit_round then
    t = " A free refit is booked round her shifts (Consumer Rights Act s.55)."
  elseif s.remedy == "refit" then
    t = " A free refit is offered (Consumer Rights Act s.55), though the day isn't settled round her shifts."
  elseif s.remedy == "plumber" then
    t = " She's finding her own plumber on your promise to pay whatever it costs, which you can't authorise."
  end
  if s.told_reject then
    t = t .. " She was also told she could reject the machine within 30 days, which doesn't apply to a faulty installation (s.19(4))."
  end
  return t
end

local function warned_text(s)
  if s.blamed then
    return "Jo swore at you. You answered with blame, which made it worse, then warned her"
  elseif s.absorbed then
    return "Jo swore at you. You let it go at first, then warned her once"
  end
  return "Jo swore at you. You warned her once"
end

ending "ended_and_reported" {
  kind = "escalated",
  narration = function(s)
    if s.complaint_logged then
      return "Tom reads your summary, rings Jo that afternoon, and tells you to take ten minutes."
    end
    return "Tom reads the incident form and tells you to take ten minutes."
  end,
  summary = function(s)
    local t = warned_text(s) .. ", and when it carried on you ended the call and reported it the same day: "
      .. "Brightmart's abusive contact procedure." .. remedy_text(s)
    if s.complaint_logged then
      t = t .. " You logged her complaint and handed it to your team leader with a summary, so her floor claim and the "
        .. "rest of her complaint have an owner."
    else
      t = t .. " But her complaint wasn't logged or handed on, so nobody owns her floor claim or checks that the fitting "
        .. "is put right."
    end
    return t .. extras(s)
  end,
}

ending "ended_not_reported" {
  kind = "unresolved",
  summary = function(s)
    return warned_text(s) .. ", and ended the call when it carried on, which the procedure allows. But you didn't report "
      .. "it on the incident form, and her complaint wasn't logged or passed on, so nobody owns her floor claim or checks "
      .. "that the fitting is put right." .. remedy_text(s) .. extras(s)
  end,
}

ending "cut_off" {
  kind = "unresolved",
  narration = "The line goes dead. A minute later the phone rings again.",
  summary = function(s)
    local t = "You ended the call the first time Jo swore, with no warning. Brightmart's procedure is to warn once and "
      .. "end the call only if the abuse carries on."
    if s.remedy == "refit" or s.remedy == "late" then
      t = t .. " The refit you booked stands,"
    elseif s.remedy == "plumber" then
      t = t .. " She's finding her own plumber on a promise you can't authorise,"
    else
      t = t .. " Nothing is booked to redo the fitting,"
    end
    return t .. " but her floor and her complaint are nowhere, and she'll be back on the line angrier than before." .. extras(s)
  end,
}

ending "walked" {
  kind = "lost",
  customer = "Forget it. I'll get it sorted myself, and I'm ringing Citizens Advice about you lot.",
  summary = function(s)
    local t
    if s.mistake == "contractor" then
      t = "Jo was told a fault in the fitting was Apex's problem, not Brightmart's. Her contract was with Brightmart."
    elseif s.mistake == "charge" then
      t = "Jo was told she'd have to pay for a second visit to put right Brightmart's own fitting."
    else
      t = "Jo was told a badly fitted hose wasn't Brightmart's to put right."
    end
    return t .. " A service must be carried out with reasonable care and skill (Consumer Rights Act s.49) and, if it "
      .. "wasn't, redone free in a reasonable time (s.55). She left with a crooked hose and a ruined floor; Brightmart "
      .. "still owes her the remedy, and has lost her trust." .. extras(s)
  end,
}

expect { best_grade = "Distinction" }
expect { best_ending = "refit_booked" }
expect { worst_grade = "Refer" }
expect { breaching = "cra.services-care-skill", grade = "Pass" }
expect { breaching = "cra.repeat-performance", grade = "Pass" }
expect { breaching = "dpa.third-party-authority", grade = "Refer" }
expect { reachable = "disclosed" }
expect { reachable = "abuse_unchecked" }
