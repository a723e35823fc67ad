-- hostile: read the environment
-- stage: load
-- expect: global 'os'
local home = os.getenv("HOME") -- <<<
