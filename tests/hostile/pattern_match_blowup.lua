-- hostile: a catastrophic pattern through string.match
-- stage: load
-- expect: field 'match'
local r = string.match(("a"):rep(1e5), ".-.-.-b") -- <<<
