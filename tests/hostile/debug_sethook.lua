-- hostile: remove the budget with debug.sethook
-- stage: load
-- expect: global 'debug'
debug.sethook() -- <<<
