-- Health and Safety at Work etc. Act 1974: keeping staff and customers safe,
-- including from abuse, threats and hazards in the workplace.

principle "hswa.staff-safety" {
  kind = "law",
  group = "Health and Safety at Work etc. Act 1974",
  title = "Report threats and abuse; work with the employer's safety arrangements",
  requires = "Take reasonable care of yourself and colleagues and co-operate with your employer's arrangements for work-related violence: use the training and procedures you have been given and report every threat or abusive contact. Abuse and threats by phone or online count as work-related violence. (How a call is warned and ended is the organisation's own procedure, scored under its policy.)",
  consequence = {
    customer = "The situation escalates and other customers may be put at risk too.",
    business = "The employer, who must protect staff from work-related violence (s.2) and assess that risk (Management of Health and Safety at Work Regulations 1999), cannot act on a threat it never hears of: staff are harmed or leave, with HSE enforcement and civil claims.",
  },
  source = "Health and Safety at Work etc. Act 1974 s.7 (employee's duties), s.2 (employer's duty); HSE guidance on work-related violence",
  weight = 3,
  critical = false,
}

principle "hswa.customer-safety" {
  kind = "law",
  group = "Health and Safety at Work etc. Act 1974",
  title = "Keep customers and visitors safe",
  requires = "If you see a hazard, such as a spill or a trailing cable, make the area safe straight away (sign it or cordon it off), get it dealt with and report it.",
  consequence = {
    customer = "May slip, fall or be injured.",
    business = "Injury claims, HSE enforcement and unlimited fines for serious breaches.",
  },
  source = "Health and Safety at Work etc. Act 1974 ss.3, 7",
  weight = 3,
  critical = false,
}

principle "hswa.safety-risk" {
  kind = "law",
  group = "Health and Safety at Work etc. Act 1974",
  title = "Never put someone's safety at risk",
  requires = "Deal with danger first: never leave a hazard unguarded where people are walking, and never move "
    .. "someone who may have a neck or back injury before a trained first aider has seen them, to save time "
    .. "or to get paperwork done.",
  consequence = {
    customer = "A second person is hurt, or an injury is made much worse.",
    business = "Serious injury, HSE enforcement, prosecution and unlimited fines, and personal liability for the "
      .. "member of staff who ignored the risk.",
  },
  source = "Health and Safety at Work etc. Act 1974 s.3 (people who are not employees), s.7 (employee's duty of "
    .. "care for others affected by their acts)",
  weight = 5,
  critical = true,
}
