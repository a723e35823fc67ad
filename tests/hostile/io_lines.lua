-- hostile: read a file with io.lines
-- stage: load
-- expect: global 'io'
for l in io.lines("/etc/passwd") do end -- <<<
