using Disclosure.Extract.Recognition;

namespace Disclosure.Extract.Tests.Recognition;

public class SectionFinderTests
{
    [Theory]
    [InlineData("一、总体情况", 1)]
    [InlineData("二、主动公开政府信息情况", 2)]
    [InlineData("三、收到和处理政府信息公开申请情况", 3)]
    [InlineData("四、政府信息公开行政复议、行政诉讼情况", 4)]
    [InlineData("五、存在的问题与改进的措施", 5)]
    [InlineData("5、 存在的主要问题及改进情况", 5)]
    [InlineData("6、 其他需要报告的事项", 6)]
    [InlineData("六.其他需要报告的事项", 6)]
    [InlineData("其他需要报告的事项", 6)]
    [InlineData("五、政府信息公开工作存在的主要问题及改进情况", 5)]
    public void Finds_chapter_headings(string line, int expected) => Assert.Equal(expected, SectionFinder.HeadingNumber(line));

    [Theory]
    [InlineData("（一）主动公开情况。一是本级政府信息公开方面。")]
    [InlineData("（二）依申请公开情况")]
    [InlineData("2020年，我镇主动公开政府信息835条，进一步加大政府信息公开工作力度。")]
    [InlineData("全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况，以及存在的主要问题和改进措施等。")]
    public void Ignores_sub_headings_and_prose(string line) => Assert.Null(SectionFinder.HeadingNumber(line));
}
