-- hostile: a text function declares an ending while the line is shown
-- stage: offers
-- expect: declare content while the file loads
scenario { id = "hostile.declare-text", title = "t", brief = "b", customer = { name = "Sam" }, start = "a" }
node "a" { customer = function(s) ending "late" { kind = "lost", summary = "x" } return "Hi" end, -- <<<
  choice { "Go", go = "done", why = "w" } }
ending "done" { kind = "resolved", summary = "s" }
