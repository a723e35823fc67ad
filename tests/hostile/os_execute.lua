-- hostile: run a command with os.execute
-- stage: load
-- expect: global 'os'
os.execute("touch /tmp/frontline-pwned") -- <<<
