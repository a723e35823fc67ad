-- hostile: run another file
-- stage: load
-- expect: global 'dofile'
dofile("/etc/passwd") -- <<<
