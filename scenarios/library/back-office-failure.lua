-- Frontline scenario: a refund agreed at the shop desk never arrives, because the back-office team sent
-- the request back to the shop and nobody there was checking. The learner traces it through the
-- customer journey, owns it, gets it paid, follows up and feeds the root cause back to both teams.
-- Organisation: Brightmart (electricals retailer: shops + online), shop service desk, in person.
-- Law: a refund for goods rejected under the short-term right to reject is due without undue delay and
-- within 14 days of the trader agreeing it, to the same payment method (Consumer Rights Act 2015
-- s.20(15)-(16)).

scenario {
  id = "brightmart.back-office-failure",
  title = "Lost between two desks",
  brief = "You're on the service desk at Brightmart's Reading store. It's Thursday 2 July 2026. A customer is waiting at the "
    .. "desk with his phone out. Refunds on website orders are paid to the customer's card by the Online Refunds team at head "
    .. "office: the shop desk sends them a refund request. On the desk system you can see returns and the history of each "
    .. "refund request, and you can ring other Brightmart teams. You can authorise refunds up to £50 yourself; anything "
    .. "over £50 needs the duty supervisor, Kofi Boateng.",
  organisation = "brightmart",
  role = "Customer service adviser, Brightmart shop service desk (in person)",
  level = 3,
  minutes = 15,
  topics = { "complaints", "customer-journey", "consumer-rights", "service-improvement", "ownership", "heat" },
  customer = { name = "Jordan Asante", look = "man-in-his-twenties", mood = 30 },
  start = "arrives",
  state = {
    stage = "start",
    mistake = "none",
    id_check = "none",
    blamed = "none",
    jargon = false,
    rights = "none",
    remedy = "none",
    handover = "none",
    expectation = "none",
    complaint = "none",
    follow_up = "none",
    promised_text = false,
    kept_promise = "none",
    feedback = "none",
    screen = "none",
    reported = false,
    note = "none",
  },
}

node "arrives" {
  narration = "A young man in a hospital-trust lanyard waits at the desk, holding a folded Brightmart returns slip and his phone.",
  customer = "Hi. I brought a vacuum back here on 15 June. Faulty. Your colleague said the refund would take three to five "
    .. "working days. It's 2 July. Nothing. Your helpline told me last week to wait up to thirty days.",
  choice { "Refunds on website orders are handled by our head office team, not the shops, so I can't see them from here. The "
      .. "helpline's the right place: they can chase head office for you.", id = "not-us",
    go = "pushback", mood = -15, set = { mistake = "not-us", stage = "start" },
    breach = { "heat.own", "policy.service-standards" },
    why = "You can see returns and refund requests from the desk, and he's come to you. Brightmart's service standards say "
      .. "whoever the customer reaches first owns the problem: never 'that's not my department'." },
  choice { "I'm sorry; that's well past what you were told. Talk me through it.", id = "listen",
    go = "story", mood = 10,
    credit = { "heat.hear", "heat.apologise" },
    why = "He's been let down twice already. A short apology and the space to tell it is the start of a different experience." },
  choice { "Refunds are really backed up at the moment, so everyone's waiting longer than usual. I'm sure yours is on its way.", id = "busy",
    go = "pushback", mood = -10, set = { mistake = "busy", stage = "start" },
    breach = { "heat.own", "complaint.investigate" },
    why = "You haven't looked at his refund, so you don't know it's on its way. A general excuse is a guess, and it's the same "
      .. "brush-off the helpline gave him." },
}

node "story" {
  customer = "I ordered it on your website. It came on the sixth and stopped charging on the twelfth. Your colleague tested it, "
    .. "agreed it was faulty, got a supervisor to approve the refund and gave me this slip. That £279 was my rent.",
  choice { "That's a lot to be without, with rent due. Can I see the order confirmation and the card you paid with? Then I'll open everything.", id = "check",
    go = "trace", set = { id_check = "done" },
    credit = { "heat.empathise", "dpa.verify-identity", "policy.security-questions" },
    why = "You acknowledge what it means to him, then make Brightmart's in-store check (order confirmation and payment card) "
      .. "before opening his order." },
  choice { "Right, what's your surname? I'll pull up the return and tell you what's going on.", id = "surname",
    go = "trace", mood = 5, set = { id_check = "surname" },
    breach = { "dpa.verify-identity", "policy.security-questions" },
    why = "A surname is no check at all: anyone could give it and hear about his order and refund, and the first match may "
      .. "not even be his. In a shop, Brightmart's check is the order confirmation and the card used to pay." },
  choice { "Can you read me the long number across your card? I'll search the refunds by that, it's quickest.", id = "card-number",
    go = "trace", set = { id_check = "card" },
    breach = { "dpa.minimisation", "policy.data-handling" },
    why = "Brightmart never asks for, writes down or reads out a full card number; you refer to a card by its last four digits. "
      .. "Reading it aloud at a counter exposes it to everyone queuing. The check is the order confirmation and the card itself." },
}

node "trace" {
  narration = function(s)
    local t = ""
    if s.id_check == "done" then
      t = "He shows you the order confirmation email, BM61038825, and the debit card. The name and the card's last four digits match. "
    elseif s.id_check == "card" then
      t = "He reads the long card number out across the counter, and you search the refunds by it. "
    elseif s.id_check == "surname" then
      t = "'Asante,' he says. You search by surname and open the first match. "
    end
    return t .. "You open the return on the desk system: 15 June, taken by your colleague Sam Reid, fault confirmed ('will not "
      .. "charge'), full refund of £279 approved by Kofi Boateng, duty supervisor, at 16:32. Status: 'Web refund request "
      .. "RR-40817 sent to Online Refunds'."
  end,
  customer = "So? Where is it?",
  choice { "It was approved and sent to our Online Refunds team on the 15th, so it's with them now. It'll come; they're just slow at the moment.", id = "surface",
    go = "pushback", mood = -10, set = { mistake = "surface", stage = "trace" },
    breach = { "complaint.investigate", "heat.own" },
    why = "That's the first line of the record, not the whole story, and it's what the helpline told him. Follow the request "
      .. "all the way through before you tell him anything." },
  choice { "The helpline can chase head office better than I can. I'll ring them with you now, and they'll raise a chase and email you an update.", id = "helpline",
    go = "pushback", mood = -15, set = { mistake = "helpline", stage = "trace" },
    breach = { "heat.own", "service.first-contact-resolution" },
    why = "He's already rung the helpline and been told to wait. You can see the request's history from the desk: passing him "
      .. "back to them adds another hand-off to a journey that has failed at every one." },
  choice { "That's only the first step. I'm opening the request's full history, to see everything that's happened to it since.", id = "history",
    go = "found",
    credit = "complaint.investigate",
    why = "The refund went through several hands after the desk: the request, Online Refunds, the bank. Trace every step before "
      .. "you explain anything." },
}

node "found" {
  narration = "17 June: rejected by Online Refunds ('order number field holds a collection code: resubmit') and sent to this "
    .. "store's Refund exceptions queue. Never opened. 25 June, helpline note: 'Advised allow up to 30 days.'",
  customer = "Well? What happened to it?",
  choice { "Found it. Head office's refunds team bounced it back over one box on a form two days later and told nobody. "
      .. "Honestly, that team's a nightmare to deal with. It happens all the time.", id = "blame-refunds",
    go = "screen", mood = -5, set = { blamed = "refunds", stage = "found" },
    breach = "service.professional",
    why = "Online Refunds are part of Brightmart, and their rejection went to this shop, where nobody looked. Running down "
      .. "another team to a customer makes the whole company look worse and doesn't get him paid." },
  choice { "It was sent back because the number on the request was wrong. Did you give my colleague your collection code "
      .. "instead of your order number?", id = "doubt",
    go = "pushback", mood = -15, set = { mistake = "doubt", stage = "found" },
    breach = { "service.professional", "complaint.investigate" },
    why = "Filling in the request was Brightmart's job, not his, and the slip shows the order number. Hinting that it's his "
      .. "fault blames the customer for a failure between two Brightmart teams." },
  choice { "Found it. Two days after you came in, it was sent back to this shop because one box on our form was filled in wrong, "
      .. "and nobody here picked it up. That's our failure.", id = "plain",
    go = "screen", mood = 5, set = { stage = "found" },
    credit = { "service.clear-language", "heat.own" },
    why = "Plain words, the whole chain, and no blame: the request, the rejection, the queue nobody checked. He can see exactly "
      .. "where it stuck, and that you're owning it." },
  choice { "Right: RR-40817 was rejected by OR on the 17th, CC in the ON field, so it dropped into our REX queue unactioned.", id = "jargon",
    go = "screen", set = { jargon = true, stage = "found" },
    breach = "service.clear-language",
    why = "Accurate, but in the desk system's shorthand. He can't tell from that what went wrong or whose it was. Say it in "
      .. "plain English." },
}

node "screen" {
  narration = "While you've been scrolling, Jordan has leaned over the counter. The exceptions queue is on your screen: eleven "
    .. "rejected requests, with names, order numbers and amounts. The oldest is from 20 May.",
  customer = function(s)
    local t = "Is that everyone who's waiting? That's Mrs Okafor from my road. She told me she's been waiting on a refund since May. "
      .. "How much has she got stuck in there?"
    if s.blamed == "refunds" then
      return "I don't care which team it is. But hang on. " .. t
    end
    return "Hang on. " .. t
  end,
  choice { "I can't say how much, but yes, she's on there. Tell her to come in and ask for me, and I'll sort hers out too.", id = "hint",
    go = "disclosed", mood = 5, set = { screen = "hinted" },
    breach = "dpa.third-party-authority",
    why = "Even confirming that Mrs Okafor has a refund stuck with Brightmart tells him something about her he has no right "
      .. "to know. It's kindly meant, but it's an unauthorised disclosure of her personal data." },
  choice { "Yes, that's hers: £412, since 20 May. Tell her it's being looked at, and she'll hear from us soon.", id = "read-out",
    go = "disclosed", mood = 5, set = { screen = "disclosed" },
    breach = "dpa.third-party-authority",
    why = "Mrs Okafor's refund, and even the fact she has one, is her personal data. He has no authority to hear it, however "
      .. "friendly his reason. Telling him is an unauthorised disclosure." },
  choice { "(Turn the screen away.) Sorry, you shouldn't have been able to see that. I can't talk about anyone else's refund, "
      .. "just as I wouldn't talk about yours.", id = "turn",
    go = "disclosed", set = { screen = "turned" },
    credit = "dpa.third-party-authority",
    why = "You take other customers' data out of sight first, then decline politely, with a reason he'll recognise." },
}

node "disclosed" {
  narration = function(s)
    if s.screen == "turned" then
      return "He steps back from the counter. But he had a good look first: eleven customers' names, order numbers and "
        .. "amounts, Mrs Okafor's among them."
    elseif s.screen == "hinted" then
      return "As he nods, it sinks in: you've just confirmed to one customer that another has a refund stuck with Brightmart."
    end
    return "As he nods, it sinks in: you've just told one customer about another customer's refund."
  end,
  customer = function(s)
    if s.screen == "turned" then return "Fair enough. Sorry, I was being nosy." end
    return "Cheers. I'll let her know."
  end,
  choice { function(s)
      if s.screen == "turned" then
        return "(Lock the screen, and send the Data Protection Team a two-line report: a customer read the exceptions queue at the desk.)"
      end
      return "Please don't pass that on: I shouldn't have told you. (You turn the screen away and report the slip to the Data Protection Team.)"
    end,
    id = "report-it",
    go = "rights", minutes = 3, set = { reported = true },
    credit = { "dpa.breach-report", "policy.data-handling" },
    why = function(s)
      if s.screen == "turned" then
        return "Other customers' names and refunds reached someone not entitled to see them: a personal data breach, however "
          .. "brief. Brightmart's data-handling policy says report it at once, even when it feels minor; the Data Protection "
          .. "Team decides what happens next."
      end
      return "You can't unsay it, but you can ask him not to pass it on and report it at once, as the law and Brightmart's "
        .. "data-handling policy expect, even when it feels minor."
    end },
  choice { function(s)
      if s.screen == "turned" then
        return "(You turned it away and told him nothing, so no harm done. Carry on with Jordan's refund.)"
      end
      return "(Carry on with Jordan's refund.)"
    end,
    id = "carry-on",
    go = "rights",
    breach = "dpa.breach-report",
    why = function(s)
      if s.screen == "turned" then
        return "Turning the screen away was right, but he had already read other customers' names and amounts: a personal "
          .. "data breach. It must be reported to the Data Protection Team at once, not judged harmless by you."
      end
      return "Telling him about Mrs Okafor's refund was a disclosure of her personal data: a personal data breach. It must be "
        .. "reported to the Data Protection Team at once, not left unsaid."
    end },
}

node "rights" {
  customer = "Am I even still getting it? The helpline said refunds can take up to thirty days. I read online it's meant to be fourteen.",
  choice { "The helpline's right: refunds can take up to 30 days, so technically we're still in time.", id = "thirty",
    go = "pushback", mood = -15, set = { mistake = "thirty", stage = "rights", rights = "thirty" },
    breach = { "cra.refund-14-days", "ucp.misleading-rights", "service.sla" },
    why = "Once Brightmart agreed he was due a refund, on 15 June, the Consumer Rights Act gave it 14 days to pay. There's no "
      .. "30-day refund window: repeating the helpline's mistake misstates his rights. And even a real legal limit is the "
      .. "longest allowed, not a target: he was promised three to five working days." },
  choice { "You are. You rejected it within 30 days of delivery, and once we agreed the refund on the 15th, the law gave us 14 days to pay it. We're late.", id = "right",
    go = "fix", mood = 10, set = { rights = "right" },
    credit = { "cra.refund-14-days", "ucp.misleading-rights" },
    why = "Correct and short: he rejected faulty goods within the 30 days, and a refund is due within 14 days of the trader "
      .. "agreeing it (Consumer Rights Act s.20(15)). Saying 'we're late' is honest, and corrects what the helpline told him." },
  choice { "Because the request was rejected and it's now past 14 days, it's lapsed on our system, so I can't refund your card. "
      .. "I can do an exchange, or a gift card for the full £279 today.", id = "lapsed",
    go = "pushback", mood = -20, set = { mistake = "lapsed", stage = "rights", rights = "lapsed" },
    breach = { "cra.refund-14-days", "cra.refund-same-method", "ucp.misleading-rights" },
    why = "Brightmart's own delay can't cancel his right. The refund is overdue, not expired, and it goes back to the card he "
      .. "paid with unless he chooses otherwise: an exchange or a gift card can't be forced on him." },
}

node "fix" {
  customer = "So what happens now? I can't do another two weeks of this.",
  choice { "I'll resubmit the request now with the right number and mark it urgent. Online Refunds turn requests round in "
      .. "three working days, so it should be with you next week.", id = "resubmit",
    go = "pushback", mood = -10, set = { mistake = "slow", stage = "fix" },
    breach = { "cra.refund-14-days", "service.responsiveness", "heat.own" },
    why = "It's already past the 14 days, and the law says without undue delay. Putting it back in the same queue, for three "
      .. "more working days plus the bank's time, treats an overdue refund as routine and trusts the hand-off that failed. "
      .. "Ring the team and get it paid today." },
  choice { "Tell you what: I'll give you the £279 in cash from the till now, and sort the paperwork out with head office "
      .. "afterwards. Then you've got your rent.", id = "cash",
    go = "complaint", mood = 20, set = { remedy = "cash" },
    breach = { "policy.refund-limit", "service.limits-of-authority" },
    why = "Kind, but Kofi approved a refund to his card through Online Refunds, not £279 from the till. A cash payout is a new "
      .. "refund well over the £50 you can authorise yourself, it skips every control, and his web request is still in the "
      .. "queue, so he could be paid twice." },
  choice { "I'll ring our Online Refunds team now and get it paid today, while you're here. Give me five minutes.", id = "call",
    go = "call_refunds", mood = 10,
    credit = { "heat.own", "service.responsiveness", "service.moment-of-truth" },
    why = "This is his third contact about the same refund. Picking up the phone to the team that can pay it, while he's at "
      .. "the desk, makes this the contact that finally works." },
}

node "call_refunds" {
  narration = "You ring the Online Refunds team lead's direct line. 'Refunds, Dan Whitaker speaking.'",
  choice { "Dan, Reading store. RR-40817, £279: agreed 15 June, you returned it to us on the 17th for a wrong field, and we "
      .. "missed it. He's past 14 days. Can it go in today's run?", id = "summary",
    go = "refund_confirmed", minutes = 5, set = { handover = "clear", remedy = "today" },
    credit = { "service.escalate-clearly", "policy.escalation" },
    why = "A clear internal hand-over: the reference, the amount, what went wrong on both sides, why it's urgent and exactly "
      .. "what you need, by when. Dan is your colleague in the chain, and he can act at once." },
  choice { "Hi Dan, I've got a customer here chasing a refund. Could you have a look and sort it for him?", id = "vague",
    go = "dan_queue", minutes = 2, set = { handover = "vague" },
    breach = "service.escalate-clearly",
    why = "No reference, no amount, no deadline and no reason it's urgent. Dan can't act on that, and this is a hand-over that "
      .. "has already failed once." },
  choice { "Dan, your team bounced a £279 refund back to us over one box on a form on 17 June and told nobody. The customer's "
      .. "waited seventeen days. Sort it out today.", id = "blame",
    go = "refund_confirmed", minutes = 5, set = { handover = "blamed", remedy = "today" },
    breach = "service.professional",
    why = "Dan's team sent the rejection to your store's queue, which nobody here checked. Blaming another department "
      .. "gets a grudging fix today and a worse working relationship for the next customer's refund." },
}

node "dan_queue" {
  narration = "'Which one?' Dan asks. 'Look, just resubmit it through the queue with the right details and we'll get to it. "
    .. "It's three working days at the moment.'",
  choice { "OK, I'll resubmit it. Thanks, Dan.", id = "accept",
    go = "refund_confirmed", minutes = 2, set = { remedy = "queued" },
    breach = { "cra.refund-14-days", "service.responsiveness" },
    why = "The refund is already past the 14 days the law allows, and he's standing at your desk. Accepting three more "
      .. "working days, in the queue that lost it, is more undue delay and leaves him where he started." },
  choice { "Sorry, Dan, I should have said. RR-40817, £279, agreed 15 June. It came back to us on the 17th for a wrong field "
      .. "and we missed it. It's past 14 days. Can it go in today's run?", id = "summary-2",
    go = "refund_confirmed", minutes = 3, set = { handover = "clear", remedy = "today" },
    credit = { "service.escalate-clearly", "policy.escalation" },
    why = "Second time, a proper hand-over: reference, amount, what happened, why it's urgent and what you need, by when." },
}

node "refund_confirmed" {
  narration = function(s)
    if s.remedy == "queued" then
      return "You resubmit the request with the correct order number, BM61038825. It joins the Online Refunds queue."
    end
    local t = "Dan takes the correct order number, BM61038825. 'It's in today's run, which closes at three. It'll reach his "
      .. "debit card in three to five working days. I'll email you the payment reference by half three.'"
    if s.handover == "blamed" then
      t = t .. " Then, a bit stiffly: 'For what it's worth, rejections go back to your store's exceptions queue, same as always. "
        .. "Nobody at your end ever opens it.'"
    end
    return t
  end,
  customer = "So when do I actually see it? Rent's due Monday.",
  choice { "It's done, so it'll be back in your account by Monday, no problem.", id = "monday",
    go = "complaint", mood = 10, set = { expectation = "monday" },
    breach = "service.expectations",
    why = "Card refunds usually take three to five working days to show, so Monday is unlikely. He's planning his rent on "
      .. "what you tell him: a promise you can't keep is worse than honest bad news." },
  choice { function(s)
      if s.remedy == "queued" then
        return "Not by Monday, I'm sorry. Online Refunds will process it within three working days, then it goes to your debit "
          .. "card, and banks take three to five days to show it."
      end
      return "Honestly, probably not by Monday, I'm sorry. It goes back to your debit card today, and banks usually take "
        .. "three to five working days, so likely by next Thursday."
    end,
    id = "honest",
    go = "complaint", set = { expectation = "honest" },
    credit = { "service.expectations", "cra.refund-same-method" },
    why = "Honest about the timing he most needs to know, and clear that it's going back to the card he paid with." },
  choice { "It's in the system now, so it'll turn up in your account at some point. Just keep an eye out for it.", id = "vague",
    go = "complaint", mood = -5, set = { expectation = "vague" },
    breach = "service.expectations",
    why = "'At some point' is what he's been hearing for seventeen days. Say where the money is going and roughly when." },
}

node "complaint" {
  customer = function(s)
    if s.remedy == "cash" then
      return "Cheers. Still, three trips and a phone call for my own money. Somebody ought to know how badly this went."
    end
    return "Three trips, a phone call and two weeks of this. Somebody ought to know how badly it's gone."
  end,
  choice { "They will. I'm logging it as a complaint now. You'll get an email by the end of tomorrow with a reference and who's handling it.", id = "log",
    go = function(s)
      if s.remedy == "cash" then return "contact_note" end
      return "follow_up"
    end,
    mood = 5, minutes = 3, set = { complaint = "logged" },
    credit = { "complaint.log", "complaint.acknowledge", "policy.complaint-sla" },
    why = "Any expression of dissatisfaction is a complaint. Logging it the same day, with an acknowledgement, a reference and "
      .. "an owner within one working day, is Brightmart's procedure, and it puts his case where the weekly review will see it." },
  choice { "I'll make sure they know. As your refund's sorted now, there's no need to make it a formal complaint; I'll just "
      .. "add a note to your return.", id = "sorted",
    go = function(s)
      if s.remedy == "cash" then return "contact_note" end
      return "follow_up"
    end,
    set = { complaint = "note" },
    breach = { "complaint.log", "policy.complaint-sla" },
    why = "He's told you he's unhappy with how it was handled: that is a complaint, whether or not he uses the word, and "
      .. "fixing it doesn't stop it being one. Brightmart logs it the same day and acknowledges it within one working day." },
  choice { "You're best emailing head office customer relations about it. They deal with complaints; the shops don't.", id = "email-ho",
    go = function(s)
      if s.remedy == "cash" then return "contact_note" end
      return "follow_up"
    end,
    mood = -10, set = { complaint = "sent-away" },
    breach = { "complaint.log", "heat.own", "policy.service-standards" },
    why = "Brightmart takes complaints in a shop as well as anywhere else, and you're the person he's complaining to. Sending "
      .. "him off to write an email is one more hand-off, and it leaves the complaint unlogged." },
}

node "follow_up" {
  customer = "And how do I know it'll actually happen this time? No offence.",
  choice { "If it's not in your account by next Friday, just pop back in or ring the helpline and quote your reference.", id = "pop-back",
    go = "contact_note", mood = -5, set = { follow_up = "customer" },
    breach = "complaint.follow-up",
    why = "That leaves him to check Brightmart's work and chase again, which is exactly how the last seventeen days went. "
      .. "Brightmart's procedure says you check with him that the fix worked." },
  choice { function(s)
      if s.remedy == "queued" then
        return "Fair question. I'll check with Online Refunds on Tuesday and text you once it's processed, then ring you on Tuesday the 14th to check it's arrived."
      end
      return "Fair question. I'll text you the payment reference by 4 today, and I'll ring you next Friday to check it's arrived."
    end,
    id = "own",
    go = "contact_note",
    mood = 10, set = { follow_up = "owned" },
    effect = function(s) s.promised_text = (s.remedy == "today") end,
    credit = { "complaint.follow-up", "heat.own" },
    why = "A follow-up you own, with times, so he doesn't have to chase. Every promise in it has to be kept." },
  choice { "You have my word: I'll personally make sure it's in your account before your rent goes out on Monday. If it isn't, "
      .. "come and find me.", id = "guarantee",
    go = "contact_note", mood = 5, set = { follow_up = "guarantee" },
    breach = "service.expectations",
    why = "You can't control how fast his bank shows a card refund. A personal guarantee you can't keep is the same kind of "
      .. "promise that started this: 'three to five working days'." },
}

node "four_pm" {
  narration = "It's 3.55pm. Dan's email with the payment reference hasn't arrived, and you promised Jordan a text by 4.",
  choice { "Ring Dan for the reference now, and text it to Jordan before 4, as you promised.", id = "chase",
    go = "root_cause", minutes = 3, set = { kept_promise = "kept" },
    credit = { "service.reliability", "service.sla" },
    why = "A promised time is a service level you set yourself. Chasing the colleague you depend on, so you meet it, is "
      .. "how one kept promise rebuilds his trust." },
  choice { "Wait for Dan's email, and text Jordan when it arrives, even if that's after 4.", id = "wait",
    go = "root_cause", set = { kept_promise = "late" },
    breach = "service.reliability",
    why = "You set the time, so keep it. If the reference isn't there, ring for it, or text him at 4 to say where things are. "
      .. "Silence at 4 tells him this promise was like the others." },
  choice { "Leave it. Online Refunds send customers their own confirmation email, so your text isn't really needed.", id = "skip",
    go = "root_cause", set = { kept_promise = "dropped" },
    breach = "service.reliability",
    why = "He didn't ask for a system email: you promised him a text by 4. Dropping it quietly is one more broken promise "
      .. "in a journey full of them." },
}

-- After the note: the promised 4pm text, if one was promised, then the exceptions queue.
local function after_note(s)
  if s.promised_text then return "four_pm" end
  return "root_cause"
end

node "contact_note" {
  narration = "Jordan heads off. Before you serve anyone else, you write up the contact on his order.",
  choice { function(s)
      local t = "(You type:) 'Refund sorted. Cust says he's short of money and can't pay his rent on Monday without it."
      if s.complaint == "logged" then t = t .. " Complaint logged." end
      return t .. "'"
    end,
    id = "overshare",
    go = after_note, set = { note = "overshare" },
    breach = "dpa.minimisation",
    why = "His rent and his finances aren't needed to manage a refund, and he can see this note if he asks for his data. And "
      .. "'refund sorted' doesn't say what went wrong, what was done or what happens next. Record the facts, not his private "
      .. "circumstances." },
  choice { function(s)
      local t = "(You type:) '2 Jul, in store."
      if s.id_check == "done" then t = t .. " ID: order confirmation and card, passed." end
      t = t .. " Refund RR-40817, £279, agreed 15 Jun; rejected by Online Refunds 17 Jun (wrong field), unactioned in store queue."
      if s.remedy == "today" then
        t = t .. " Paid to debit card in today's run (Dan W.)."
      elseif s.remedy == "queued" then
        t = t .. " Resubmitted with correct order no."
      else
        t = t .. " £279 paid in cash from till."
      end
      if s.complaint == "logged" then t = t .. " Complaint logged." end
      if s.follow_up == "owned" then
        if s.remedy == "queued" then t = t .. " I'll call him Tue 14 Jul." else t = t .. " I'll call him Fri 10 Jul." end
      end
      return t .. "'"
    end,
    id = "factual",
    go = after_note, minutes = 2, set = { note = "factual" },
    credit = { "policy.log-contact", "dpa.accurate-notes" },
    why = "Facts only: how you checked who he was, the whole chain, what you did and what happens next. Whoever he speaks to "
      .. "next won't have to start again, as he did with the helpline." },
  choice { "(You type:) 'Cust quite aggressive about refund delay. Sam's input error caused it. Sorted.'", id = "opinion",
    go = after_note, set = { note = "opinion" },
    breach = { "dpa.accurate-notes", "policy.log-contact" },
    why = "He was firm, not aggressive, and that's an unlabelled opinion on his record. Blaming Sam isn't the whole story "
      .. "either, and the note says nothing about what was done or what happens next." },
}

node "root_cause" {
  narration = function(s)
    local t = "Before you move on, you open the store's Refund exceptions queue again: eleven rejected requests, "
    if s.kept_promise == "kept" then
      t = "Dan reads you the payment reference, PR-2207-5531, and your text goes to Jordan at 3.58. Then you open the "
        .. "store's Refund exceptions queue again: eleven rejected requests, "
    elseif s.kept_promise ~= "none" then
      t = "Then you open the store's Refund exceptions queue again: eleven rejected requests, "
    end
    if s.remedy == "cash" then
      t = t .. "Jordan's still among them, "
    elseif s.remedy == "queued" then
      t = t .. "Jordan's now marked 'resubmitted', "
    else
      t = t .. "Jordan's now marked 'paid', "
    end
    return t .. "the oldest from 20 May. Each one is a customer who was told three to five working days."
  end,
  choice { "Close the queue. Jordan's is sorted, and the others aren't your customers: whoever owns the queue will get round to them.", id = "just-jordan",
    go = function(s)
      if s.remedy == "cash" then return "cash_refund" end
      if s.remedy == "queued" then return "queued_again" end
      return "fixed_for_one"
    end,
    set = { feedback = "none" },
    breach = { "complaint.learn", "policy.escalation" },
    why = "Ten more customers are waiting for the same reason. Nobody owns that queue, which is the root cause, and nobody "
      .. "will fix it unless it's escalated to the people who can." },
  choice { "Show Kofi the queue now, so the other ten are resubmitted today. Then email the manager and Dan: nobody here checks "
      .. "rejections. Propose a daily check and a call on each one; reply by Monday.", id = "feedback",
    go = function(s)
      if s.remedy == "cash" then return "cash_refund" end
      if s.remedy == "queued" then return "queued_again" end
      return "refund_on_its_way"
    end,
    minutes = 5, set = { feedback = "root-cause" },
    credit = { "complaint.learn", "policy.escalation", "service.escalate-clearly" },
    why = "The customers waiting now get help today, and the cause goes to both teams in the chain: the store that never checks "
      .. "rejections, and Online Refunds who send them there unannounced, with a fix to agree between them and a date to reply." },
  choice { "Email the store manager that Sam put a collection code in the order-number box, so he can be retrained, and copy "
      .. "in Dan so his team stop bouncing requests over typos.", id = "blame-sam",
    go = function(s)
      if s.remedy == "cash" then return "cash_refund" end
      if s.remedy == "queued" then return "queued_again" end
      return "fixed_for_one"
    end,
    set = { feedback = "blame" },
    breach = { "service.professional", "complaint.learn" },
    why = "One slip in a form box didn't keep Jordan waiting seventeen days: a rejection nobody saw did. Blaming Sam and "
      .. "Dan's team leaves the ten other customers waiting and the queue still unwatched." },
  choice { "Quietly resubmit the other ten yourself this afternoon, so the customers get paid and nobody gets into trouble.", id = "quiet",
    go = function(s)
      if s.remedy == "cash" then return "cash_refund" end
      if s.remedy == "queued" then return "queued_again" end
      return "fixed_for_one"
    end,
    minutes = 20, set = { feedback = "quiet" },
    breach = { "complaint.learn", "policy.escalation" },
    why = "It helps these ten customers, but it goes round the supervisor, and nobody learns why they were stuck, so the "
      .. "queue fills up again. The root cause has to reach the teams who can fix it." },
}

node "pushback" {
  customer = function(s)
    local t
    if s.mistake == "not-us" then
      t = "I bought it from Brightmart and brought it back to Brightmart. I don't care which bit of Brightmart has it. You find it."
    elseif s.mistake == "busy" then
      t = "Everyone's waiting? That's not an answer. Where's my money?"
    elseif s.mistake == "surface" then
      t = "That's exactly what the helpline said. Can you actually check what's happened to it?"
    elseif s.mistake == "helpline" then
      t = "I've rung them. They told me to wait. That's why I'm standing here."
    elseif s.mistake == "doubt" then
      t = "I showed him the email on my phone. He typed whatever he typed. How's that on me?"
    elseif s.mistake == "thirty" then
      t = "That's not what Citizens Advice says. Fourteen days from when you agreed it, and you agreed it on the fifteenth."
    elseif s.mistake == "lapsed" then
      t = "Lapsed? I don't want a gift card. I want my money back on my card. You agreed it on the fifteenth."
    else
      t = "Three more working days, then the bank? Rent's due Monday. Can't anyone just do it?"
    end
    if s.mood < 15 then
      return t .. " Honestly, I'm about ready to give up on you lot."
    end
    return t
  end,
  choice { function(s)
      if s.mistake == "not-us" then
        return "You're right, I'm sorry. It's ours to sort, and I will. Talk me through it."
      elseif s.mistake == "busy" then
        return "You're right, I'm sorry: that's not an answer. Talk me through it, and I'll find out."
      end
      return "I'm sorry, that was unfair. Filling in the request was our job, not yours."
    end,
    id = "apologise",
    when = function(s) return s.stage == "start" or s.stage == "found" end,
    go = function(s)
      if s.stage == "start" then return "story" end
      return "screen"
    end,
    mood = 10,
    credit = { "heat.apologise", "heat.own" },
    why = "A short apology that owns the mistake, then straight back to sorting it out." },
  choice { "You're right, I'm sorry. Let me open the request's full history myself, right now.", id = "look-properly",
    when = function(s) return s.stage == "trace" end,
    go = "found", mood = 10,
    credit = { "heat.apologise", "complaint.investigate" },
    why = "Owning the slip, and doing the check you should have done, puts it right." },
  choice { "I'm sorry, I had that wrong. You rejected it in time, and once we agreed the refund, the law gave us 14 days to "
      .. "pay it back to your card. We're late.", id = "correct-rights",
    when = function(s) return s.stage == "rights" end,
    go = "fix", mood = 10,
    credit = { "heat.apologise", "cra.refund-14-days", "cra.refund-same-method", "ucp.misleading-rights" },
    why = "You correct your own misstatement straight away and give him his rights accurately: the refund was due within 14 "
      .. "days of agreeing it, to the card he paid with." },
  choice { "You're right. Forget the queue: I'll ring Online Refunds now and get it paid today.", id = "ring-now",
    when = function(s) return s.stage == "fix" end,
    go = "call_refunds", mood = 10,
    credit = { "heat.own", "service.responsiveness", "cra.refund-14-days" },
    why = "You take his point and pick the route that gets an overdue refund paid today, as the law's 'without undue delay' "
      .. "demands once the 14 days have gone." },
  choice { "There's no need to take that tone with me. I'm trying to help, and I can only work with what the system tells me.", id = "tone",
    go = "walked_out", mood = -25,
    breach = { "service.professional", "heat.empathise" },
    why = "He's frustrated, not abusive, and his point is fair. Telling him off for his tone, and hiding behind the system, "
      .. "turns a fixable complaint into a lost customer." },
  choice { "I'm sorry, but honestly, that's all I can do from here.", id = "insist",
    go = "walked_out", mood = -20,
    breach = { "heat.own", "service.professional" },
    why = "It isn't all you can do: you can see the history and ring the team that pays refunds. Giving up on him sends "
      .. "him away without his money, and Brightmart still owes it." },
}

-- Ending summaries: what actually happened on this route.
local function extras(s)
  local t = ""
  if s.id_check == "surname" then
    t = t .. " You opened his order on a surname alone, so anyone could have heard about his order and refund."
  elseif s.id_check == "card" then
    t = t .. " You had his full card number read out at the counter."
  end
  if s.blamed == "refunds" or s.handover == "blamed" then
    t = t .. " You blamed another team, when the rejection had sat in this store's own queue."
  end
  if s.jargon then
    t = t .. " You explained it in system shorthand he couldn't follow."
  end
  if s.screen == "turned" then
    if s.reported then
      t = t .. " Jordan read other customers' refunds off your screen; you turned it away and reported it at once."
    else
      t = t .. " Jordan read other customers' refunds off your screen, and you didn't report it: an unreported personal data breach."
    end
  elseif s.screen == "hinted" or s.screen == "disclosed" then
    if s.reported then
      t = t .. " You told him about another customer's refund. You reported it at once, but it can't be unsaid."
    else
      t = t .. " You told him about another customer's refund and didn't report it: an unreported disclosure of her personal data."
    end
  end
  if s.rights == "thirty" then
    t = t .. " You first told him 30 days was in time, repeating the helpline's mistake, before putting it right."
  elseif s.rights == "lapsed" then
    t = t .. " You first told him the refund had lapsed, before putting it right."
  end
  if s.expectation == "monday" then
    t = t .. " He was told it would be there by Monday, which a card refund is unlikely to manage."
  elseif s.expectation == "vague" then
    t = t .. " He was given no idea when the money would show."
  end
  if s.complaint == "logged" then
    t = t .. " His complaint was logged, with an acknowledgement due the next working day."
  else
    t = t .. " His complaint was never logged, so it won't reach Brightmart's weekly review."
  end
  if s.follow_up == "owned" then
    if s.kept_promise == "kept" then
      t = t .. " You texted the payment reference by 4, as promised, and a follow-up call is booked."
    elseif s.kept_promise == "late" then
      t = t .. " You promised a text by 4 and sent it late."
    elseif s.kept_promise == "dropped" then
      t = t .. " You promised a text by 4 and never sent it."
    else
      t = t .. " A follow-up is booked in your name."
    end
  elseif s.follow_up == "guarantee" then
    t = t .. " You guaranteed a date that depends on his bank, not you."
  elseif s.follow_up == "customer" then
    t = t .. " He was left to check for himself that it worked."
  end
  if s.note == "opinion" then
    t = t .. " The contact note records an opinion of him and a colleague, not what was done."
  elseif s.note == "overshare" then
    t = t .. " The contact note records his money worries, which the refund didn't need."
  end
  if s.feedback == "root-cause" then
    t = t .. " The ten other stuck refunds went to the supervisor that day, and the root cause, an exceptions queue nobody "
      .. "watched, went to the store manager and Online Refunds with a proposed fix."
  elseif s.feedback == "blame" then
    t = t .. " Your feedback blamed a colleague and another team, so the unwatched queue and the ten other customers stay as they were."
  elseif s.feedback == "quiet" then
    t = t .. " You cleared the other ten requests quietly, so nobody will fix the unwatched queue."
  else
    t = t .. " Ten other customers are still stuck in the same unwatched queue."
  end
  return t
end

ending "refund_on_its_way" {
  kind = "resolved",
  narration = function(s)
    if s.kept_promise == "kept" then
      return "Your phone buzzes: a reply from Jordan. 'Got it, thanks. First person who actually looked.'"
    end
    return "Jordan's refund is in today's payment run, on its way to his debit card."
  end,
  summary = function(s)
    return "Jordan's refund was agreed at the desk on 15 June, sent back to the store over one wrongly filled box, and left in "
      .. "a queue nobody checked, so Brightmart missed the 14 days the Consumer Rights Act allows after agreeing a refund "
      .. "(s.20(15)). You traced it through every hand-off and got Online Refunds to pay it to his debit card that day." .. extras(s)
  end,
  credit = "complaint.resolve",
}

-- Capped at Merit: feeding the root cause back is what this scenario assesses beyond Jordan's own refund, and on points
-- alone a route that blames a colleague, or quietly leaves the unwatched queue as it is, would still reach Distinction.
ending "fixed_for_one" {
  kind = "resolved",
  cap = "Merit",
  narration = function(s)
    local t = "Jordan's refund is in today's payment run."
    if s.kept_promise == "kept" then
      t = "Your phone buzzes: a reply from Jordan. 'Got it, thanks. First person who actually looked.'"
    end
    if s.feedback == "quiet" then
      return t .. " The exceptions queue is empty for now, and still nobody is watching it."
    end
    return t .. " The exceptions queue still has ten requests in it."
  end,
  summary = function(s)
    return "Jordan's refund was agreed on 15 June, sent back to the store over one wrongly filled box, and left in a queue nobody "
      .. "checked, so Brightmart missed the 14 days the Consumer Rights Act allows after agreeing a refund (s.20(15)). You got "
      .. "Online Refunds to pay it to his debit card that day. But the root cause never reached the people who could fix it, so "
      .. "the next customer will wait the same way." .. extras(s)
  end,
  credit = "complaint.resolve",
}

ending "queued_again" {
  kind = "unresolved",
  narration = "Jordan's request sits in the Online Refunds queue again, behind everyone else's.",
  summary = function(s)
    return "Jordan's refund was agreed on 15 June and was already past the 14 days the Consumer Rights Act allows (s.20(15)). "
      .. "You found where it stuck, but resubmitted it into the same queue: up to three more working days before it is even "
      .. "processed, and then the bank's time." .. extras(s)
  end,
}

ending "cash_refund" {
  kind = "resolved",
  narration = "At cashing-up, the till is £279 short, with no refund on the system to match it.",
  summary = function(s)
    return "Jordan got £279 in cash from the till. He agreed to cash, but the supervisor had approved a refund to his card "
      .. "through Online Refunds, not a till payout: £279 is far over the £50 an adviser can authorise alone, and website "
      .. "refunds are paid by Online Refunds, not the till. His web refund request is still in the exceptions queue, so it "
      .. "could be paid a second time when someone clears it." .. extras(s)
  end,
}

ending "walked_out" {
  kind = "lost",
  customer = "Forget it. I'm going to Citizens Advice.",
  summary = function(s)
    local t = "Jordan left without his money, and with nobody seeing it through. Brightmart agreed his refund on 15 June and "
      .. "still owes him £279, now past the 14 days the Consumer Rights Act allows (s.20(15))."
    if s.mistake == "slow" then
      return t .. " All he has to show for his visit is a request resubmitted into the queue that lost it."
    end
    return t .. " The rejected request is still sitting in a queue nobody checks."
  end,
}

expect { best_grade = "Distinction" }
expect { best_ending = "refund_on_its_way" }
expect { worst_grade = "Refer" }
expect { breaching = "dpa.verify-identity", grade = "Refer" }
expect { reachable = "walked_out" }
expect { reachable = "fixed_for_one" }
