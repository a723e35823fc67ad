// Says whether a screenshot shows something: a PNG that is one flat colour (or nearly) is blank.
// Usage: png_check FILE.png   exit 0 when not blank, 1 when blank or unreadable.
#include <stb_image.h>

#include <cstdio>
#include <map>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: png_check FILE.png\n");
        return 2;
    }
    int w = 0, h = 0, channels = 0;
    unsigned char* pixels = stbi_load(argv[1], &w, &h, &channels, 3);
    if (pixels == nullptr) {
        std::fprintf(stderr, "%s: not a readable image (%s)\n", argv[1], stbi_failure_reason());
        return 1;
    }
    std::map<unsigned, long> counts;
    const long total = static_cast<long>(w) * h;
    for (long i = 0; i < total; ++i) {
        const unsigned char* p = pixels + i * 3;
        ++counts[(unsigned{p[0]} << 16) | (unsigned{p[1]} << 8) | p[2]];
    }
    stbi_image_free(pixels);
    long commonest = 0;
    for (const auto& [colour, n] : counts)
        if (n > commonest) commonest = n;
    const double flat = static_cast<double>(commonest) / static_cast<double>(total);
    std::printf("%s: %dx%d, %zu colours, commonest covers %.1f%%\n", argv[1], w, h, counts.size(),
                flat * 100);
    // Text anti-aliasing alone gives hundreds of colours; a blank frame has one or two.
    return counts.size() >= 16 && flat < 0.97 ? 0 : 1;
}
