-- Frontline scenario: a customer slips on water leaking from a display fridge-freezer.
-- Organisation: Brightmart (electricals retailer), in a shop, customer service assistant.
-- Law: an employer must run its business so that customers are not put at risk, so far as is
-- reasonably practicable (Health and Safety at Work etc. Act 1974 s.3), and each employee must take
-- reasonable care of others affected by what they do or fail to do (s.7). A customer's request for
-- CCTV footage of himself is a subject access request (UK GDPR Art 15).
-- Putting someone's safety at risk (moving a man who says his neck hurts; leaving the water, or a
-- still-leaking fridge, unguarded) breaches the critical hswa.safety-risk, which means Refer.
-- Recording a customer's injury in the accident book is Brightmart practice, not scored as law here
-- (no reporting duty for customers' injuries, such as RIDDOR, is scored: see docs/law.md, section 11).

scenario {
  id = "brightmart.wet-floor-fall",
  title = "Water on the floor",
  brief = "You're a customer service assistant in a Brightmart store, working on the shop floor near the big "
    .. "appliances. It's Thursday, just before midday. Dean Whitaker, a self-employed courier on his break, has come "
    .. "in for a phone charger. Sam Reid is the duty manager today, and Jo Marsh in the stockroom is a trained first aider.",
  organisation = "brightmart",
  role = "Customer service assistant, Brightmart store (shop floor)",
  level = 2,
  minutes = 10,
  topics = { "staff-safety", "record-keeping", "data-protection", "complaints", "heat" },
  customer = { name = "Dean Whitaker", look = "man-in-his-thirties", mood = 40 },
  start = "fall",
  state = {
    first_aider = false,
    area_safe = false,
    moved_early = false,
    blamed = false,
    promised = "none",
    note = "none",
    asked_extra = false,
    extra_taken = false,
    voucher = false,
    ran_back = false,
    logged = false,
    manager = false,
    footage = "none",
    handover = "none",
    leak = "running",
  },
}

-- After the accident book: a promise the learner made earlier has to be dealt with first.
local function after_record(s)
  if s.promised == "said" then return "walk_back" end
  return "next_steps"
end

-- What Dean does once the accident book has been dealt with (or not).
local function after_note(s)
  if s.note == "facts" and s.extra_taken then return "He reads the entry and nods." end
  if s.note == "facts" then return "He reads the entry, nods, and gives you his name, phone number and address." end
  if s.note == "opinion" then return "He's on his phone to his depot while you write, and doesn't see the entry." end
  return "He checks the time on his phone."
end

-- Where the conversation ends once the camera question is settled.
local function final_ending(s)
  if s.logged then return "looked_after" end
  return "no_route"
end

node "fall" {
  narration = "You're restocking chargers when a man in a courier's hi-vis jacket skids on water by the fridge-freezer display and lands hard on his back.",
  customer = "Ow. Ah... I'm all right. I'm all right. Just give me a second.",
  choice { "Here, grab my arm and I'll pull you up. You don't want to be lying in that water.", id = "get-up",
    go = "neck", set = { moved_early = true },
    breach = "hswa.customer-safety",
    why = "He's just landed hard on his back, and nobody knows yet where he's hurt. Pulling someone up before they've been checked can make an injury worse. Keep him still, call a first aider and make the water safe." },
  choice { "Don't move, I'll be straight back. (Hurry to the service desk for the accident book, so you can take his details properly.)", id = "accident-book",
    go = "away",
    breach = { "hswa.customer-safety", "hswa.safety-risk" },
    why = "The paperwork can wait. Walking off leaves an injured man on the floor and the water unguarded, with shoppers still walking through it." },
  choice { "Stay there for a moment; don't try to get up yet. (Radio for a first aider, and wave a colleague over to guard the water.)", id = "stay-still",
    go = "assess", set = { first_aider = true, area_safe = true },
    credit = "hswa.customer-safety",
    why = "Two things at once: keep the injured person still until someone trained has checked him, and stop anyone else walking into the same water." },
  choice { "(Wave a colleague over to stand by the water.) Did you not see it? It's right in front of the fridges.", id = "blame",
    go = "assess", mood = -15, set = { area_safe = true, blamed = true },
    breach = { "service.professional", "heat.empathise" },
    why = "Guarding the water is right, but suggesting he should have looked where he was going blames a man who's just been hurt on our wet floor. Check he's all right first." },
}

node "neck" {
  narration = "He takes your arm and starts to push himself up, then stops halfway and winces.",
  customer = "Ah, no. My neck. It snapped back when I hit the floor. Sorry, I just need a sec.",
  choice { "You're nearly there. One more push and you can sit on a chair; it's better than the wet floor.", id = "keep-going",
    go = "moved_injured",
    breach = { "hswa.customer-safety", "hswa.safety-risk" },
    why = "He's told you his neck hurts. Moving someone with neck pain after a fall can turn a strain into a serious injury. Stop, keep him still and get a first aider." },
  choice { "OK, stop there. Stay exactly as you are and keep your head still. (Radio for a first aider, and ask a colleague to guard the water.)", id = "stop",
    go = "assess", set = { first_aider = true, area_safe = true },
    credit = "hswa.customer-safety",
    why = "Stopping as soon as he mentions his neck, getting someone trained to him, and guarding the water puts it right." },
}

node "away" {
  narration = "At the desk you find the accident book. As you turn back, a woman pushing a buggy skids on the same water and grabs a shelf to stay upright.",
  customer = "Mate! She nearly went over too! There's still nothing round it!",
  choice { "(Run back, put out the wet-floor signs, and radio for a first aider and the duty manager.)", id = "run-back",
    go = "near_miss", set = { ran_back = true },
    credit = "hswa.customer-safety",
    why = "Right things, too late: the water should have been guarded before you went anywhere, and it very nearly caused a second fall." },
  choice { "(Find a pen that works, then walk back with the book to take his details.)", id = "pen",
    go = "near_miss",
    breach = { "hswa.customer-safety", "hswa.safety-risk", "heat.own" },
    why = "Someone has nearly fallen in the same place, and the injured man is still on the floor. The book can wait; the water and the first aider can't." },
}

node "assess" {
  customer = function(s)
    local t = ""
    if s.blamed then t = "Course I didn't see it. It's clear water on a white floor. " end
    if s.moved_early then
      return t .. "It's my neck, mostly, and my back. And I've got to be back in the van in twenty minutes."
    end
    return t .. "My back took most of it, and my neck's sore where it snapped back. I've got to be back in the van in twenty minutes."
  end,
  choice { "Let's at least get you sat on a chair; it's got to be better than the floor. Take my hands and come up slowly.", id = "chair",
    go = "moved_injured",
    breach = { "hswa.customer-safety", "hswa.safety-risk" },
    why = "He's told you his neck hurts. Moving him before a first aider has checked him risks making a neck injury much worse. Keep him still until someone trained has seen him." },
  choice { function(s)
      if s.first_aider then
        return "I know you're worried about the van, but please stay put until our first aider's checked your neck. She's on her way. If it's bad, we'll ring 999."
      end
      return "I know you're worried about the van, but please stay put until a first aider's checked your neck. (Radio for one now.) If it's bad, we'll ring 999."
    end,
    id = "wait",
    go = "first_aid", set = { first_aider = true },
    credit = { "hswa.customer-safety", "heat.hear", "heat.empathise" },
    why = "You've picked up the important fact, his neck, and you acknowledge his worry about work. Keeping him still until someone trained has checked him, with 999 if it's serious, is the safe course." },
  choice { "If you're pushed for time, take one of our incident forms and fill it in at home. Just take it easy on the drive back.", id = "van",
    go = "drove_off", mood = 5,
    breach = { "hswa.customer-safety", "policy.escalation", "heat.own" },
    why = "He's hurt his neck and is about to drive a van. Taking reasonable care of him means asking him to wait for the first aider before he goes, and Brightmart's procedure says an injury goes to the duty manager. A form to take home does neither." },
}

node "first_aid" {
  narration = "Jo, the first aider, checks him over. He can move his arms and fingers normally. She helps him sit up slowly, then onto a chair, and tells him to get his neck checked today.",
  customer = function(s)
    if s.blamed then
      return "Right. So are you going to tell me what that water's doing there, or is that my fault too?"
    end
    return "I'll live. What's all that water doing there, anyway?"
  end,
  choice { "I'm so sorry. It's completely our fault, and Brightmart will cover everything: physio, your lost work, whatever you need. You have my word on that.", id = "promise",
    go = "leak", mood = 10, set = { promised = "said" },
    credit = "heat.apologise",
    breach = { "service.expectations", "service.limits-of-authority" },
    why = "Saying sorry is right. But 'completely our fault' decides the blame before anyone has looked into it, and promising to pay for his treatment and lost earnings is a decision you have no authority to make. He may rely on it." },
  choice { "It looks like the fridge-freezer on display is leaking. I'm sorry you've been hurt. I'm getting it dealt with now.", id = "explain",
    go = "leak", mood = 10,
    credit = { "heat.apologise", "heat.own" },
    why = "Honest about what you can see, a sincere apology for what's happened to him (which isn't an admission of legal blame), and you take charge of the hazard." },
  choice { "Our cleaners check this aisle every hour, so it can't have been there long. These things do happen in shops, I'm afraid.", id = "denial",
    go = "leak", mood = -15,
    breach = { "heat.apologise", "complaint.investigate" },
    why = "You don't know how long it was there, and the water is coming from our own display. Defending the shop before you've looked is guessing, and it sounds as if nobody is sorry he was hurt." },
}

node "leak" {
  narration = "Water is still dripping from under the fridge-freezer and spreading towards the cones your colleague has put out.",
  customer = "That's still coming out, you know.",
  choice { "(Mop up the puddle and move the cones away, so the aisle looks normal again.)", id = "mop-only",
    go = "record", set = { leak = "uncovered" },
    breach = { "hswa.customer-safety", "hswa.safety-risk" },
    why = "The fridge is still dripping, so taking the cones away leaves a hazard you know about unguarded: the floor will be wet again in minutes with nothing to warn anyone. Stop the cause, keep it guarded until it's dry, and report it." },
  choice { "(Switch the fridge-freezer off at the wall, put an 'out of use' sign on it, get the floor mopped, keep the cones up until it's dry, and report the leak.)", id = "fix",
    go = "record", set = { leak = "fixed" },
    credit = "hswa.customer-safety",
    why = "Stop the source, keep the area guarded until it's safe, and report the fault so it's repaired. That's what the law asks of you and of Brightmart." },
  choice { "(Leave the cones where they are and go back to Dean. The cleaner can sort it out when he's back from lunch.)", id = "later",
    go = "record",
    breach = "hswa.customer-safety",
    why = "The water is spreading past the cones, and the leak hasn't been stopped or reported. A hazard you've seen is yours to deal with now, not after lunch." },
}

node "record" {
  customer = function(s)
    if s.extra_taken then return "There. You've got all that. Now can we get on with it?" end
    if s.asked_extra then return "Go on, then. What do you actually need?" end
    return "Do I need to fill something in? I really do have to get going."
  end,
  choice { "It's quick. I'll just need your National Insurance number and your driving licence number as well as your contact details, for the insurance.", id = "extra",
    when = "not asked_extra",
    go = "record_row", mood = -10, set = { asked_extra = true },
    breach = "dpa.minimisation",
    why = "An accident record needs who was hurt, how to contact them, and what happened. His National Insurance and driving licence numbers have nothing to do with it, so don't collect them." },
  choice { function(s)
      local t = "(You write:) 'Thu 11.40, aisle 4. Dean Whitaker slipped on water leaking from a display fridge-freezer, fell on his back."
      if s.moved_early then t = t .. " I pulled him part-way up first." end
      return t .. " Neck and back pain. Seen by first aider Jo Marsh.' Is that right?"
    end,
    id = "facts",
    go = after_record, minutes = 3, set = { note = "facts" },
    credit = { "dpa.accurate-notes", "complaint.investigate" },
    why = "The accident record is made now, while it's fresh: facts, not opinions, including anything you did, and checked with him. It's what anyone looking into the fall later will rely on." },
  choice { function(s)
      if s.asked_extra then return "Actually, let's not bother with the form. You're up and about, and it saves you the hassle." end
      return "Honestly, there's no need for forms. You're up and about, and it saves you the hassle."
    end,
    id = "skip",
    go = after_record, mood = 5,
    breach = { "complaint.investigate", "heat.own" },
    why = "An injury on the shop floor goes in the accident book while it's fresh. Without a record, nobody can show later what happened or what was done, and the cause can't be put right." },
  choice { "(You write in the accident book:) 'Customer in a hurry and not looking where he was going. Slipped on a small amount of water.'", id = "opinion",
    go = after_record, minutes = 2, set = { note = "opinion" },
    breach = { "dpa.accurate-notes", "service.professional" },
    why = "You didn't see where he was looking, and 'a small amount' plays down what happened. The record blames him with opinions, not facts, and he can ask to see it." },
}

node "record_row" {
  customer = "My National Insurance number? What's that got to do with falling over in a shop?",
  choice { "Nothing, you're right. Sorry. Your name, phone number and address are all I need.", id = "withdraw",
    go = "record", mood = 5,
    credit = { "dpa.minimisation", "heat.apologise" },
    why = "Withdrawing the request puts it right. Only collect what the record actually needs." },
  choice { "It's standard for anything that might turn into an insurance claim. I can't complete the form without it.", id = "insist",
    go = "record", mood = -15, set = { extra_taken = true },
    breach = { "dpa.minimisation", "service.professional" },
    why = "That isn't true, and insisting collects personal data the record doesn't need. He's shaken and in a hurry; don't make it harder." },
}

node "walk_back" {
  narration = after_note,
  customer = "Earlier you said Brightmart would cover my lost work. Can I have that in writing? I'm self-employed: no drops, no pay.",
  choice { function(s)
      if s.note == "none" then
        return "Of course. I'll write it down for you now: 'Brightmart to cover all lost earnings.'"
      end
      return "Of course. I'll add it to the accident book now: 'Brightmart to cover all lost earnings.'"
    end,
    id = "double-down",
    go = "next_steps", set = { promised = "written" },
    breach = { "service.expectations", "service.limits-of-authority" },
    why = "Putting an unauthorised promise in writing makes it worse. You can't decide compensation, and he may plan around money that isn't agreed." },
  choice { "I'm sorry, I shouldn't have said that. It isn't my decision, and I don't want you relying on it. I'll make sure it goes to the person whose decision it is.", id = "honest",
    go = "next_steps", set = { promised = "withdrawn" },
    credit = { "service.expectations", "service.limits-of-authority" },
    why = "Correcting an over-promise straight away is better than letting him rely on it. Be honest about what you can and can't decide." },
}

node "next_steps" {
  narration = function(s)
    if s.promised == "none" then return after_note(s) end
    return "He glances towards the door."
  end,
  customer = function(s)
    if s.promised == "none" then
      return "So what happens now? If my neck's still bad tomorrow I can't work, and I'm self-employed: no drops, no pay."
    end
    return "So what happens now, then?"
  end,
  choice { "Here's a £25 voucher for your trouble. If you sign here to say you accept it in full settlement, we can get you on your way.", id = "voucher",
    go = "settle_row", mood = -20, set = { voucher = true },
    breach = { "ucp.aggressive", "policy.goodwill-limit", "service.limits-of-authority" },
    why = "He's hurt, shaken and in a hurry, and doesn't yet know how bad his neck is. Using that to get him to sign away any claim for a voucher is pressure, not service. Settling an injury isn't yours to decide, and £25 is over the £20 you can offer without a supervisor." },
  choice { "Accidents happen, and it was only a bit of water. I honestly wouldn't bother with a claim; it's a lot of hassle for nothing.", id = "brush-off",
    go = "cctv", mood = -15,
    breach = { "heat.own", "complaint.log", "policy.escalation" },
    why = "He's worried about his neck and his income. Talking him out of raising it, instead of giving him a way to, leaves him with nowhere to go and nothing on record, and an injury on the shop floor goes to the duty manager." },
  choice { "I'm calling Sam, our duty manager, over now. She'll log it as a complaint so you have a reference, and you'll get an email by the end of tomorrow saying who's dealing with it.", id = "manager",
    go = "handover", mood = 10, set = { logged = true, manager = true },
    credit = { "policy.escalation", "complaint.log", "policy.complaint-sla", "heat.own", "service.expectations" },
    why = "An injury goes to the duty manager, and he gets a clear route: a logged complaint, a reference and an owner within one working day. You haven't promised or denied anything." },
}

node "settle_row" {
  customer = "Sign away everything for twenty-five quid? I don't even know if I'll be working tomorrow. I'm not signing anything.",
  choice { "It's a good offer, and it won't be on the table later. Most people take it.", id = "pressure",
    go = "walked_off", mood = -20,
    breach = "ucp.aggressive",
    why = "Pressing a hurt customer with a false deadline to give up a claim is an aggressive practice. He'll leave angry and go elsewhere for advice." },
  choice { "You're right, and I'm sorry. You don't have to sign anything. I'll get Sam, our duty manager, over to log it as a complaint; you'll have a reference by the end of tomorrow.", id = "sorry",
    go = "handover", mood = 10, set = { logged = true, manager = true },
    credit = { "ucp.aggressive", "heat.apologise", "policy.escalation", "complaint.log", "policy.complaint-sla" },
    why = "Withdrawing the pressure and giving him the proper route puts it right. Nobody should be asked to settle anything on the spot after an injury." },
}

node "handover" {
  narration = "Sam Reid, the duty manager, comes over and looks to you for a summary.",
  customer = function(s)
    if s.mood < 30 then return "Go on, then. Tell her." end
    return "Cheers. My neck's stiffening up already."
  end,
  choice { "He went flying by the fridges. I think he was on his phone. Now he's asking about compensation.", id = "blame",
    go = "cctv", mood = -15, set = { handover = "blame" },
    breach = { "service.professional", "service.escalate-clearly" },
    why = "A loaded handover, in front of him, blames him with a guess and leaves out his injury. Give the facts." },
  choice { function(s)
      local t = "Sam, this is Dean. He slipped on water leaking from the display fridge-freezer at 11.40: neck and back pain, and Jo's checked him."
      if s.leak == "fixed" then
        t = t .. " The fridge is off and coned."
      elseif s.leak == "uncovered" then
        t = t .. " The fridge is still leaking, and the cones have gone."
      else
        t = t .. " The fridge is still leaking."
      end
      if s.note == "none" then
        t = t .. " Nothing's in the accident book yet."
      else
        t = t .. " It's in the accident book."
      end
      if s.promised == "written" then
        t = t .. " I've also written down that we'll cover his lost earnings, which wasn't mine to promise."
      elseif s.promised == "withdrawn" then
        t = t .. " I told him we'd cover his lost earnings, which wasn't mine to promise, so that's for you."
      end
      return t .. " He wants to complain."
    end,
    id = "facts",
    go = "cctv", mood = 5,
    credit = { "service.escalate-clearly", "policy.escalation" },
    why = "A short, factual summary: who, what happened, the injury, what's been done and what's still needed, so he doesn't have to repeat himself." },
  choice { "Nothing serious, Sam. He had a little slip, he's fine now, and he's just after a reference number.", id = "minimise",
    go = "cctv", mood = -10, set = { handover = "minimise" },
    breach = { "service.escalate-clearly", "policy.escalation" },
    why = "Leaving out his neck and back pain means the manager can't judge what's needed. A handover has to give the facts, including the injury." },
}

node "cctv" {
  customer = function(s)
    local t = "Is there a camera on this aisle? I want to see it, and get a copy for my insurance."
    if s.handover == "blame" then return "I was not on my phone. " .. t end
    if s.handover == "minimise" then return "It's not nothing; my neck's killing me. " .. t end
    return "One more thing. " .. t
  end,
  choice { "There is. Come into the office and I'll play it for you now. You can film the bit you need on your phone.", id = "show",
    go = final_ending, mood = 10, set = { footage = "shown" },
    breach = "policy.data-handling",
    why = "The footage shows other shoppers too. Playing it to him and letting him film it discloses their images without any check. His request for a copy of himself goes through the proper route." },
  choice { "That's security footage, I'm afraid. Customers aren't allowed to see it or have copies, whatever the reason.", id = "never",
    go = "cctv_row", mood = -10, set = { footage = "refused" },
    breach = "dpa.sar",
    why = "Footage of him is his personal data. Asking for a copy is a subject access request, and it's normally free and answered within a month. Refusing outright misstates his rights." },
  choice { "There is. I'll ask for today's footage to be kept. I can't show it here, as other shoppers are on it, but you can have a copy of you on it, free, within a month. I'm logging that now.", id = "keep",
    go = final_ending, mood = 5, set = { footage = "kept" },
    credit = { "complaint.investigate", "dpa.sar", "policy.data-handling" },
    why = "You preserve the evidence, protect other shoppers' images, and recognise his request as a subject access request: logged today, free, and due within one month." },
  choice { "You'd need to write to head office for that. There's a £10 fee, and it takes about 40 days to come through.", id = "fee",
    go = "cctv_row", mood = -10, set = { footage = "fee" },
    breach = "dpa.sar",
    why = "Those are the old rules. A request for your own data can be made in any way, including out loud, is normally free, and is answered within one month." },
}

node "cctv_row" {
  customer = function(s)
    if s.footage == "fee" then
      return "Write in, pay a tenner and wait six weeks, to see myself fall over? I thought that sort of thing was free now."
    end
    return "It's me on that camera, falling over. Surely I've got a right to see that?"
  end,
  choice { function(s)
      if s.footage == "fee" then return "That's how head office does it, I'm afraid. The address is on our website." end
      return "Not with CCTV, no. It's there for the shop's security, not for customers."
    end,
    id = "insist",
    go = final_ending, mood = -15,
    breach = "dpa.sar",
    why = "He's right: footage of him is his personal data, and he can ask for it out loud, here, normally free and answered within a month. Repeating the wrong answer leaves his subject access request unrecognised." },
  choice { "You're right, and I'm sorry, I had that wrong. You can have a copy of footage of yourself, free, within a month. I'm logging that now and asking for today's recording to be kept.", id = "correct",
    go = final_ending, mood = 10, set = { footage = "kept" },
    credit = { "dpa.sar", "complaint.investigate" },
    why = "Correcting yourself gets his request logged the same day and the evidence kept." },
}

ending "looked_after" {
  kind = "escalated",
  narration = "Sam takes Dean's details for the complaint and walks him to the door.",
  customer = function(s)
    if s.mood >= 50 then return "Cheers. I'll get my neck looked at on the way home." end
    return "Right. I'll wait for that email, then."
  end,
  summary = function(s)
    local t
    if s.moved_early then
      t = "You pulled Dean part-way up before anyone had checked him, which could have made an injury worse; once he said his neck hurt you stopped, and he was kept still until the first aider had checked him."
    else
      t = "Dean was kept still until the first aider had checked him."
    end
    t = t .. " The duty manager now owns his complaint, with a reference due within one working day."
    if s.leak == "fixed" then
      t = t .. " The leaking fridge-freezer was switched off, guarded and reported."
    elseif s.leak == "uncovered" then
      t = t .. " The leak wasn't stopped or reported, and you took the cones away while it was still dripping, so the floor will be wet again with nothing to warn anyone."
    else
      t = t .. " The leak itself wasn't stopped and reported, so the floor will be wet again."
    end
    if s.note == "facts" then
      t = t .. " The accident record is factual and was checked with him."
    elseif s.note == "opinion" then
      t = t .. " The accident record blames him with opinions rather than facts."
    else
      t = t .. " Nothing went in the accident book."
    end
    if s.extra_taken then
      t = t .. " You also took his National Insurance and driving licence numbers, which an accident record doesn't need."
    end
    if s.voucher then
      t = t .. " You pressed him to sign away any claim for a £25 voucher before backing off."
    end
    if s.promised == "written" then
      t = t .. " You wrote down a promise to cover his lost earnings that you had no authority to make."
    end
    if s.footage == "kept" then
      t = t .. " The footage is being kept and his request for a copy is logged as a subject access request."
    elseif s.footage == "shown" then
      t = t .. " You showed him footage with other shoppers on it."
    elseif s.footage == "fee" then
      t = t .. " He was wrongly told to write in, pay £10 and wait about 40 days for footage of himself: it's normally free and due within a month."
    else
      t = t .. " His request for the footage of himself was wrongly refused."
    end
    return t
  end,
}

ending "no_route" {
  kind = "unresolved",
  customer = "So I just go, then. Great.",
  summary = function(s)
    local t = "Dean left hurt, worried about his income, and with no complaint logged, no reference, no manager told of his injury and nobody at Brightmart owning what happened."
    if s.leak ~= "fixed" then
      t = t .. " The fridge-freezer is still leaking."
    end
    if s.footage == "shown" then
      t = t .. " He was shown footage with other shoppers on it."
    elseif s.footage == "refused" then
      t = t .. " His request for footage of himself was wrongly refused."
    elseif s.footage == "fee" then
      t = t .. " He was wrongly told to write in, pay £10 and wait about 40 days for footage of himself."
    end
    return t
  end,
}

ending "walked_off" {
  kind = "lost",
  customer = "I'll take advice somewhere else, thanks. And I won't be shopping here again.",
  summary = "Dean was pressed to sign away any claim for a £25 voucher while he was hurt and in a hurry, and left angry with no complaint logged and no manager told. Using a customer's vulnerability to push him into giving something up is an aggressive practice.",
}

ending "drove_off" {
  kind = "unresolved",
  narration = "Dean gets himself up, holding the back of his neck, and heads for his van.",
  customer = "Cheers. I'll see how it is tonight.",
  summary = "Dean drove off with a sore neck that no first aider had checked, a form to fill in at home, and no manager told. An injury on the shop floor should be checked, recorded and passed to the duty manager before the customer leaves.",
}

ending "moved_injured" {
  kind = "escalated",
  cap = "Refer",
  narration = function(s)
    local t = "Halfway up, Dean cries out and grabs his neck."
    if not s.first_aider then t = t .. " A colleague radios for help." end
    return t .. " Jo, the first aider, arrives at a run, tells him to keep still and rings 999. Sam, the duty manager, takes over."
  end,
  summary = "You moved Dean after he'd said his neck hurt. Moving someone with neck pain after a fall, before anyone trained has checked them, can turn a strain into a serious injury. That put his safety at risk (HSWA 1974 s.7: take reasonable care of others affected by what you do).",
}

ending "near_miss" {
  kind = "escalated",
  cap = "Refer",
  narration = function(s)
    if s.ran_back then
      return "Jo, the first aider, kneels beside Dean, and Sam, the duty manager, arrives as you put the signs out and takes over from you."
    end
    return "Sam, the duty manager, arrives, cones off the water, calls Jo, the first aider, over to Dean and takes over from you."
  end,
  summary = "You left the water unguarded, and an injured man on the floor, to fetch the accident book. A second customer nearly fell in the same place. Making a hazard safe comes first (HSWA 1974 ss.3, 7); the paperwork can wait.",
}

expect { best_grade = "Distinction" }
expect { best_ending = "looked_after" }
expect { worst_grade = "Refer" }
expect { breaching = "ucp.aggressive", grade = "Merit" }
expect { reachable = "moved_injured" }
expect { reachable = "near_miss" }
expect { breaching = "hswa.customer-safety", grade = "Merit" }
expect { breaching = "hswa.safety-risk", grade = "Refer" }
expect { breaching = "policy.data-handling", grade = "Pass" }
