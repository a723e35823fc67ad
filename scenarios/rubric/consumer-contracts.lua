-- Consumer Contracts Regulations 2013: the right to cancel online, phone and
-- doorstep (distance and off-premises) contracts, and the refund that follows.

principle "ccr.cancellation-14-days" {
  kind = "law",
  group = "Consumer Contracts Regulations 2013",
  title = "14 days to cancel online, phone and doorstep orders",
  requires = "Accept a cancellation of an online, phone or doorstep order within 14 days, with no reason needed. For goods the 14 days start the day after delivery; for services, the day after the contract is made. Only a few items, such as personalised goods, are excluded.",
  consequence = {
    customer = "Is refused a legal change-of-mind right and stuck with something they do not want.",
    business = "Breaks the Regulations: chargebacks, ADR or small claims, and Trading Standards or CMA action. If cancellation information was never given, the period can run for up to 12 months more.",
  },
  source = "Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013 regs 29–31",
  weight = 3,
  critical = false,
}

principle "ccr.refund-on-cancellation" {
  kind = "law",
  group = "Consumer Contracts Regulations 2013",
  title = "Full refund after a cancellation",
  requires = "Refund everything paid, including standard delivery, within 14 days of getting the goods back or proof they were sent (or of the cancellation if there are no goods to return). Use the same payment method and charge no fee.",
  consequence = {
    customer = "Waits too long for their money or gets back less than they are owed.",
    business = "Breaks the Regulations; the customer can claim the balance through a chargeback, ADR or the small claims court, and the complaint escalates.",
  },
  source = "Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013 regs 34–35",
  weight = 3,
  critical = false,
}
