-- hostile: double a string without end inside a go function
-- stage: choose
-- expect: memory limit
scenario { id = "hostile.bomb-go", title = "t", brief = "b", customer = { name = "Sam" }, start = "a" }
node "a" {
  customer = "Hi",
  choice { "Go", why = "w",
    go = function(s) local x = "x" for i = 1, 60 do x = x .. x end return "end" end }, -- <<<
}
ending "end" { kind = "lost", summary = "s" }
