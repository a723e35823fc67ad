-- hostile: a catastrophic pattern through find, which searches plain text
-- stage: load
-- expect: declares no scenario
local r = ("a"):rep(1e5):find(".-.-.-b") -- plain search: returns at once
