-- Frontline scenario: a 71-year-old customer is refused a same-day laptop set-up because of her age.
-- Organisation: Brightmart (electricals retailer), in a shop, duty supervisor.
-- Law: a service provider must not treat a customer less favourably because of a protected
-- characteristic (Equality Act 2010 ss.13, 29). Age protects customers aged 18 and over (s.28).
-- Age treatment can be lawful only if it is a proportionate means of a legitimate aim (s.13(2)):
-- here there is none, only a colleague's assumption, and the set-up terms say nothing about age.

scenario {
  id = "brightmart.age-refused-service",
  title = "Not for people your age",
  brief = "You're the duty supervisor in a Brightmart store on a busy Saturday, covering the service desk. "
    .. "The Tech Desk offers a £35 Same-Day Set-Up: while the customer waits, about 45 minutes, a colleague moves "
    .. "files over from an old laptop and sets up email and updates. Rosalind Hart, who is 71, bought a £599 laptop "
    .. "here an hour ago. She has just walked over from the Tech Desk, carrying the new laptop and her old one.",
  organisation = "brightmart",
  role = "Duty supervisor, Brightmart store (covering the service desk)",
  level = 3,
  minutes = 10,
  topics = { "equality", "complaints", "heat", "ownership", "record-keeping" },
  customer = { name = "Rosalind Hart", look = "older-woman", mood = 25 },
  start = "arrives",
  state = {
    defended = false,
    checked = false,
    asked_id = false,
    id_pressed = false,
    upheld = false,
    lesson = false,
    setup = "none",
    joked = false,
    shouted = false,
    receipt_asked = false,
    told_off = false,
    complaint_logged = false,
    misled = false,
    misfiled = false,
    learning = "none",
  },
}

node "arrives" {
  narration = "A woman in a green wax jacket puts a laptop box and an older laptop on the service desk, and waits until you look up.",
  customer = "Are you in charge today? I'd like to complain. Your colleague at the Tech Desk has just refused to set up my new laptop. "
    .. "He said it isn't really for people my age.",
  choice { "I'm sure Callum didn't mean anything by it. He's very good, and Saturdays are hectic over there.", id = "defend",
    go = "story", mood = -10, set = { defended = true },
    breach = { "heat.hear", "complaint.investigate" },
    why = "You've defended your colleague before you know what happened. That dismisses her complaint before you've heard it. Hear her out first; you can look into it fairly afterwards." },
  choice { "I'm sorry to hear that. Complaints go to our Customer Contact Centre, so the quickest way is to ring them "
      .. "or use the form on our website. They log everything centrally and usually reply within a few days.", id = "contact-centre",
    go = "bounced", mood = -15,
    breach = { "heat.own", "policy.service-standards" },
    why = "A complaint can be made in person, in the shop, and whoever the customer reaches first owns it. Sending her home to ring a phone line is 'not my department', and you're the person in charge." },
  choice { "That shouldn't have happened, and I'm sorry. Tell me exactly what was said.", id = "listen",
    go = "story", mood = 10,
    credit = { "heat.hear", "heat.empathise" },
    why = "Let her tell you what happened, in her own words, before you decide anything. Acknowledging that it shouldn't have happened shows you're taking her seriously." },
  choice { "Right. Have you got the receipt for the laptop, so I can bring the sale up first?", id = "receipt",
    go = "story", mood = -10, set = { receipt_asked = true },
    breach = { "heat.hear", "policy.service-standards" },
    why = "Her complaint is about how she was treated, not about the sale. Leading with paperwork before you've heard her out feels like a barrier, and Brightmart's service standards say listen first." },
}

node "bounced" {
  customer = "Ring a phone line? I'm standing in your shop, talking to the person in charge. "
    .. "I'm not going home to sit on hold about something that happened twenty yards away.",
  choice { "I'm afraid that's the process for complaints. I'll write the number down for you.", id = "process",
    go = "gone_home", mood = -15,
    breach = { "heat.own", "complaint.log" },
    why = "Brightmart's complaints procedure says a complaint can be made in a shop and must be logged the same day. Turning her away leaves her with no service and no complaint." },
  choice { "You're right, and I'm sorry. I'm the duty supervisor, so it's mine to sort. Tell me what happened.", id = "own-it",
    go = "story", mood = 10,
    credit = { "heat.own", "heat.apologise", "heat.hear" },
    why = "Owning it straight away puts things right: you're the person in charge, and she shouldn't have to go anywhere else." },
}

node "story" {
  narration = "She keeps her voice level, although the people queuing behind her can hear every word.",
  customer = function(s)
    local t = ""
    if s.defended then t = "Hectic or not, he didn't listen to a word I said. " end
    if s.receipt_asked then t = "It's in the bag, but the laptop isn't the problem. " end
    return t .. "I asked to book the same-day set-up. He said it isn't meant for people my age, that over-seventies need "
      .. "someone younger with them, and I should bring my grandson or book a beginners' lesson."
  end,
  choice { "So you asked for the set-up anyone can book, and you were turned away because of your age. I'm sorry. "
      .. "Let me find out what happened.", id = "reflect",
    go = "check", mood = 10,
    credit = { "heat.hear", "heat.apologise", "heat.own" },
    why = "Reflecting back the key fact, that she was refused because of her age, shows you've understood. Then take charge of finding out what happened." },
  choice { "I'm sorry he put it so bluntly. We do ask older customers to bring someone along for set-ups, because "
      .. "there are a lot of passwords involved. I can book you in for when your grandson's free.", id = "rule",
    go = "upheld", mood = -25, set = { upheld = true },
    breach = "eqa.direct-discrimination",
    why = "There's no such rule, and refusing a service to a customer because of her age, when there's no legitimate aim behind it, is direct age discrimination (Equality Act 2010 ss.13 and 29). Nobody else has to bring a minder." },
  choice { "Honestly, rather than the set-up, you might get more from our Getting Started lesson. It's free, one-to-one, "
      .. "and designed with older customers in mind. The next slot is on Tuesday.", id = "lesson",
    go = "upheld", mood = -20, set = { setup = "lesson", upheld = true, lesson = true },
    breach = "eqa.direct-discrimination",
    why = "She asked for the same-day set-up. Steering her away from it to a beginners' lesson days later, because of her age and with no legitimate aim behind it, is still treating her less favourably because of age: direct discrimination (Equality Act 2010 ss.13 and 29)." },
  choice { "(Call across the shop floor) Callum! Can you come here? What's this about you refusing a customer?", id = "shout",
    go = "findings", mood = -5, set = { checked = true, shouted = true },
    breach = { "service.professional", "heat.hear" },
    why = "Calling a colleague out in front of the shop floor blames him before you know the facts and embarrasses the customer too. Listen to her first, then look into it quietly and fairly." },
}

node "check" {
  narration = function(s)
    if s.asked_id then return "Over at the Tech Desk, Callum is still busy with the young man's tablet." end
    return "Rosalind waits at the desk. The Tech Desk is twenty yards away, and Callum is setting up a tablet for a young man in a suit."
  end,
  customer = function(s)
    if s.id_pressed then
      return "I'm not getting my passport out to make a complaint. Go and ask him what he said."
    end
    return "Take your time. I'd rather it was put right than rushed."
  end,
  choice { "Before I do, could I see some ID with your date of birth? If it's going down as an age complaint, "
      .. "I'll need proof of age for the record.", id = "ask-id",
    when = "not asked_id",
    go = "id_row", mood = -10, set = { asked_id = true },
    breach = "dpa.minimisation",
    why = "Nothing about a laptop set-up, or logging her complaint, needs proof of her age. Asking for ID collects personal data you don't need, and tells her you doubt her." },
  choice { "(Check the Same-Day Set-Up terms on the staff system, then have a quiet word with Callum away from the customers.)", id = "terms",
    go = "findings", set = { checked = true },
    credit = "complaint.investigate",
    why = "Check the facts before deciding: what the service terms actually say, and what your colleague says happened, in private and fairly." },
  choice { "Could you write down what happened on one of our feedback cards while I look into it? "
      .. "Complaints have to be in writing before we can log them.", id = "in-writing",
    go = "findings", mood = -10, set = { checked = true },
    breach = { "complaint.log", "heat.own" },
    why = "A complaint can be spoken or written, in a shop or anywhere else. Making her write it out puts a barrier in her way: you've heard it, so it's yours to log." },
  choice { "There's obviously been a misunderstanding. Let's not make a thing of it: I'll walk you back over there and get you booked in.", id = "skip",
    go = "back_to_her", mood = 5,
    breach = "complaint.investigate",
    why = "Getting her the service is right, but she's made a complaint and you haven't looked into it. Without checking the terms or speaking to Callum you can't tell her what went wrong, or stop it happening again." },
}

node "id_row" {
  customer = "My date of birth? I've told you I'm seventy-one. Does the young man in the suit have to show his passport to get a tablet set up?",
  choice { "You're right, I don't need it, and I'm sorry. Let me go and find out what happened.", id = "withdraw",
    go = "check", mood = 5,
    credit = { "dpa.minimisation", "heat.apologise" },
    why = "Withdrawing the request and saying sorry puts it right. Ask only for what the task needs." },
  choice { "It's only for our records. Everyone who makes a complaint has to be identified properly.", id = "insist",
    go = "check", mood = -15, set = { id_pressed = true },
    breach = { "dpa.minimisation", "heat.hear" },
    why = "That isn't true, and she's told you her age. Insisting on ID she doesn't need for a complaint collects data you have no use for and makes her feel under suspicion." },
}

node "findings" {
  narration = function(s)
    if s.shouted then
      return "Callum walks over, red in the face, in front of the queue. He says an older man got stuck on his passwords last week, "
        .. "so he 'thought it was best'. You pull up the Set-Up terms: they say nothing about age."
    end
    return "The Set-Up terms say nothing about age: anyone with the device and their passwords can book it. "
      .. "Callum says an older man got stuck on his passwords last week, so he 'thought it was best'."
  end,
  choice { "(Quietly, to Callum) There's no age rule, and we can't invent one. She gets the same set-up as anyone else, today. "
      .. "Can Priya start it now? We'll talk properly later.", id = "brief-callum",
    go = "back_to_her",
    credit = "service.professional",
    why = "You deal with your colleague privately and calmly, and set up what she's owed: the service on the same terms as everyone else. Assuming what a customer can manage because of their age isn't a legitimate reason to treat them differently." },
  choice { "(Share a joke with Callum about older customers and their passwords, laughing, within her earshot.)", id = "joke",
    go = "overheard", mood = -30, set = { joked = true },
    breach = { "eqa.harassment", "service.professional" },
    why = "Laughing about older customers in front of a customer who has just been refused because of her age is unwanted conduct related to age that humiliates her. That is harassment (Equality Act 2010 ss.26 and 29)." },
  choice { "(Loudly, in front of the queue) That's age discrimination, Callum. You could be sacked for it. "
      .. "Go and take your break, and I'll clear up the mess you've made.", id = "tell-off",
    go = "back_to_her", set = { told_off = true },
    breach = "service.professional",
    why = "You're right that there's no age rule, but a public dressing-down in front of customers is unprofessional. Deal with a colleague's mistake in private, and keep the focus on putting it right for her." },
}

node "overheard" {
  customer = "I heard that. I'm standing right here. Is this a joke to you?",
  choice { "It was only a bit of banter. Nobody meant anything by it.", id = "banter",
    go = "walked_out", mood = -20,
    breach = { "eqa.harassment", "heat.apologise" },
    why = "Whether it was meant or not, it had the effect of humiliating her, and brushing it off makes it worse. Apologise properly and take it seriously." },
  choice { "No, it isn't, and I'm truly sorry. That was unacceptable, and it was my doing.", id = "apologise",
    go = "back_to_her", mood = 5,
    credit = "heat.apologise",
    why = "A prompt, sincere apology is the least she's owed. But the remark still happened, and it has to go on her complaint." },
}

node "upheld" {
  customer = function(s)
    if s.setup == "lesson" then
      return "Designed for older customers? I've been using computers since before your Tech Desk existed. I asked for the set-up, not a lesson."
    end
    return "So it's true. Because I'm seventy-one I need a minder to have a laptop set up. Is that written down anywhere?"
  end,
  choice { function(s)
      if s.setup == "lesson" then
        return "I'm sure you have, but I have to back my team on this one. The lesson really is the best way for customers your age, "
          .. "and I can book you in for Tuesday."
      end
      return "It's guidance rather than a written rule, but it's there for a reason, and I have to back my team on this one. "
        .. "It really is the best way for customers your age."
    end,
    id = "insist",
    go = "walked_out", mood = -20,
    breach = { "eqa.direct-discrimination", "heat.own" },
    why = "Backing your colleague leaves her turned away from the set-up because of her age. An assumption about what older customers can manage is not a legitimate aim that could justify it. She has no reason to accept it, and she won't." },
  choice { function(s)
      if s.setup == "lesson" then
        return "You're right, and I'm sorry: I shouldn't have steered you away from it. You'll get the same set-up as anyone else, and Priya can start it now."
      end
      return "No, it isn't, and I was wrong to say it. I'm sorry. You'll get the same set-up as anyone else, and Priya can start it now."
    end,
    id = "backtrack",
    go = "complaint", mood = 10, set = { setup = "today" },
    credit = { "eqa.direct-discrimination", "heat.apologise", "heat.own" },
    why = "Correcting yourself quickly gets her the service she's entitled to. But she was treated less favourably because of her age twice, once by you, and that can't be undone." },
}

node "back_to_her" {
  customer = function(s)
    if s.joked then return "Well? When does it actually get done?" end
    if s.told_off then return "Half the shop heard that. So what happens now?" end
    return "So? Is there a rule or isn't there?"
  end,
  choice { "There's no age rule, and you should never have been told there was. I'm sorry. Priya will start yours now, "
      .. "at the usual £35, and it'll take about 45 minutes.", id = "same-terms",
    go = "complaint", mood = 15, set = { setup = "today" },
    credit = { "eqa.direct-discrimination", "heat.apologise", "complaint.resolve", "service.expectations" },
    why = "She gets the outcome and the reason in plain words, and the same service at the same price and time as anyone else. That puts it right." },
  choice { "You're welcome to the set-up, of course. The Tech Desk has a queue now, though, so the best I can do "
      .. "is book it in and you collect it on Monday. I can't jump you ahead of people who've been waiting.", id = "monday",
    go = "queue_row", mood = -15, set = { setup = "monday" },
    breach = { "heat.own", "service.first-contact-resolution" },
    why = "She was at the Tech Desk before that queue, and she'd have been set up by now if she hadn't been turned away. Leaving her to wait till Monday keeps her worse off than everyone else who asked this morning." },
  choice { "Callum was only thinking of you, honestly. Set-ups can be hard work and he didn't want you stuck here all morning. "
      .. "But if you'd still like to go ahead, Priya can do it now.", id = "justify",
    go = "justify_row", mood = -10, set = { setup = "today" },
    credit = "eqa.direct-discrimination",
    breach = { "heat.apologise", "complaint.resolve" },
    why = "She gets the set-up, but you've excused an assumption about her age as if it were kindness. There's no rule and no reason to treat her differently: say so, and apologise instead of justifying it." },
}

node "queue_row" {
  customer = "Monday? I was at that desk at ten o'clock, before any of them. If he'd done his job I'd be finished by now.",
  choice { "You're right. You were first, so you'll go first. Priya will start yours now, at the usual price. I'm sorry.", id = "front",
    go = "complaint", mood = 10, set = { setup = "today" },
    credit = { "heat.own", "service.first-contact-resolution", "heat.apologise", "eqa.direct-discrimination" },
    why = "Putting her back where she would have been without the refusal is the fair fix, and it doesn't cost anyone else anything they were owed." },
  choice { "I'm sorry, but it goes in order of booking, and you haven't booked yet.", id = "order",
    go = "left_waiting", mood = -20,
    breach = { "heat.own", "complaint.resolve" },
    why = "She hasn't booked because she was refused. Using that against her leaves her with no set-up and a complaint nobody has dealt with." },
}

node "justify_row" {
  customer = "Thinking of me? He decided what I could manage by looking at my grey hair. "
    .. "I ran the computer systems for a building society for twenty-six years.",
  choice { "You're right, and I'm sorry. It wasn't his call to make, and nobody should have judged what you can manage by your age.", id = "apologise",
    go = "complaint", mood = 10,
    credit = { "heat.apologise", "heat.empathise" },
    why = "A plain apology, without excuses, puts it right. Her background isn't the point: nobody should be judged by their age, whatever their experience." },
  choice { "I didn't mean you personally. It's just that a lot of older customers do struggle with it.", id = "generalise",
    go = "walked_out", mood = -20,
    breach = { "heat.apologise", "service.professional" },
    why = "Repeating a generalisation about older customers is exactly what she's complaining about. She'll walk away, and she'd be right to." },
}

node "complaint" {
  narration = "Priya carries the two laptops over to the Tech Desk and starts the transfer.",
  customer = function(s)
    if s.joked then
      return "Right. I want all of it on record, that joke included. If it happened to me, it'll happen to someone who won't argue."
    end
    if s.mood < 30 then
      return "Right. I still want this on record. If it happened to me, it'll happen to someone who won't come back and argue."
    end
    return "Thank you. But I still want this on record. If it happened to me, it'll happen to someone who won't come back and argue."
  end,
  choice { "I'll note your feedback. To be fair, though, age discrimination law covers jobs, not shopping, so it won't go down "
      .. "as a discrimination complaint. I'll put it through as a general service issue.", id = "jobs-only",
    go = "law_row", mood = -10, set = { misled = true, misfiled = true },
    breach = "ucp.misleading-rights",
    why = "That's wrong. The Equality Act protects customers aged 18 and over from age discrimination in services (ss.28 and 29). Telling her otherwise misstates her rights." },
  choice { "I'd rather put it right than fill in forms. Here's a £20 gift card for your trouble. "
      .. "Let's call it settled, and I'll have a word with Callum myself.", id = "gift-card",
    go = "learn", mood = -5,
    breach = { "complaint.log", "policy.complaint-sla" },
    why = "She's asked for it to be on record. Brightmart logs every complaint even when it's put right on the spot, and a gift card instead of a complaint means nobody looks into it." },
  choice { "I'll log it now as a complaint of age discrimination, in your words. You'll get an email with a reference "
      .. "and the name of the person handling it by the end of Monday.", id = "log",
    go = "next_steps", mood = 10, set = { complaint_logged = true },
    credit = { "complaint.log", "complaint.acknowledge", "policy.complaint-sla", "service.expectations" },
    why = "Log it the same day, call it what it is, and tell her when she'll hear: Brightmart acknowledges every complaint within one working day with a reference and an owner." },
}

node "law_row" {
  customer = "I'm fairly sure it covers shops as well. I'd like it logged as what it is, please.",
  choice { "You're right, I had that wrong, and I'm sorry. The Equality Act protects customers aged 18 and over. "
      .. "I'll log it as age discrimination, and you'll have a reference by the end of Monday.", id = "correct",
    go = "next_steps", mood = 10, set = { complaint_logged = true, misled = false, misfiled = false },
    credit = { "ucp.misleading-rights", "complaint.log", "complaint.acknowledge", "policy.complaint-sla", "heat.apologise" },
    why = "Correcting yourself straight away means she leaves with the right information and a complaint logged as what it is." },
  choice { "As far as our system goes, it's a service issue. That's the category it goes under.", id = "insist",
    go = "learn", mood = -15,
    breach = { "ucp.misleading-rights", "complaint.log" },
    why = "She's right, and logging it under the wrong heading means it won't be looked into as what it is. The law protects adult customers from age discrimination in services." },
}

node "next_steps" {
  customer = "And if I'm not happy with whatever your head office decides?",
  choice { "Then it'll be for our Customer Relations team, and their decision is final, I'm afraid. "
      .. "It's usually best to accept whatever they offer; most people find it isn't worth taking further.", id = "final",
    go = "learn", mood = -15,
    breach = { "ucp.misleading-rights", "heat.own" },
    why = "A company's complaint decision doesn't take away her legal rights, and urging her to accept whatever she's offered misstates them. She could still bring a claim in the county court." },
  choice { "Our final answer comes in writing within eight weeks. If we can't agree, it names an independent dispute scheme. Either way, you keep your legal rights.", id = "rights",
    go = "learn", mood = 5,
    credit = { "ucp.misleading-rights", "policy.complaint-sla", "complaint.signpost" },
    why = "Accurate and honest: Brightmart's final response comes in writing within eight weeks and, if the complaint isn't settled, names the dispute resolution body. Nothing in the complaints process takes away her right to go to court." },
  choice { "Then the Retail Ombudsman steps in. They'll look at it for free and make us pay compensation if we got it wrong.", id = "ombudsman",
    go = "learn", mood = 5,
    breach = { "service.expectations", "complaint.signpost" },
    why = "Retailers don't have to belong to an ombudsman, and Brightmart's procedure says never to promise one. If the complaint isn't settled, the final response names the right dispute resolution body and says whether Brightmart will use it." },
}

node "learn" {
  customer = function(s)
    if s.complaint_logged then
      return "And Callum? I don't want him sacked. I want him to stop doing it."
    end
    return "Well. I hope somebody has a word with that young man."
  end,
  choice { "Between you and me, he's had a couple of complaints already. I wouldn't be surprised if he doesn't last long here.", id = "gossip",
    go = "record", mood = -5, set = { learning = "gossip" },
    breach = { "service.professional", "complaint.learn" },
    why = "Talking about a colleague's record with a customer is unprofessional and unfair to him. What she wants is for it to stop, which means fixing the cause, not passing on gossip." },
  choice { "I'll raise it with the store manager today, so the whole Tech Desk team is told there's no age rule and what the terms really say.", id = "raise",
    go = "record", mood = 10, set = { learning = "raised" },
    credit = "complaint.learn",
    why = "Callum believed in a rule that doesn't exist, and others may too. Fixing that root cause for the whole team is what stops it happening to the next customer." },
  choice { "He's young, he'll learn. I really wouldn't worry about it.", id = "shrug",
    go = "record", mood = -10, set = { learning = "none" },
    breach = { "complaint.learn", "heat.empathise" },
    why = "She's worried it will happen to someone else, and nothing you've said will stop it. Nobody will correct the made-up rule." },
}

node "record" {
  narration = "While the transfer runs, you add a note to her customer record.",
  customer = "Is that about me?",
  choice { "(You type:) 'Elderly lady, understandably a bit worked up about the Tech Desk. Sorted with a set-up. May need extra help with technology in future.'", id = "opinion",
    go = "ending_by_state",
    breach = { "dpa.accurate-notes", "policy.log-contact" },
    why = "'Worked up' is an unlabelled opinion, and 'may need extra help' repeats the very assumption about her age that caused the complaint. She can ask to see this note. Record facts: what happened, what was done." },
  choice { function(s)
      local t = "Yes, and you're welcome to read it. (You type:) 'Refused Same-Day Set-Up by a colleague because of her age (71); "
        .. "no age rule in the terms."
      if s.lesson then
        t = t .. " I then wrongly steered her to a beginners' lesson because of her age before correcting it."
      elseif s.upheld then
        t = t .. " I then wrongly backed the refusal at the desk before correcting it."
      end
      if s.joked then t = t .. " I made a joke about older customers in her hearing." end
      t = t .. " Apologised; set-up started today at the usual £35."
      if s.complaint_logged then
        t = t .. " Age discrimination complaint logged."
      elseif s.misfiled then
        t = t .. " Logged as a general service complaint."
      end
      return t .. "'"
    end,
    id = "facts",
    go = "ending_by_state",
    credit = { "dpa.accurate-notes", "policy.log-contact" },
    why = "A short, factual note: what happened, what the terms say, and what was done. Her age is on it because it is what the complaint is about." },
  choice { "It's just a note. (Close the record without saving anything: the Tech Desk booking will show she had a set-up.)", id = "skip",
    go = "ending_by_state",
    breach = "policy.log-contact",
    why = "Brightmart records every contact, so the next person knows what happened and what was agreed. A booking record doesn't show that she was refused, or why." },
}

node "ending_by_state" {
  narration = "Forty minutes later Priya brings the new laptop back to the desk, with her files and email set up.",
  customer = function(s)
    if s.complaint_logged and s.mood >= 50 then return "That's all working. Thank you for taking it seriously." end
    return "That's all working. I suppose that's what I came for."
  end,
  choice { "Thanks for bearing with us, Mrs Hart.", id = "thanks",
    go = function(s)
      if s.complaint_logged then return "set_up_today" end
      return "set_up_not_logged"
    end,
    why = "A simple thank-you to close." },
}

ending "set_up_today" {
  kind = "resolved",
  customer = function(s)
    if s.mood >= 60 then return "I'll be back for a printer next month, you know." end
    return "Thank you. I'll wait for that email."
  end,
  summary = function(s)
    local t = "Rosalind got the same Same-Day Set-Up as any other customer, at the usual price, and her complaint of age discrimination was logged with an acknowledgement due within one working day."
    if s.upheld then
      t = t .. " But she was treated less favourably because of her age by your colleague and then by you, with no legitimate aim to justify it: direct discrimination under the Equality Act 2010 (ss.13, 29), even though you later put it right."
    end
    if s.joked then
      t = t .. " The joke about older customers in her hearing was harassment related to age (ss.26, 29), and has to be part of the complaint."
    end
    if s.learning == "raised" then
      t = t .. " You're raising the made-up 'age rule' with the store manager so the whole team is put straight."
    else
      t = t .. " Nothing was done to correct the made-up 'age rule' for the rest of the team, so it could happen again."
    end
    return t
  end,
}

ending "set_up_not_logged" {
  kind = "resolved",
  breach = "complaint.log",
  customer = "Well. Let's hope it doesn't happen to the next person.",
  summary = function(s)
    local t
    if s.misfiled then
      t = "Rosalind's laptop was set up in the end, but her complaint was logged only as a general service issue, not as the age discrimination she reported, so it won't be investigated as what it is."
    else
      t = "Rosalind's laptop was set up in the end, but her complaint that she was refused because of her age was never logged, so it won't be acknowledged or investigated as Brightmart's procedure requires."
    end
    if s.misled then
      t = t .. " She was also told, wrongly, that age discrimination law doesn't cover shops: it protects customers aged 18 and over."
    end
    if s.upheld then
      t = t .. " She was treated less favourably because of her age twice, once by you, with no legitimate aim to justify it: direct discrimination under the Equality Act 2010 (ss.13, 29)."
    end
    if s.joked then
      t = t .. " The joke about older customers in her hearing was harassment related to age (ss.26, 29)."
    end
    return t
  end,
}

ending "left_waiting" {
  kind = "unresolved",
  customer = "Then I'll take both laptops home and think about whether I want to keep the new one.",
  summary = "Rosalind was offered the set-up only for Monday, behind customers who arrived after her, because she'd been turned away because of her age that morning. So the refusal was never put right: she left without the set-up, and her complaint was never logged.",
}

ending "walked_out" {
  kind = "lost",
  customer = "I'll be writing to your head office, and I'll be telling my friends exactly how I was spoken to.",
  summary = function(s)
    if s.joked then
      return "Rosalind left after being laughed at about her age, with no set-up and no complaint logged. A remark about older customers in her hearing was harassment related to age (Equality Act 2010 ss.26, 29), and Brightmart is liable for what its staff do at work."
    end
    if s.upheld then
      local t = "Rosalind left refused the set-up because of her age."
      if s.lesson then t = "Rosalind left without the set-up she asked for, steered to a beginners' lesson because of her age." end
      return t .. " There was no age rule and no legitimate aim behind it, only an assumption about what older customers can manage: direct discrimination under the Equality Act 2010 (ss.13, 29). She could bring a county court claim."
    end
    return "Rosalind left without her set-up after being told, in effect, that older customers struggle. She was treated as a stereotype instead of a customer, and her complaint was never logged."
  end,
}

ending "gone_home" {
  kind = "lost",
  customer = "I'll ring them, all right. And I'll tell them the person in charge didn't want to know.",
  summary = "Rosalind was sent home to ring the Customer Contact Centre about a refusal that happened in this shop, with her laptop still not set up. Complaints can be made in person, and the person she reached first, the duty supervisor, should have owned it.",
}

expect { best_grade = "Distinction" }
expect { best_ending = "set_up_today" }
expect { worst_grade = "Refer" }
expect { breaching = "eqa.direct-discrimination", grade = "Refer" }
expect { breaching = "eqa.harassment", grade = "Refer" }
expect { reachable = "left_waiting" }
expect { breaching = "complaint.log", grade = "Merit" }
expect { breaching = "dpa.accurate-notes", grade = "Pass" }
