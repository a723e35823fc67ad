-- hostile: a table whose __call is itself: Lua looks for a function inside C for minutes
-- stage: load
-- expect: __call must be a function
local t = {}
setmetatable(t, {__call = t}) -- <<<
t()
