using System.CommandLine;
using System.Text;
using Disclosure.Extract.Cli;

Console.OutputEncoding = Encoding.UTF8;

var root = new RootCommand("Disclosure.Extract: 政府信息公开工作年度报告 (Word, PDF, HTML, text) to validated JSON");
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(CorpusCommand.Create());
return root.Parse(args).Invoke();
