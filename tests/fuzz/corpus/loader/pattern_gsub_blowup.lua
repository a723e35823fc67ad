-- hostile: a catastrophic pattern through gsub
-- stage: load
-- expect: 'gsub'
local r = ("a"):rep(1e5):gsub(".-.-.-b", "") -- <<<
