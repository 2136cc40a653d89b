using System;
using System.ComponentModel;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using System.Threading;
using Microsoft.Win32.SafeHandles;

namespace OpenFlow.Controller.Tests.Ovs;

/// <summary>
/// Runs code with the calling thread inside a named network namespace (<c>ip netns</c>), so that a socket created
/// there (the controller's listener) lives in that namespace: the switch in the namespace reaches it at
/// 127.0.0.1 while the test process stays in its own namespace. A network namespace can be entered per thread.
/// </summary>
public static partial class NetworkNamespace
{
    private const int CloneNewNet = 0x40000000;

    /// <summary>Runs <paramref name="action"/> on a new thread that has entered namespace <paramref name="name"/>.</summary>
    public static T Run<T>(string name, Func<T> action)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                using SafeFileHandle original = File.OpenHandle("/proc/thread-self/ns/net");
                using SafeFileHandle target = File.OpenHandle("/run/netns/" + name);
                Enter(target);
                try
                {
                    result = action();
                }
                finally
                {
                    Enter(original);
                }
            }
            catch (Exception ex)
            {
                failure = ExceptionDispatchInfo.Capture(ex);
            }
        });
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }

    private static void Enter(SafeFileHandle handle)
    {
        if (SetNs((int)handle.DangerousGetHandle(), CloneNewNet) != 0)
        {
            throw new Win32Exception(Marshal.GetLastPInvokeError(), "setns(CLONE_NEWNET) failed");
        }
    }

    [DllImport("libc", EntryPoint = "setns", SetLastError = true)]
    private static extern int SetNs(int fd, int nstype);
}
