-- hostile: compile another file
-- stage: load
-- expect: global 'loadfile'
local f = loadfile("/etc/passwd") -- <<<
