-- hostile: read a file with io.open
-- stage: load
-- expect: global 'io'
local f = io.open("/etc/passwd") -- <<<
