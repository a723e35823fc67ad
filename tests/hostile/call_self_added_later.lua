-- hostile: __call set to the table itself after setmetatable
-- stage: load
-- expect: attempt to call a table value
local t, mt = {}, {}
setmetatable(t, mt)
mt.__call = t
t() -- <<<
